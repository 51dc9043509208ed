package org.leiojournal.domain.followup;

import java.time.LocalDate;

/** A visit the plan puts {@code month} months after the end of treatment, on {@code date}. */
public record PlannedVisit(int month, LocalDate date) {
}
