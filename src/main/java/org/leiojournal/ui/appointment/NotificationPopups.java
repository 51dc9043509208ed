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
 * Reminders as ControlsFX notifications in the top right corner of the window, where they hide no Save button.
 * They stay until the user acts or the reminder is no longer due, and they never take the keyboard. JavaFX hands
 * the keys typed in a window to its popups' focused control first, so a focusable button here would take the
 * Space or Backspace of a patient writing a check-in: nothing in the notification can hold the focus, its buttons
 * are for the mouse, and Escape stays with the window. The same two actions are commands of {@link RemindersViewModel}, for a keyboard path on a screen.
 */
public final class NotificationPopups implements ReminderPopups {

    private static final double WIDTH = 400;

    private final Window owner;

    public NotificationPopups(Window owner) {
        this.owner = owner;
    }

    @Override
    public Runnable show(ReminderNotice notice) {
        Label title = label(notice.title(), "reminder-title");
        title.getStyleClass().add("item-title");
        Label text = label(notice.text(), "reminder-text");
        Button done = button(notice.doneLabel(), "reminder-done");
        Button later = button(notice.laterLabel(), "reminder-later");
        VBox content = new VBox(6, title, text, new HBox(8, done, later));
        content.getStyleClass().add("reminder-notification");
        content.setPrefWidth(WIDTH); // one width, long titles wrapped, so stacked notifications line up
        Runnable close = () -> close(content);
        done.setOnAction(e -> {
            close.run();
            notice.onDone().run();
        });
        later.setOnAction(e -> {
            close.run();
            notice.onLater().run();
        });
        Notifications.create().owner(owner).position(Pos.TOP_RIGHT).hideAfter(Duration.INDEFINITE)
                .graphic(content).show();
        keepEscapeWithTheWindow(content);
        return close;
    }

    private static Label label(String words, String styleClass) {
        Label label = new Label(words);
        label.setWrapText(true);
        label.setMaxWidth(WIDTH);
        label.getStyleClass().add(styleClass);
        return label;
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
