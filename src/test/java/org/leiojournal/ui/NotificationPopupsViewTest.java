package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.appointment.NotificationPopups;
import org.leiojournal.ui.appointment.ReminderPopups.ReminderNotice;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.testing.FxSettle;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real ControlsFX notification: it shows the reminder over Today, a patient typing a check-in note keeps
 * every key (Space, Backspace, Escape, Tab included), and its buttons act and close it.
 */
class NotificationPopupsViewTest extends ScreenViewTest {

    private final List<String> pressed = new ArrayList<>();

    @Override
    Screen screen() {
        return Screen.TODAY;
    }

    @Override
    void prepare(JournalStore fresh) {
        super.prepare(fresh);
        fresh.profile().save(new Profile("Ana", Profile.NEW.usualRecorder(), Profile.NEW.temperatureUnit(),
                Profile.NEW.weightUnit(), Profile.DEFAULT_THRESHOLD_CELSIUS, true));
    }

    private Runnable show(String title) {
        ReminderNotice notice = new ReminderNotice("7/TOMORROW", title, "CT scan at St Mary’s", "Done",
                "Remind me in 1 hour", () -> pressed.add("done " + title), () -> pressed.add("later " + title));
        Runnable[] close = new Runnable[1];
        interact(() -> close[0] = new NotificationPopups(stage).show(notice));
        FxSettle.settle();
        return close[0];
    }

    @Test
    void typingInTheWindowKeepsEveryKeyWhileAReminderShows() {
        TextArea note = lookup("#checkin-note").queryAs(TextArea.class);
        clickOn(reveal("#checkin-note"));
        show("Tomorrow at 09:30");
        assertTrue(popupShowing(), "the notification is on screen");
        assertEquals("Tomorrow at 09:30", lookup(".reminder-title").queryAs(Label.class).getText());
        assertEquals("CT scan at St Mary’s", lookup(".reminder-text").queryAs(Label.class).getText());

        write("ab c");
        type(KeyCode.BACK_SPACE);
        type(KeyCode.ESCAPE);
        assertEquals("ab ", note.getText(), "Space and Backspace reached the note, not the reminder’s buttons");
        assertSame(note, stage.getScene().getFocusOwner());
        assertTrue(popupShowing(), "Escape is the window’s, it does not close the reminder");
        assertEquals(List.of(), pressed);

        press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL); // Ctrl+Tab leaves a text area
        Node next = stage.getScene().getFocusOwner();
        assertNotSame(note, next, "Tab moved on in the window");
        assertSame(stage.getScene(), next.getScene());
    }

    @Test
    void itsButtonsActAndCloseIt() throws Exception {
        show("Tomorrow at 09:30");
        clickOn("#reminder-done");
        assertEquals(List.of("done Tomorrow at 09:30"), pressed);
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> !popupShowing());

        show("Today at 11:00");
        clickOn("#reminder-later");
        assertEquals(List.of("done Tomorrow at 09:30", "later Today at 11:00"), pressed);
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> !popupShowing());

        Runnable close = show("Today at 12:00");
        interact(close);
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> !popupShowing());
        assertEquals(2, pressed.size(), "closing by the app presses nothing");
    }

    private static boolean popupShowing() {
        List<Window> windows = new ArrayList<>(Window.getWindows());
        return windows.stream().anyMatch(w -> w instanceof PopupWindow && w.isShowing()
                && w.getScene().getRoot().lookup(".reminder-notification") != null);
    }
}
