package org.leiojournal.ui.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.TestClocks;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.UiContexts;

/**
 * The doxorubicin card's earlier total, typed from what the team says: up to 2000 mg/m² with two decimals, and a
 * refusal says why, as every number field of the journal does ("more than 2000 mg/m²", too many decimals).
 */
class PriorAnthracyclineEntryTest {

    @TempDir
    Path folder;
    private JournalStore store;
    private AnthracyclineViewModel model;

    @BeforeEach
    void open() throws Exception {
        store = JournalStore.open(folder, TestClocks.SUNDAY);
        model = new AnthracyclineViewModel(new AppState(), store.priorAnthracycline(),
                UiContexts.inline(new RecordingDialogs(), TestClocks.SUNDAY));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theLargestTotalAndTwoDecimalsAreKept() {
        for (String kept : List.of("2000", "150.25")) {
            model.priorTextProperty().set(kept);
            model.savePrior();
            assertFalse(model.errors().containsKey(AnthracyclineViewModel.Field.PRIOR), kept);
            assertEquals(new BigDecimal(kept), store.priorAnthracycline().load().mgPerSquareMetre());
        }
    }

    @Test
    void aTotalTooLargeOrWithThreeDecimalsIsRefusedWithItsReason() {
        for (String tooLarge : List.of("2000.01", "2001", "12345")) {
            assertEquals("That is more than 2000 mg/m². Check the total your team gave you.", refused(tooLarge),
                    tooLarge);
        }
        for (String decimals : List.of("150.125", "1.234")) {
            assertEquals("Use at most 2 digits after the point, for example 12.25.", refused(decimals), decimals);
        }
        assertEquals("Enter the earlier total in mg/m², from 0 to 2000.", refused("about 300"),
                "not a number: the field's own message");
        assertEquals(0, store.priorAnthracycline().load().mgPerSquareMetre().signum(), "nothing saved");
    }

    private String refused(String typed) {
        model.errors().clear();
        model.priorTextProperty().set(typed);
        model.savePrior();
        return model.errors().get(AnthracyclineViewModel.Field.PRIOR);
    }
}
