package org.leiojournal.domain.treatment;

import java.util.Objects;

/**
 * One drug row of the course form as typed: which phase, name, dose amount and unit, route and days. The amount of
 * tablets taken at home starts empty until the user has typed it from their prescription label: the app never
 * offers one.
 */
public record DrugDraft(int phase, String name, String amountText, DoseUnit unit, Route route, String daysText) {

    public DrugDraft {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(route, "route");
        name = name == null ? "" : name;
        amountText = amountText == null ? "" : amountText;
        daysText = daysText == null ? "" : daysText;
    }

    public static DrugDraft of(int phase, DrugPlan drug) {
        String amount = drug.awaitsDoseFromLabel() ? "" : drug.dose().amount().stripTrailingZeros().toPlainString();
        return new DrugDraft(phase, drug.drug(), amount, drug.dose().unit(), drug.route(), DayList.format(drug.days()));
    }
}
