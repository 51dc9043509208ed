package org.leiojournal.domain.treatment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stretch of a regimen with one repeating cycle: LMS-04 has six cycles of doxorubicin + trabectedin, then a
 * trabectedin maintenance phase. A cycle length of 0 means continuous treatment without cycles (pazopanib).
 * {@code usualCycles} is empty when sources say "until progression or intolerance".
 */
public record Phase(String name, int cycleLengthDays, Optional<Integer> usualCycles, String lengthNote,
                    List<DrugPlan> drugs, List<SupportPlan> support, List<MonitoringPlan> monitoring,
                    List<LowCountWindow> lowCounts) {

    public Phase {
        Objects.requireNonNull(name, "name");
        usualCycles = usualCycles == null ? Optional.empty() : usualCycles;
        lengthNote = lengthNote == null ? "" : lengthNote;
        drugs = List.copyOf(drugs);
        List<DrugPlan> given = List.copyOf(drugs);
        // Plans saved before these lines were tied to a drug are tied here, as they are read, on the same days.
        support = support == null ? List.of() : support.stream().map(s -> DrugAnchor.tie(s, given)).toList();
        monitoring = monitoring == null ? List.of() : monitoring.stream().map(m -> DrugAnchor.tie(m, given)).toList();
        lowCounts = lowCounts == null ? List.of() : lowCounts.stream().map(w -> DrugAnchor.tie(w, given)).toList();
        if (cycleLengthDays < 0) {
            throw new IllegalArgumentException("cycle length " + cycleLengthDays);
        }
        if (drugs.isEmpty()) {
            throw new IllegalArgumentException("a phase gives at least one drug");
        }
        for (DrugPlan drug : drugs) {
            if (cycleLengthDays > 0 && drug.days().stream().anyMatch(d -> d > cycleLengthDays)) {
                throw new IllegalArgumentException(drug.drug() + " given after the cycle ends");
            }
        }
    }

    public boolean continuous() {
        return cycleLengthDays == 0;
    }

    /**
     * The cycle days of a supportive medicine: its offsets around each day its drug is given (day 0 is the day
     * before day 1), or its fixed days when it is tied to no drug. Empty when its drug is no longer in the phase.
     */
    public List<Integer> supportDays(SupportPlan line) {
        if (!line.tiedToDrug()) {
            return line.days();
        }
        List<Integer> given = daysOf(line.drug());
        List<Integer> from = line.fromLastDose() && !given.isEmpty() ? List.of(given.get(given.size() - 1)) : given;
        return around(from, line.offsets());
    }

    /** The cycle days of a check: like a supportive medicine's, around each dose of its drug or its first one. */
    public List<Integer> checkDays(MonitoringPlan check) {
        if (!check.tiedToDrug()) {
            return check.days();
        }
        List<Integer> given = daysOf(check.drug());
        return around(check.fromFirstDose() && !given.isEmpty() ? given.subList(0, 1) : given, check.offsets());
    }

    /**
     * The first and last cycle day of a low-count window, counted from its drug's first day in the cycle; empty
     * when its drug is no longer in the phase.
     */
    public Optional<int[]> lowCountDays(LowCountWindow window) {
        if (!window.tiedToDrug()) {
            return Optional.of(new int[] {window.fromDay(), window.toDay()});
        }
        return daysOf(window.drug()).stream().findFirst()
                .map(first -> new int[] {first + window.fromDaysAfter(), first + window.toDaysAfter()});
    }

    /** The days a drug of this phase is given on, in order; its name is matched whatever its case. */
    public List<Integer> daysOf(String drug) {
        return drugs.stream().filter(d -> d.drug().equalsIgnoreCase(drug)).flatMap(d -> d.days().stream())
                .distinct().sorted().toList();
    }

    private static List<Integer> around(List<Integer> days, List<Integer> offsets) {
        return days.stream().flatMap(day -> offsets.stream().map(o -> day + o)).distinct().sorted().toList();
    }

    /** Days of the cycle on which any drug of this phase is given, in order. */
    public List<Integer> treatmentDays() {
        return drugs.stream().flatMap(d -> d.days().stream()).distinct().sorted().toList();
    }
}
