package org.leiojournal.domain.treatment;

import java.util.List;

/**
 * When blood counts are expected to be lowest after a drug, in days counted from the cycle's day 1. Education
 * only: the fever rule applies on every day. The window may run past the cycle's end (dacarbazine: weeks 3–4).
 */
public record LowCountWindow(String drug, int fromDay, int toDay, List<String> sources) {

    public LowCountWindow {
        if (fromDay < 1 || toDay < fromDay) {
            throw new IllegalArgumentException("window days " + fromDay + "–" + toDay);
        }
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
