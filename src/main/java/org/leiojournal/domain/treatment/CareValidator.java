package org.leiojournal.domain.treatment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.validation.FieldId;
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
                support(d, row, drugNames(drugs, d.phase()), problems).ifPresent(phases.get(d.phase()).support()::add);
            }
        }
        for (int row = 0; row < care.checks().size(); row++) {
            CheckDraft d = care.checks().get(row);
            if (d.phase() < phases.size()) {
                check(d, row, lengths.get(d.phase()) == 0, drugNames(drugs, d.phase()), problems)
                        .ifPresent(phases.get(d.phase()).monitoring()::add);
            }
        }
        for (int row = 0; row < care.lowCounts().size(); row++) {
            LowCountDraft d = care.lowCounts().get(row);
            if (d.phase() < phases.size()) {
                lowCount(d, row, drugNames(drugs, d.phase()), problems)
                        .ifPresent(phases.get(d.phase()).lowCounts()::add);
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
        Optional<List<Integer>> offsets = offsets(d.offsetsText(), CourseValidator.supportDaysField(row), problems);
        ok &= offsets.isPresent();
        String drug = d.drug().strip();
        Optional<String> given = named(drugs, drug);
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

    /**
     * A check in a cycled phase goes with a drug of its phase, on days around each dose of it or its first; one of a
     * continuous phase keeps the template's weeks and months.
     */
    private static Optional<MonitoringPlan> check(CheckDraft d, int row, boolean continuous, List<String> drugs,
                                                  List<Problem> problems) {
        boolean ok = true;
        if (d.what().isBlank()) {
            problems.add(Problem.of(CourseValidator.checkWhatField(row), "treatment.check.whatRequired"));
            ok = false;
        }
        MonitoringPlan original = d.original();
        if (continuous) {
            return ok ? Optional.of(new MonitoringPlan(d.what().strip(), List.of(), original.cycles(),
                    original.weeks(), original.months(), original.sources())) : Optional.empty();
        }
        Optional<List<Integer>> offsets = offsets(d.offsetsText(), CourseValidator.checkDaysField(row), problems);
        ok &= offsets.isPresent();
        String drug = d.drug().strip();
        Optional<String> given = named(drugs, drug);
        // An old check on fixed days stays so until the user gives it a drug or days around one.
        boolean fixed = drug.isEmpty() && !d.fixedDays().isEmpty() && d.offsetsText().isBlank();
        if (!fixed && given.isEmpty()) {
            problems.add(Problem.of(CourseValidator.checkDrugField(row), "treatment.check.drugMissing",
                    drug.isEmpty() ? "—" : drug));
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(fixed ? new MonitoringPlan(d.what().strip(), d.fixedDays(), original.cycles(), List.of(),
                List.of(), original.sources())
                : new MonitoringPlan(d.what().strip(), List.of(), given.get(), offsets.get(), d.fromFirstDose(),
                original.cycles(), List.of(), List.of(), original.sources()));
    }

    /**
     * A low-count window follows a drug of its phase, on a run of days after its first day of the cycle. A window of
     * an old plan whose label names no drug keeps its fixed days while its label is left as it was.
     */
    private static Optional<LowCountWindow> lowCount(LowCountDraft d, int row, List<String> drugs,
                                                     List<Problem> problems) {
        Optional<String> given = named(drugs, d.drug().strip());
        if (given.isEmpty() && d.fixedDays().size() == 2) {
            return Optional.of(new LowCountWindow(d.drug(), d.fixedDays().get(0), d.fixedDays().get(1), d.sources()));
        }
        boolean ok = true;
        if (given.isEmpty()) {
            problems.add(Problem.of(CourseValidator.lowDrugField(row), "treatment.lowCounts.drugMissing",
                    d.drug().isBlank() ? "—" : d.drug().strip()));
            ok = false;
        }
        Optional<List<Integer>> days = OffsetList.parse(d.daysText()).filter(CareValidator::aRunAfterTheDrug);
        if (days.isEmpty()) {
            problems.add(Problem.of(CourseValidator.lowDaysField(row), "treatment.lowCounts.daysInvalid",
                    OffsetList.MAX_DISTANCE));
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        List<Integer> run = days.get();
        return Optional.of(LowCountWindow.after(given.get(), run.get(0), run.get(run.size() - 1), d.sources()));
    }

    /** The days around each dose ("-1, 0, +1"), or empty with the problem added for {@code field}. */
    private static Optional<List<Integer>> offsets(String text, FieldId field, List<Problem> problems) {
        Optional<List<Integer>> offsets = OffsetList.parse(text);
        if (offsets.isEmpty()) {
            problems.add(Problem.of(field, "treatment.support.daysInvalid", OffsetList.MAX_DISTANCE));
        }
        return offsets;
    }

    /** Days from 0 on, one after the other without a gap: "+6 to +8". */
    private static boolean aRunAfterTheDrug(List<Integer> days) {
        return !days.isEmpty() && days.get(0) >= 0 && days.get(days.size() - 1) - days.get(0) == days.size() - 1;
    }

    private static List<String> drugNames(List<DrugDraft> drugs, int phase) {
        return drugs.stream().filter(x -> x.phase() == phase).map(x -> x.name().strip()).toList();
    }

    /** The drug's name as its row spells it, matched whatever the case. */
    private static Optional<String> named(List<String> drugs, String drug) {
        return drugs.stream().filter(n -> !n.isEmpty() && n.equalsIgnoreCase(drug)).findFirst();
    }
}
