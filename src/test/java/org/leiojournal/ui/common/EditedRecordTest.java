package org.leiojournal.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A form saves over the record it has open, and a delete of that record (as saved, not as typed) clears the form. */
class EditedRecordTest {

    private record Scan(long id, String note) {
    }

    private final EditedRecord<Scan> editing = new EditedRecord<>(Scan::id);

    @Test
    void aNewRecordIsSavedUnderIdZeroAndAnEditedOneUnderItsOwn() {
        assertEquals(0, editing.idToSave());
        editing.set(new Scan(7, "echo"));
        assertEquals(7, editing.idToSave());
        editing.set(null);
        assertEquals(0, editing.idToSave(), "Clear form: the next save is a new record again");
    }

    @Test
    void theOpenRecordIsKnownByItsRowNotByWhatItHolds() {
        assertFalse(editing.isOpen(new Scan(7, "echo")), "nothing is open in a new form");
        editing.set(new Scan(7, "echo"));
        assertTrue(editing.isOpen(new Scan(7, "echo, re-read after a save")));
        assertFalse(editing.isOpen(new Scan(8, "echo")));
        assertFalse(editing.isOpen(null));
    }
}
