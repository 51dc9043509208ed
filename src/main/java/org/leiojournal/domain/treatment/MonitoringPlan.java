package org.leiojournal.domain.treatment;

import java.util.List;
import java.util.Objects;

/**
 * A check the drug's label names, such as liver tests before each trabectedin dose. In a cycled phase
 * {@code days} are cycle days and {@code cycles}, when not empty, limits the check to those cycles. In a continuous
 * phase (pazopanib) {@code weeks} and {@code months} count from the start: week 0 is the baseline, on the first day;
 * week 3 is due on its first day, day 15; month 3 on the same date three months after the start (about day 91).
 */
public record MonitoringPlan(String what, List<Integer> days, List<Integer> cycles, List<Integer> weeks,
                             List<Integer> months, List<String> sources) {

    public MonitoringPlan {
        Objects.requireNonNull(what, "what");
        days = days == null ? List.of() : List.copyOf(days);
        cycles = cycles == null ? List.of() : List.copyOf(cycles);
        weeks = weeks == null ? List.of() : List.copyOf(weeks);
        months = months == null ? List.of() : List.copyOf(months);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public boolean appliesToCycle(int cycle) {
        return cycles.isEmpty() || cycles.contains(cycle);
    }
}
