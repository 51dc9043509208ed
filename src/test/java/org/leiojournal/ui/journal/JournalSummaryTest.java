package org.leiojournal.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.leiojournal.ui.common.Messages;

/** D16: the line above the Journal list counts in plain words, "1 entry", not "Showing 1 of 1 entries". */
class JournalSummaryTest {

    private final Messages messages = new Messages(Locale.UK);

    @Test
    void everyEntryShownIsJustCounted() {
        assertEquals("No entries", JournalViewModel.summary(messages, 0, 0));
        assertEquals("1 entry", JournalViewModel.summary(messages, 1, 1));
        assertEquals("3 entries", JournalViewModel.summary(messages, 3, 3));
    }

    @Test
    void aFilterSaysHowManyItHides() {
        assertEquals("Showing 0 of 1 entry", JournalViewModel.summary(messages, 0, 1));
        assertEquals("Showing 2 of 3 entries", JournalViewModel.summary(messages, 2, 3));
    }
}
