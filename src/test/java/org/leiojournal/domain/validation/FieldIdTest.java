package org.leiojournal.domain.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** A problem in a repeated row reaches the field it names in that row, not the same field in another row. */
class FieldIdTest {

    private enum Medicine implements FieldId { NAME, DOSE }

    @Test
    void aFieldInARowIsThatFieldInThatRowOnly() {
        assertEquals(Medicine.DOSE.in(2), Medicine.DOSE.in(2), "the form finds the problem the validator named");
        assertEquals(Medicine.DOSE.in(2).hashCode(), Medicine.DOSE.in(2).hashCode());
        assertNotEquals(Medicine.DOSE.in(2), Medicine.DOSE.in(3), "another row");
        assertNotEquals(Medicine.DOSE.in(2), Medicine.NAME.in(2), "another field of the row");
        assertNotEquals(Medicine.DOSE.in(2), Medicine.DOSE, "the field itself, in no row");
        assertEquals(Medicine.DOSE.in("hb"), Medicine.DOSE.in("hb"), "rows named by an id");
    }
}
