package org.leiojournal.domain.treatment;

import java.util.List;
import java.util.Objects;

/**
 * When blood counts are expected to be lowest after a drug. Education only: the fever rule applies on every day.
 * The window belongs to the {@code drug} it follows: it runs from {@code fromDaysAfter} to {@code toDaysAfter} days
 * after that drug's first day in the cycle, so it moves when that day or its date moves, and may run past the
 * cycle's end (dacarbazine: weeks 3–4). A window saved before windows were tied to a drug, whose label names no drug
 * of the plan, keeps its fixed cycle days {@code fromDay}–{@code toDay} and its label in {@code drug}.
 */
public record LowCountWindow(String drug, Integer fromDaysAfter, Integer toDaysAfter, Integer fromDay,
                             Integer toDay, List<String> sources) {

    public LowCountWindow {
        Objects.requireNonNull(drug, "drug");
        drug = drug.strip();
        if (fromDaysAfter != null || toDaysAfter != null) {
            if (fromDaysAfter == null || toDaysAfter == null || fromDaysAfter < 0 || toDaysAfter < fromDaysAfter) {
                throw new IllegalArgumentException("window " + fromDaysAfter + "–" + toDaysAfter + " days after");
            }
            fromDay = null;
            toDay = null;
        } else if (fromDay == null || toDay == null || fromDay < 1 || toDay < fromDay) {
            throw new IllegalArgumentException("window days " + fromDay + "–" + toDay);
        }
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** A window on fixed cycle days, as plans were saved before windows were tied to a drug. */
    public LowCountWindow(String label, int fromDay, int toDay, List<String> sources) {
        this(label, null, null, fromDay, toDay, sources);
    }

    /** A window {@code from}–{@code to} days after the first day {@code drug} is given in the cycle. */
    public static LowCountWindow after(String drug, int from, int to, List<String> sources) {
        return new LowCountWindow(drug, from, to, null, null, sources);
    }

    public boolean tiedToDrug() {
        return fromDaysAfter != null;
    }
}
