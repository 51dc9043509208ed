package org.leiojournal.domain.treatment;

import java.util.Objects;

/**
 * One check of the course form (a blood test, a heart scan) as typed: what, and on which cycle days. The rest of
 * the template's line (which cycles; weeks and months of continuous treatment; sources) is kept as it was.
 */
public record CheckDraft(int phase, String what, String daysText, MonitoringPlan original) {

    public CheckDraft {
        Objects.requireNonNull(original, "original");
        what = what == null ? "" : what;
        daysText = daysText == null ? "" : daysText;
    }

    public static CheckDraft of(int phase, MonitoringPlan check) {
        return new CheckDraft(phase, check.what(), DayList.format(check.days()), check);
    }
}
