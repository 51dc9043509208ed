package org.leiojournal.ui.journal;

import java.util.List;
import org.leiojournal.domain.alert.AlertRuleSet;
import org.leiojournal.domain.alert.AlertTier;
import org.leiojournal.domain.symptom.CheckIn;

/**
 * On the worker, with the newest entries it has just read: the first calls the table's rows make in their first
 * frames (the longest of the Journal's first visit), so that what a first call links is linked here and not on the
 * UI thread (issue 21): an entry's {@code equals} (a record's generated method and its method handles; a row's
 * cells compare the entry they show with the one they get) and a tier's wording (its lambda and stream, for the
 * alert column's cells). Neither touches JavaFX or the journal.
 */
final class RowsGroundwork {

    private RowsGroundwork() {
    }

    static void lay(List<CheckIn> entries, AlertRuleSet rules) {
        if (!entries.isEmpty()) {
            // the entry with itself, as a row laid out again compares the entry it shows: every field compared
            CheckIn first = entries.get(0);
            first.equals(first);
        }
        rules.wording(AlertTier.values()[0]);
    }
}
