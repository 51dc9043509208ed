package org.leiojournal.domain.report;

import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.domain.trend.TrendSeriesBuilder;

/** What the user wrote on a check-in of the range: the "other problem" they named and their note. */
public record NoteEntry(ZonedDateTime at, String otherProblem, String note) {

    /** The check-ins of the range with a note or a named other problem, oldest first. */
    public static List<NoteEntry> of(Collection<CheckIn> checkIns, DateSpan span) {
        return TrendSeriesBuilder.inTimeOrder(checkIns).stream()
                .filter(c -> span.contains(c.day()) && (!c.note().isBlank() || !c.otherProblem().isBlank()))
                .map(c -> new NoteEntry(c.recordedAt(), c.otherProblem(), c.note().strip()))
                .toList();
    }
}
