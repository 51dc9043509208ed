package org.leiojournal.ui.journal;

import org.leiojournal.domain.symptom.CheckIn;

/**
 * A Journal cell's words with the entry they describe, so that its column sorts by what the words stand for (a
 * time, a temperature) rather than alphabetically: "Mon 2 Nov" before "Sat 31 Oct" would be wrong.
 */
record EntryText(String text, CheckIn entry) {

    @Override
    public String toString() {
        return text; // what the table's own cell shows
    }
}
