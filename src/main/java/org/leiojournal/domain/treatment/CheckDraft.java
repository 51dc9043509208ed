package org.leiojournal.domain.treatment;

import java.util.List;
import java.util.Objects;

/**
 * One check of the course form (a blood test, a heart scan) as typed: what, the drug it goes with and the days
 * around it, each dose of it or only its first of the cycle. {@code fixedDays} keeps the cycle days of a check saved
 * before checks were tied to a drug, while no drug is chosen. The rest of the template's line (which cycles; weeks
 * and months of continuous treatment; sources) is kept as it was.
 */
public record CheckDraft(int phase, String what, String drug, String offsetsText, boolean fromFirstDose,
                         List<Integer> fixedDays, MonitoringPlan original) {

    public CheckDraft {
        Objects.requireNonNull(original, "original");
        what = what == null ? "" : what;
        drug = drug == null ? "" : drug;
        offsetsText = offsetsText == null ? "" : offsetsText;
        fixedDays = fixedDays == null ? List.of() : List.copyOf(fixedDays);
    }

    public static CheckDraft of(int phase, MonitoringPlan check) {
        return new CheckDraft(phase, check.what(), check.drug(), OffsetList.format(check.offsets()),
                check.fromFirstDose(), check.tiedToDrug() ? List.of() : check.days(), check);
    }

    /** A check the user adds, on the day of each dose of {@code drug}. */
    public static CheckDraft added(int phase, String drug) {
        return new CheckDraft(phase, "", drug, drug.isEmpty() ? "" : "0", false, List.of(),
                new MonitoringPlan("", List.of(), List.of(), List.of(), List.of(), List.of()));
    }
}
