package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.leiojournal.settings.AppLock;
import org.leiojournal.settings.LockStore;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.testing.FxSettle;

/** The app lock through the window: turned on after its explanation, Ctrl+L, what is typed survives, unlock. */
class LockViewTest extends JournalUiTest {

    @Override
    void prepare(JournalStore fresh) {
        fresh.profile().save(fresh.profile().load().withWelcomeCompleted());
        store = fresh;
    }

    /** The lock screen is built when the window is first locked: none yet, none shown. */
    private boolean locked() {
        return lookup("#lock-screen").tryQuery().map(LockViewTest::shown).orElse(false);
    }

    /** Visible with every parent: what the user can see. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void turnOnReadTheExplanationLockTypeUnlockAndTheCheckInIsStillThere() throws Exception {
        shortcut(KeyCode.DIGIT7);
        assertTrue(lookup("#lock-now").tryQuery().isEmpty(),
                "with the lock off, Settings does not make its hidden Lock now (issue 21)");
        clickOn(reveal("#lock-turn-on"));
        String explanation = lookup("#lock-explanation").queryAs(Label.class).getText();
        assertTrue(explanation.contains("It does not encrypt your journal"), explanation);
        assertTrue(explanation.contains("delete the file " + dataDir.resolve("lock.json")), explanation);
        clickOn("#lock-new").write("short");
        clickOn("#lock-repeat").write("short");
        clickOn("#lock-setup-ok");
        assertTrue(lookup("#lock-setup-error").queryAs(Label.class).getText().startsWith("Use at least 6"));
        FxSettle.settle();
        for (String id : new String[] {"#lock-setup-error", "#lock-explanation"}) {
            Label label = lookup(id).queryAs(Label.class);
            assertTrue(label.getHeight() >= label.prefHeight(label.getWidth()) - 0.5,
                    id + " shows its whole text (D13): " + label.getHeight() + " < " + label.prefHeight(label.getWidth()));
        }
        doubleClickOn("#lock-new").write("violet river");
        doubleClickOn("#lock-repeat").write("violet rivet");
        clickOn("#lock-setup-ok");
        assertEquals("The two passphrases are not the same. Type them again.",
                lookup("#lock-setup-error").queryAs(Label.class).getText());
        doubleClickOn("#lock-repeat").write("violet river");
        clickOn("#lock-setup-ok");
        assertTrue(Files.isRegularFile(dataDir.resolve("lock.json")));
        assertTrue(lookup("#lock-status").queryAs(Label.class).getText().startsWith("On: "));

        shortcut(KeyCode.DIGIT1);
        clickOn("#item-esas-pain").write("6");
        assertTrue(lookup("#lock-passphrase").tryQuery().isEmpty(),
                "the lock screen is built when first locked, not hidden in every window from the start (issue 21)");
        assertFalse(locked());
        shortcut(KeyCode.L);
        FxSettle.settle();
        assertTrue(locked());
        assertFalse(shown(lookup("#item-esas-pain").query()), "nothing of the journal shows");
        shortcut(KeyCode.DIGIT2);
        shortcut(KeyCode.S);
        assertEquals(0, store.checkIns().count(), "shortcuts do nothing while locked");

        clickOn("#lock-passphrase").write("violet rivers");
        type(KeyCode.ENTER);
        assertEquals("That is not the passphrase. Try again.", lookup("#lock-error").queryAs(Label.class).getText());
        assertTrue(locked());
        write("violet river"); // the wrong one is selected, so typing replaces it
        type(KeyCode.ENTER);
        assertFalse(locked());
        assertEquals("6", lookup("#item-esas-pain").queryAs(TextField.class).getText(), "the typing survived");
    }

    @Test
    void withTheLockOnTheAppStartsLockedAndTurningItOffNeedsThePassphrase() throws Exception {
        new LockStore(dataDir).save(AppLock.create("violet river".toCharArray(), 5));
        restart();
        interact(() -> window.lockIfOn()); // what the app does when it starts
        assertTrue(locked());
        clickOn("#lock-passphrase").write("violet river");
        type(KeyCode.ENTER);
        assertFalse(locked(), lookup("#lock-error").queryAs(Label.class).getText());
        FxSettle.settle();
        assertEquals("item-esas-pain", stage.getScene().getFocusOwner().getId(),
                "after unlocking, the cursor is on the first field (D15)");
        shortcut(KeyCode.DIGIT7);
        clickOn(reveal("#lock-turn-off"));
        clickOn("#lock-off-passphrase").write("wrong one");
        clickOn("#lock-off-ok");
        assertEquals("That is not the passphrase. Try again.",
                lookup("#lock-off-error").queryAs(Label.class).getText());
        doubleClickOn("#lock-off-passphrase").write("violet river");
        clickOn("#lock-off-ok");
        assertFalse(Files.exists(dataDir.resolve("lock.json")));
        assertTrue(shown(lookup("#lock-turn-on").query()), "off again: Turn on… is back");
        shortcut(KeyCode.L);
        assertFalse(locked(), "with the lock off, Ctrl+L does nothing");
    }
}
