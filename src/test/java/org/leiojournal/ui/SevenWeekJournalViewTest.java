package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.TableView;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.testing.FxSettle;
import org.leiojournal.ui.trend.TrendJournal;

/** The Journal screen on a check-in every day from 4 Oct to 21 Nov 2026 (49 entries, {@link TrendJournal}). */
abstract class SevenWeekJournalViewTest extends ScreenViewTest {

    @Override
    Screen screen() {
        return Screen.JOURNAL;
    }

    @Override
    void prepare(JournalStore fresh) {
        super.prepare(fresh);
        TrendJournal.fill(fresh);
    }

    /** The Journal's table once all 49 entries are in. */
    @SuppressWarnings("unchecked")
    TableView<CheckIn> loaded() {
        FxSettle.settle();
        TableView<CheckIn> table = (TableView<CheckIn>) lookup("#journal-table").query();
        assertEquals(49, table.getItems().size());
        return table;
    }
}
