package org.leiojournal.ui.treatment;

import java.util.List;
import org.leiojournal.domain.treatment.DayList;
import org.leiojournal.domain.treatment.OffsetList;
import org.leiojournal.domain.treatment.Phase;
import org.leiojournal.domain.treatment.SupportPlan;
import org.leiojournal.ui.common.Messages;

/**
 * How a supportive medicine reads in the course's plan: "Premedication: Dexamethasone — with Docetaxel, days −1 to
 * +1 from it (cycle days 7–9) — from the template — not your prescription". The strength shows only once the user
 * confirmed the line from their prescription.
 */
final class SupportLines {

    private SupportLines() {
    }

    static String text(SupportPlan line, Phase phase, Messages messages) {
        StringBuilder text = new StringBuilder(messages.get("treatment.support.line",
                TreatmentFormats.supportKind(line.kind(), messages), line.name(), when(line, phase, messages)));
        if (!line.shownStrength().isEmpty()) {
            text.append(" — ").append(messages.get("treatment.support.strength", line.shownStrength()));
        }
        text.append(" — ").append(messages.get(line.confirmed() ? "treatment.support.confirmed"
                : "treatment.support.template"));
        if (!line.detail().isEmpty()) {
            text.append('\n').append(line.detail());
        }
        return text.toString();
    }

    private static String when(SupportPlan line, Phase phase, Messages messages) {
        List<Integer> days = phase.supportDays(line);
        if (days.isEmpty()) {
            return messages.get("treatment.support.noDays");
        }
        if (!line.tiedToDrug()) {
            return messages.get("treatment.support.whenFixed", DayList.format(days));
        }
        return messages.get(line.fromLastDose() ? "treatment.support.whenLast" : "treatment.support.when",
                line.drug(), OffsetList.format(line.offsets()), cycleDays(days));
    }

    /** Day 0 is the day before day 1 and cannot be written as a day list; it reads as "0". */
    private static String cycleDays(List<Integer> days) {
        List<Integer> positive = days.stream().filter(d -> d >= 1).toList();
        String before = days.stream().filter(d -> d < 1).map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
        String rest = DayList.format(positive);
        return before.isEmpty() ? rest : rest.isEmpty() ? before : before + ", " + rest;
    }
}
