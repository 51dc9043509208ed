package org.leiojournal.domain.treatment;

import java.util.ArrayList;
import java.util.List;

/** The course form's supportive medicines, checks and low-count windows, each row naming its phase. */
public record CareDrafts(List<SupportDraft> support, List<CheckDraft> checks, List<LowCountDraft> lowCounts) {

    public static final CareDrafts NONE = new CareDrafts(List.of(), List.of(), List.of());

    public CareDrafts {
        support = List.copyOf(support);
        checks = List.copyOf(checks);
        lowCounts = List.copyOf(lowCounts);
    }

    /** Every line of a plan, as the form starts with it. */
    public static CareDrafts of(Regimen plan) {
        List<SupportDraft> support = new ArrayList<>();
        List<CheckDraft> checks = new ArrayList<>();
        List<LowCountDraft> lowCounts = new ArrayList<>();
        for (int p = 0; p < plan.phases().size(); p++) {
            Phase phase = plan.phases().get(p);
            for (SupportPlan line : phase.support()) {
                support.add(SupportDraft.of(p, line));
            }
            for (MonitoringPlan check : phase.monitoring()) {
                checks.add(CheckDraft.of(p, check));
            }
            for (LowCountWindow window : phase.lowCounts()) {
                lowCounts.add(LowCountDraft.of(p, window));
            }
        }
        return new CareDrafts(support, checks, lowCounts);
    }
}
