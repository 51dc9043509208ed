package org.leiojournal.domain.validation;

import java.util.Objects;

/**
 * Which field of a form a {@link Problem} is about. A validator names its form's fields once, as an enum that
 * implements this ({@code MedicineValidator.Field}); the form gives each control the same id and shows the problem
 * under it. A field repeated row by row (a drug of the plan, a test of the panel) is {@code FIELD.in(row)}.
 */
public interface FieldId {

    /** This field in one row of a repeated part of the form; equal for the same field and row. */
    default FieldId in(Object row) {
        return new InRow(this, row);
    }

    /** A field of one row: the field and the row's key (its number, or the id of what the row is about). */
    record InRow(FieldId field, Object row) implements FieldId {

        public InRow {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(row, "row");
        }
    }
}
