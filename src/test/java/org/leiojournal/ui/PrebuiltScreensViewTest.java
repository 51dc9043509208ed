package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.testing.FxSettle;
import org.leiojournal.ui.trend.TrendJournal;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 21: screens built at idle, hidden in the window, before their first visit. Such a visit shows the whole
 * screen with its data in its first frame, no "Loading…"; what changed after it was built (a check-in saved on
 * Today) is on it; a visit while it is still half built shows it, complete once its parts are in, with the
 * keyboard in it; a hidden screen takes no Alt+letter from the one shown, and its own work once it shows.
 */
class PrebuiltScreensViewTest extends JournalUiTest {

    @Override
    void prepare(JournalStore fresh) {
        super.prepare(fresh);
        TrendJournal.fill(fresh); // a check-in every day from 4 Oct to 21 Nov 2026: 49 entries, past the welcome
    }

    /** The Journal built at idle and complete, hidden behind Today. */
    private void journalBuiltAtIdle() throws Exception {
        interact(window::showLoadingFirst); // as the app does
        interact(() -> window.prebuildAtIdle(List.of(Screen.JOURNAL)));
        untilOnTheUiThread(() -> lookup("#journal-table").tryQuery()
                .map(table -> ((TableView<?>) table).getItems().size() == 49).orElse(false)
                && lookup(".later").tryQuery().isEmpty());
        FxSettle.settle();
        assertFalse(lookup("#journal-view").query().isVisible(), "hidden until visited");
        assertTrue(lookup("#today-view").query().isVisible());
    }

    /**
     * Waits until {@code condition} holds, asking it on the UI thread: the screens built at idle add parts while it
     * looks, and a look from the test's thread walked a list of children as it changed (a NullPointerException in
     * `Parent.lookupAll`, once in a clean CI run).
     */
    private static void untilOnTheUiThread(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.waitForAsyncFx(10_000, condition));
    }

    /** What the first frame laid out after the Journal is chosen shows: whether it is seen, and its rows. */
    private String firstFrameOfTheJournal() throws Exception {
        Scene scene = stage.getScene();
        return inTheFrameAfter(() -> window.state().screenProperty().set(Screen.JOURNAL), () -> { // as Ctrl+2 and the sidebar do
            Node journal = scene.lookup("#journal-view");
            boolean loading = scene.getRoot().lookupAll(".loading").stream().anyMatch(PrebuiltScreensViewTest::shown);
            return String.format("journal %s, %d rows, loading %s, today %s",
                    journal != null && shown(journal) ? "shown" : "not shown",
                    journal == null ? 0 : ((TableView<?>) journal.lookup("#journal-table")).getItems().size(),
                    loading, shown(scene.lookup("#today-view")) ? "shown" : "hidden");
        });
    }

    /** Does {@code action} on the UI thread and returns what {@code seen} reads in the next frame laid out. */
    private <T> T inTheFrameAfter(Runnable action, java.util.function.Supplier<T> seen) throws Exception {
        Scene scene = stage.getScene();
        CompletableFuture<T> result = new CompletableFuture<>();
        interact(() -> {
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    result.complete(seen.get());
                }
            });
            action.run();
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    /** Seen: it and every node around it visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private String focusedId() {
        for (Node n = stage.getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n.getId() != null) {
                return n.getId();
            }
        }
        return null;
    }

    @Test
    void aScreenBuiltAtIdleShowsWholeWithItsDataInTheFirstFrameOfItsVisit() throws Exception {
        journalBuiltAtIdle();
        assertEquals("journal shown, 49 rows, loading false, today hidden", firstFrameOfTheJournal());
        FxSettle.settle();
        assertTrue(lookup("#screen-loading").tryQuery().isEmpty(), "no \"Loading…\" frame");
        assertEquals("journal-table", focusedId(), "the keyboard in its table, as after a visit built on demand");
        assertEquals("49 entries", lookup("#journal-summary").queryLabeled().getText());
    }

    /**
     * Screens kept hidden: leaving one never leaves the keyboard in it, nor sends it on to another screen's button
     * or into the next screen in the window. As when a screen was taken out of the window, it goes to the chosen
     * screen's button (Treatment has no first field of its own), or into the screen (Trends' first range). Left to
     * JavaFX, a hidden screen's focused node hands the keyboard to the next control in the window: the first Ctrl+4
     * then lands on Treatment's button by chance or on its emergency-sheet button, as the screens built at idle
     * happen to be ordered; the return visit (Treatment kept after Trends in the window, as when it is built at idle
     * while Trends shows) fails without the fix in MainWindow every time. The real app, on the sample journal, left
     * it on Trends' button.
     */
    @Test
    void theKeyboardFollowsTheScreenShownNotTheOneHidden() {
        interact(window::showLoadingFirst); // as the app does
        interact(() -> window.prebuildAtIdle(List.of(Screen.TREATMENT, Screen.SETTINGS))); // as the app does
        clickOn("#item-esas-pain"); // the keyboard in Today's first field, as at the start
        pressAndSettle(KeyCode.DIGIT3);
        assertEquals("trends-view", focusedScreen(), "in Trends, on its first range");
        pressAndSettle(KeyCode.DIGIT4);
        assertEquals("nav-treatment", focusedId(), "on Treatment's button, not in hidden Trends or on its button");
        assertTrue(stage.getScene().getFocusOwner().isVisible());

        partsBuilt(); // both kept hidden now, Treatment after Trends in the window
        pressAndSettle(KeyCode.DIGIT3);
        assertEquals("trends-view", focusedScreen(), "back in Trends, on its first range");
        pressAndSettle(KeyCode.DIGIT4);
        assertEquals("nav-treatment", focusedId(), "on Treatment's button, not on the next control in the window");

        // the keyboard on another screen's button (as the real app left it on Trends' after Ctrl+3): Ctrl+4 moves
        // the focus ring to Treatment's button, not leaving it on the button of a screen no longer shown
        pressAndSettle(KeyCode.DIGIT3);
        interact(() -> lookup("#nav-trends").query().requestFocus());
        pressAndSettle(KeyCode.DIGIT4);
        assertEquals("nav-treatment", focusedId(), "the focus ring on the chosen screen's button");
    }

    private void pressAndSettle(KeyCode digit) {
        shortcut(digit);
        FxSettle.settle();
    }

    /** The id of the screen (or sidebar part) holding the keyboard: the outermost node with an id below the window. */
    private String focusedScreen() {
        String outer = null;
        for (Node n = stage.getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n.getId() != null && n.getId().endsWith("-view")) {
                outer = n.getId();
            }
        }
        return outer;
    }

    /**
     * A text-size change restyles the whole window: a screen kept hidden is out of it in that frame (not restyled
     * with it), is built back in at idle, and its visit then shows it whole, at the new size, in its first frame.
     */
    @Test
    void aTextSizeChangeLeavesTheHiddenScreensOutOfItsFrameAndTheyComeBackAtIdleAtTheNewSize() throws Exception {
        journalBuiltAtIdle();
        double before = lookup("#journal-summary").queryLabeled().getFont().getSize();
        Scene scene = stage.getScene();
        boolean inTheFrame = inTheFrameAfter(() -> scene.getAccelerators().get(new KeyCodeCombination(KeyCode.PLUS,
                KeyCombination.SHORTCUT_DOWN)).run(), () -> scene.lookup("#journal-view") != null);
        assertFalse(inTheFrame, "not in the window in the frame that restyles it");
        untilOnTheUiThread(() -> lookup("#journal-view").tryQuery().isPresent()
                && lookup(".later").tryQuery().isEmpty());
        FxSettle.settle();
        assertFalse(lookup("#journal-view").query().isVisible(), "back in at idle, hidden");

        assertEquals("journal shown, 49 rows, loading false, today hidden", firstFrameOfTheJournal());
        assertTrue(lookup("#journal-summary").queryLabeled().getFont().getSize() > before, "at the new text size");
    }

    /**
     * The app ending (its stop, before the journal's worker is shut down) stops the screens built at idle for good:
     * neither the warm-up's end nor a text-size change begins them again. A screen begun after the stop handed its
     * reads to the worker already shut down (a RejectedExecutionException when the benchmark's probes exited).
     */
    @Test
    void onceTheAppIsEndingNoScreenIsBuiltAtIdleAgain() {
        interact(() -> window.prebuildAtIdle(List.of(Screen.JOURNAL, Screen.SETTINGS)));
        assertTrue(window.buildsAtIdle(), "waiting for the window to be idle");

        interact(window::stopAtIdle);
        assertFalse(window.buildsAtIdle(), "stopped when the app ends");
        interact(() -> window.prebuildAtIdle(List.of(Screen.SETTINGS))); // as the warm-up's end calls it
        assertFalse(window.buildsAtIdle(), "not begun again by the warm-up's end");
        Scene scene = stage.getScene();
        interact(() -> scene.getAccelerators().get(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN))
                .run());
        FxSettle.settle();
        assertFalse(window.buildsAtIdle(), "nor by a text-size change");
    }

    @Test
    void aCheckInSavedOnTodayAfterTheJournalWasBuiltIsInItOnTheFirstVisit() throws Exception {
        journalBuiltAtIdle();
        clickOn("#item-esas-pain").write("6");
        shortcut(KeyCode.S);
        assertEquals("journal shown, 50 rows, loading false, today hidden", firstFrameOfTheJournal());
        FxSettle.settle();
        assertEquals("50 entries", lookup("#journal-summary").queryLabeled().getText());
    }

    @Test
    void aVisitWhileTheScreenIsHalfBuiltShowsItCompleteWithTheKeyboardInItAndTodayKeepsWhatWasTyped() {
        interact(window::showLoadingFirst);
        clickOn("#item-esas-pain").write("6");
        interact(() -> {
            window.buildHidden(Screen.JOURNAL); // begun at idle: its parts and rows still to come
            window.state().screenProperty().set(Screen.JOURNAL);
        });
        partsBuilt();
        assertTrue(lookup("#journal-view").query().isVisible());
        assertTrue(lookup("#screen-loading").tryQuery().isEmpty(), "shown as it is, not a \"Loading…\" frame");
        assertEquals(49, lookup("#journal-table").queryTableView().getItems().size());
        assertEquals("journal-table", focusedId());

        shortcut(KeyCode.DIGIT7); // a screen not begun: built on demand, as before
        assertTrue(lookup("#settings-view").query().isVisible());
        assertFalse(lookup("#journal-view").query().isVisible());
        shortcut(KeyCode.DIGIT1);
        assertEquals("6", lookup("#item-esas-pain").queryTextInputControl().getText(), "nothing lost on Today");
        assertEquals(1, stage.getScene().getRoot().lookupAll("#journal-view").size(), "the Journal once");
    }

    @Test
    void aHiddenScreenTakesNoAltLetterFromTheOneShownAndAnswersItsOwnOnceShown() throws Exception {
        journalBuiltAtIdle();
        // the hidden Journal's Delete (Alt+D) enabled: an entry selected in it
        interact(() -> lookup("#journal-table").queryTableView().getSelectionModel().selectFirst());
        push(KeyCode.ALT, KeyCode.D);
        FxSettle.settle();
        assertEquals("checkin-date", focusedId(), "Alt+D is Today's date");
        assertEquals(Screen.TODAY, window.state().screenProperty().get());
        assertNull(stage.getScene().getRoot().lookup(".dialog-pane"), "the Journal's Delete not pressed");

        shortcut(KeyCode.DIGIT2);
        push(KeyCode.ALT, KeyCode.O); // the Journal's Open, on the selected entry
        FxSettle.settle();
        assertEquals(Screen.TODAY, window.state().screenProperty().get(), "the entry opened on Today");
        assertEquals("Sat 21 Nov 2026", lookup("#checkin-date").queryAs(javafx.scene.control.DatePicker.class)
                .getEditor().getText(), "the newest entry");
    }
}
