package org.leiojournal.domain.trend;

import java.time.LocalDate;
import java.util.List;

/** A day on which the cycle's anticancer drugs are given (as moved by any delay). */
public record DrugDay(LocalDate date, int cycleDay, List<String> drugs) {

    public DrugDay {
        drugs = List.copyOf(drugs);
    }
}
