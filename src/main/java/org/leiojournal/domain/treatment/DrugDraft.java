package org.leiojournal.domain.treatment;

import java.util.Objects;

/** One drug row of the course form as typed: which phase, name, dose amount and unit, route and days. */
public record DrugDraft(int phase, String name, String amountText, DoseUnit unit, Route route, String daysText) {

    public DrugDraft {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(route, "route");
        name = name == null ? "" : name;
        amountText = amountText == null ? "" : amountText;
        daysText = daysText == null ? "" : daysText;
    }

    public static DrugDraft of(int phase, DrugPlan drug) {
        return new DrugDraft(phase, drug.drug(), drug.dose().amount().stripTrailingZeros().toPlainString(),
                drug.dose().unit(), drug.route(), DayList.format(drug.days()));
    }
}
