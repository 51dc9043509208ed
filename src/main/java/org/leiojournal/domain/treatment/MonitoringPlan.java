package org.leiojournal.domain.treatment;

import java.util.List;
import java.util.Objects;

/**
 * A check the drug's label names, such as liver tests before each trabectedin dose. In a cycled phase it is tied to
 * the anticancer {@code drug} it belongs to, on {@code offsets} days around each day that drug is given (0 = the
 * same day), or only around the first of them when {@code fromFirstDose} (a heart scan before the first
 * doxorubicin of the cycle), so it moves when that drug's day or date moves. {@code cycles}, when not empty, limits
 * the check to those cycles. {@code days} are fixed cycle days, kept only for plans saved before checks were tied
 * to a drug that no drug could be found for.
 *
 * <p>In a continuous phase (pazopanib) {@code weeks} and {@code months} count from the start: week 0 is the
 * baseline, on the first day; week 3 is due on its first day, day 15; month 3 on the same date three months after
 * the start (about day 91).
 */
public record MonitoringPlan(String what, List<Integer> days, String drug, List<Integer> offsets,
                             Boolean fromFirstDose, List<Integer> cycles, List<Integer> weeks, List<Integer> months,
                             List<String> sources) {

    public MonitoringPlan {
        Objects.requireNonNull(what, "what");
        days = days == null ? List.of() : List.copyOf(days);
        drug = drug == null ? "" : drug.strip();
        offsets = offsets == null ? List.of() : offsets.stream().distinct().sorted().toList();
        fromFirstDose = Boolean.TRUE.equals(fromFirstDose); // absent from plans saved before checks had a drug
        cycles = cycles == null ? List.of() : List.copyOf(cycles);
        weeks = weeks == null ? List.of() : List.copyOf(weeks);
        months = months == null ? List.of() : List.copyOf(months);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** A check on fixed cycle days, or on the weeks and months of continuous treatment. */
    public MonitoringPlan(String what, List<Integer> days, List<Integer> cycles, List<Integer> weeks,
                          List<Integer> months, List<String> sources) {
        this(what, days, "", List.of(), false, cycles, weeks, months, sources);
    }

    /** A check on the days around each dose of {@code drug} (or its first dose of the cycle). */
    public static MonitoringPlan tied(String what, String drug, List<Integer> offsets, boolean fromFirstDose,
                                      List<Integer> cycles, List<String> sources) {
        return new MonitoringPlan(what, List.of(), drug, offsets, fromFirstDose, cycles, List.of(), List.of(),
                sources);
    }

    public boolean tiedToDrug() {
        return !drug.isEmpty();
    }

    public boolean appliesToCycle(int cycle) {
        return cycles.isEmpty() || cycles.contains(cycle);
    }

    public MonitoringPlan withAnchor(String newDrug, List<Integer> newOffsets, boolean firstDose) {
        return new MonitoringPlan(what, List.of(), newDrug, newOffsets, firstDose, cycles, weeks, months, sources);
    }
}
