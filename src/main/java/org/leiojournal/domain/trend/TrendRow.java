package org.leiojournal.domain.trend;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.leiojournal.domain.validation.Required;

/**
 * One check-in as a table row: when, where it fell in treatment, and one value per chosen measure in the table's
 * order, empty where the check-in left that measure unanswered. {@code checkInUid} finds the entry in the journal.
 */
public record TrendRow(ZonedDateTime at, String checkInUid, Optional<BandPosition> cycle,
                       List<OptionalDouble> values) {

    public TrendRow {
        Required.all("at, checkInUid, cycle", at, checkInUid, cycle);
        values = List.copyOf(values);
    }
}
