package org.leiojournal.ui.treatment;

import java.util.List;
import org.leiojournal.domain.treatment.CourseValidator;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.ui.common.Messages;

/** A course form field in words, as its label reads ("Cycle length") or with its drug ("Dose of Doxorubicin"). */
final class CourseFieldNames {

    private final Messages messages;
    private final List<DrugRow> drugs;

    CourseFieldNames(Messages messages, List<DrugRow> drugs) {
        this.messages = messages;
        this.drugs = drugs;
    }

    String of(FieldId field) {
        if (field instanceof FieldId.InRow in && in.row() instanceof Integer row) {
            return inRow(in.field(), row);
        }
        return field instanceof CourseValidator.Field f ? label(f) : "";
    }

    private String inRow(FieldId field, int row) {
        if (field == CourseValidator.Field.DRUG_NAME) {
            return messages.get("treatment.form.problem.drugName", row + 1);
        }
        if (field == CourseValidator.Field.DRUG_DOSE) {
            return messages.get("treatment.form.problem.dose", drug(row));
        }
        if (field == CourseValidator.Field.DRUG_DAYS) {
            return messages.get("treatment.form.problem.days", drug(row));
        }
        return field instanceof CourseValidator.Field f ? label(f) : "";
    }

    /** The drug's name as typed, or "drug 2" while it has none. */
    private String drug(int row) {
        String name = row < drugs.size() ? drugs.get(row).nameProperty().get().strip() : "";
        return name.isEmpty() ? messages.get("treatment.form.problem.drugNumber", row + 1) : name;
    }

    /** The field's label without its mnemonic mark. */
    private String label(CourseValidator.Field field) {
        String key = switch (field) {
            case NAME -> "treatment.form.name";
            case START -> "treatment.form.start";
            case CYCLE_LENGTH -> "treatment.form.cycleLength";
            case CYCLES -> "treatment.form.cycles";
            case DRUG_NAME, DRUG_DOSE, DRUG_DAYS -> "treatment.form.drugs";
            case SUPPORT_NAME, SUPPORT_DRUG, SUPPORT_DAYS, SUPPORT_STRENGTH -> "treatment.care.support";
            case CHECK_WHAT, CHECK_DRUG, CHECK_DAYS -> "treatment.care.checks";
            case LOW_DRUG, LOW_DAYS -> "treatment.care.lowCounts";
            case BSA -> "treatment.bsa.title";
            case HEIGHT -> "treatment.bsa.height";
            case WEIGHT -> "treatment.bsa.weight";
        };
        return messages.get(key).replace("_", "");
    }
}
