package org.leiojournal.ui.appointment;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Reminders as ControlsFX notifications in the lower right corner of the window. They stay until the user acts or
 * the reminder is no longer due, and they never take the keyboard. JavaFX hands the keys typed in a window to its
 * popups' focused control first, so a focusable button here would take the Space or Enter of a patient writing a
 * check-in: nothing in the notification can hold the focus, its buttons are for the mouse, and Escape stays with
 * the window. The same two actions are commands of {@link RemindersViewModel}, for a keyboard path on a screen.
 */
public final class NotificationPopups implements ReminderPopups {

    private final Window owner;

    public NotificationPopups(Window owner) {
        this.owner = owner;
    }

    @Override
    public Runnable show(ReminderNotice notice) {
        Label text = new Label(notice.text());
        text.setWrapText(true);
        text.setMaxWidth(360);
        text.getStyleClass().add("reminder-text");
        Button done = button(notice.doneLabel(), "reminder-done");
        Button later = button(notice.laterLabel(), "reminder-later");
        VBox content = new VBox(8, text, new HBox(8, done, later));
        content.getStyleClass().add("reminder-notification");
        Runnable close = () -> close(content);
        done.setOnAction(e -> {
            close.run();
            notice.onDone().run();
        });
        later.setOnAction(e -> {
            close.run();
            notice.onLater().run();
        });
        Notifications.create().owner(owner).position(Pos.BOTTOM_RIGHT).hideAfter(Duration.INDEFINITE)
                .title(notice.title()).graphic(content).show();
        keepEscapeWithTheWindow(content);
        return close;
    }

    private static Button button(String label, String id) {
        Button button = new Button(label);
        button.setId(id);
        button.setMnemonicParsing(false); // a mnemonic would be a key taken from the window below
        button.setFocusTraversable(false);
        return button;
    }

    /** Popups hide on Escape by default, and would take that key from the window below. */
    private static void keepEscapeWithTheWindow(Node content) {
        if (content.getScene() != null && content.getScene().getWindow() instanceof PopupWindow popup) {
            popup.setHideOnEscape(false);
        }
    }

    /** Closes through the notification's own close button, so ControlsFX moves the others down; else hides it. */
    private static void close(Node content) {
        for (Node n = content; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("notification-bar") && n.lookup(".close-button") instanceof Button b) {
                b.fire();
                return;
            }
        }
        if (content.getScene() != null && content.getScene().getWindow() != null) {
            content.getScene().getWindow().hide();
        }
    }
}
