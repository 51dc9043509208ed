package org.leiojournal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The start's threads link records' methods before the UI thread needs them: once per kind, changing nothing. */
class RecordMethodsTest {

    private static final List<String> CALLS = new ArrayList<>();

    record Sign(String code) {
        @Override
        public int hashCode() {
            CALLS.add("hashCode " + code);
            return code.hashCode();
        }

        @Override
        public boolean equals(Object other) {
            CALLS.add("equals " + code);
            return other instanceof Sign sign && sign.code.equals(code);
        }
    }

    record Item(long id) {
        @Override
        public int hashCode() {
            CALLS.add("hashCode item " + id);
            return Long.hashCode(id);
        }
    }

    @Test
    void eachKindOfRecordIsHashedAndComparedOnce() {
        CALLS.clear();
        List<Record> records = List.of(new Sign("fever"), new Item(1), new Sign("bleeding"), new Item(2));
        RecordMethods.link(records);
        assertEquals(List.of("hashCode fever", "equals fever", "hashCode item 1"), CALLS);
    }

    @Test
    void anEmptyListLinksNothing() {
        CALLS.clear();
        RecordMethods.link(List.of());
        assertEquals(List.of(), CALLS);
    }
}
