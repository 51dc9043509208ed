package org.leiojournal.ui.treatment;

import java.util.Optional;
import java.util.Set;
import org.leiojournal.domain.treatment.CourseValidator.Field;
import org.leiojournal.domain.validation.FieldId;

/**
 * The course form's repeated rows (drugs, supportive medicines, checks, low-count lines) key their fields by the
 * row's number in their own list: removing a row moves the rows after it up.
 */
enum RowFields {
    DRUG(Field.DRUG_NAME, Field.DRUG_DOSE, Field.DRUG_DAYS),
    SUPPORT(Field.SUPPORT_NAME, Field.SUPPORT_DRUG, Field.SUPPORT_DAYS, Field.SUPPORT_STRENGTH),
    CHECK(Field.CHECK_WHAT, Field.CHECK_DRUG, Field.CHECK_DAYS),
    LOW_COUNTS(Field.LOW_DRUG, Field.LOW_DAYS);

    private final Set<FieldId> fields;

    RowFields(FieldId... fields) {
        this.fields = Set.of(fields);
    }

    /**
     * Where {@code field} is once row {@code removed} of this list is gone: the same for a field of an earlier row or
     * of another list, one row up for a later row, none for the removed row's own.
     */
    Optional<FieldId> movedUp(FieldId field, int removed) {
        if (!(field instanceof FieldId.InRow in) || !fields.contains(in.field()) || !(in.row() instanceof Integer row)
                || row < removed) {
            return Optional.of(field);
        }
        return row == removed ? Optional.empty() : Optional.of(in.field().in(row - 1));
    }
}
