package org.leiojournal.domain.treatment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.validation.Problem;

/**
 * Turns the course form's supportive medicines, checks and low-count windows into each phase's lines, or says at
 * each field what is wrong. A supportive medicine must go with a drug still in its phase, so it moves with it.
 */
final class CareValidator {

    static final int MAX_STRENGTH_LENGTH = 80;

    /** What one phase gets. */
    record PhaseCare(List<SupportPlan> support, List<MonitoringPlan> monitoring, List<LowCountWindow> lowCounts) {
    }

    private CareValidator() {
    }

    /** @param drugs the drug rows as typed, so a slip in a dose is not also reported at its supportive medicine */
    static List<PhaseCare> validate(CareDrafts care, List<Integer> lengths, List<DrugDraft> drugs,
                                    List<Problem> problems) {
        List<PhaseCare> phases = new ArrayList<>();
        for (int p = 0; p < lengths.size(); p++) {
            phases.add(new PhaseCare(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        }
        for (int row = 0; row < care.support().size(); row++) {
            SupportDraft d = care.support().get(row);
            if (d.phase() < phases.size()) {
                int phase = d.phase();
                List<String> names = drugs.stream().filter(x -> x.phase() == phase).map(x -> x.name().strip())
                        .toList();
                support(d, row, names, problems).ifPresent(phases.get(d.phase()).support()::add);
            }
        }
        for (int row = 0; row < care.checks().size(); row++) {
            CheckDraft d = care.checks().get(row);
            if (d.phase() < phases.size()) {
                check(d, row, lengths.get(d.phase()), problems).ifPresent(phases.get(d.phase()).monitoring()::add);
            }
        }
        for (int row = 0; row < care.lowCounts().size(); row++) {
            LowCountDraft d = care.lowCounts().get(row);
            if (d.phase() < phases.size()) {
                lowCount(d, row, problems).ifPresent(phases.get(d.phase()).lowCounts()::add);
            }
        }
        return phases;
    }

    private static Optional<SupportPlan> support(SupportDraft d, int row, List<String> drugs,
                                                 List<Problem> problems) {
        boolean ok = true;
        if (d.name().isBlank()) {
            problems.add(Problem.of(CourseValidator.supportNameField(row), "treatment.support.nameRequired"));
            ok = false;
        }
        if (d.strength().strip().length() > MAX_STRENGTH_LENGTH) {
            problems.add(Problem.of(CourseValidator.supportStrengthField(row), "treatment.support.strengthTooLong",
                    MAX_STRENGTH_LENGTH));
            ok = false;
        }
        Optional<List<Integer>> offsets = OffsetList.parse(d.offsetsText());
        if (offsets.isEmpty()) {
            problems.add(Problem.of(CourseValidator.supportDaysField(row), "treatment.support.daysInvalid",
                    OffsetList.MAX_DISTANCE));
            ok = false;
        }
        String drug = d.drug().strip();
        Optional<String> given = drugs.stream().filter(n -> !n.isEmpty() && n.equalsIgnoreCase(drug)).findFirst();
        boolean fixed = drug.isEmpty() && !d.fixedDays().isEmpty();
        if (!fixed && given.isEmpty() && (!drug.isEmpty() || offsets.map(o -> !o.isEmpty()).orElse(false))) {
            problems.add(Problem.of(CourseValidator.supportDrugField(row), "treatment.support.drugMissing",
                    drug.isEmpty() ? "—" : drug));
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new SupportPlan(d.kind(), d.name().strip(), d.detail(), fixed ? d.fixedDays() : List.of(),
                given.orElse(""), offsets.get(), d.fromLastDose(), d.strength(), d.confirmed(), d.sources()));
    }

    private static Optional<MonitoringPlan> check(CheckDraft d, int row, int length, List<Problem> problems) {
        boolean ok = true;
        if (d.what().isBlank()) {
            problems.add(Problem.of(CourseValidator.checkWhatField(row), "treatment.check.whatRequired"));
            ok = false;
        }
        MonitoringPlan original = d.original();
        Optional<List<Integer>> days = length == 0 ? Optional.of(original.days())
                : d.daysText().isBlank() ? Optional.of(List.of()) : DayList.parse(d.daysText(), length);
        if (days.isEmpty()) {
            problems.add(Problem.of(CourseValidator.checkDaysField(row), "treatment.days.invalid", length));
            ok = false;
        }
        return ok ? Optional.of(new MonitoringPlan(d.what().strip(), days.get(), original.cycles(), original.weeks(),
                original.months(), original.sources())) : Optional.empty();
    }

    private static Optional<LowCountWindow> lowCount(LowCountDraft d, int row, List<Problem> problems) {
        boolean ok = true;
        if (d.label().isBlank()) {
            problems.add(Problem.of(CourseValidator.lowLabelField(row), "treatment.lowCounts.labelRequired"));
            ok = false;
        }
        Optional<Integer> from = whole(d.fromText());
        Optional<Integer> to = whole(d.toText());
        if (from.isEmpty() || to.isEmpty() || to.get() < from.get()) {
            problems.add(Problem.of(CourseValidator.lowDaysField(row), "treatment.lowCounts.daysInvalid",
                    CourseValidator.MAX_CYCLE_LENGTH));
            ok = false;
        }
        return ok ? Optional.of(new LowCountWindow(d.label().strip(), from.get(), to.get(), d.sources()))
                : Optional.empty();
    }

    private static Optional<Integer> whole(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            return value >= 1 && value <= CourseValidator.MAX_CYCLE_LENGTH ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
