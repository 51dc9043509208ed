package org.leiojournal.domain.trend;

import java.time.ZonedDateTime;
import java.util.Optional;
import org.leiojournal.domain.lab.LabResult;
import org.leiojournal.domain.lab.LabTest;
import org.leiojournal.domain.validation.Required;

/**
 * One value of one blood test as a table row: when it was drawn, where that fell in treatment, which test, and the
 * result exactly as entered (number, unit and the lab's printed range). {@code bloodTestId} finds the draw again.
 */
public record LabRow(ZonedDateTime at, long bloodTestId, Optional<BandPosition> cycle, LabTest test,
                     LabResult result) {

    public LabRow {
        Required.all("at, cycle, test, result", at, cycle, test, result);
    }
}
