package org.leiojournal.ui.treatment;

import java.util.Optional;
import java.util.Set;
import org.leiojournal.domain.treatment.CourseValidator;
import org.leiojournal.domain.validation.FieldId;

/** The course form's drug-row fields are keyed by the row's number: removing a row moves the rows after it up. */
final class DrugRowFields {

    private static final Set<FieldId> OF_A_DRUG = Set.of(CourseValidator.Field.DRUG_NAME,
            CourseValidator.Field.DRUG_DOSE, CourseValidator.Field.DRUG_DAYS);

    private DrugRowFields() {
    }

    /**
     * Where {@code field} is once drug row {@code removed} is gone: the same for a field of an earlier row or of no
     * drug row, one row up for a later row, none for the removed row's own.
     */
    static Optional<FieldId> movedUp(FieldId field, int removed) {
        if (!(field instanceof FieldId.InRow in) || !OF_A_DRUG.contains(in.field()) || !(in.row() instanceof Integer row)
                || row < removed) {
            return Optional.of(field);
        }
        return row == removed ? Optional.empty() : Optional.of(in.field().in(row - 1));
    }
}
