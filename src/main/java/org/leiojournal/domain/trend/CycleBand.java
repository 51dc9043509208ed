package org.leiojournal.domain.trend;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One cycle of a course as a band behind the chart: its dates, the drug days, and the expected low-count window
 * (education only: the fever rule applies on every day). A continuous treatment such as pazopanib is one band
 * with {@code cycle} 0 and no drug days, from its start to its stop (or the end of the charted range).
 */
public record CycleBand(long courseId, String regimen, String phase, int cycle, DateSpan span,
                        List<DrugDay> drugDays, Optional<DateSpan> lowCounts, List<String> drugs) {

    public CycleBand {
        drugDays = List.copyOf(drugDays);
        drugs = List.copyOf(drugs);
    }

    public boolean continuous() {
        return cycle == 0;
    }

    /** Day of the cycle for a date inside the band, counting the first day as day 1. */
    public int cycleDay(LocalDate date) {
        return (int) (date.toEpochDay() - span.first().toEpochDay()) + 1;
    }
}
