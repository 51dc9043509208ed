package org.leiojournal.ui.lock;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.leiojournal.ui.common.Messages;

/**
 * Puts the lock screen over the window: while locked the journal's screens are hidden and disabled (nothing to
 * see, nothing the keyboard can reach) but kept, so what was being typed is still there after unlocking. Any key
 * or mouse use in the window restarts the idle timer that locks it.
 */
public final class LockLayer {

    private final LockViewModel model;
    private final StackPane layer;
    private final PasswordField passphrase = new PasswordField();
    private final PauseTransition idle = new PauseTransition();
    private Duration idleOverride;

    public LockLayer(Parent content, LockViewModel model, Messages messages) {
        this.model = model;
        Node screen = screen(messages);
        content.visibleProperty().bind(model.lockedProperty().not());
        content.disableProperty().bind(model.lockedProperty());
        screen.visibleProperty().bind(model.lockedProperty());
        layer = new StackPane(content, screen);
        layer.addEventFilter(InputEvent.ANY, e -> restartIdle());
        idle.setOnFinished(e -> model.lock());
        model.idleMinutesProperty().addListener((o, old, minutes) -> restartIdle());
        model.lockedProperty().addListener((o, was, now) -> {
            if (now) {
                passphrase.clear();
                Platform.runLater(passphrase::requestFocus);
            } else {
                restartIdle();
            }
        });
        restartIdle();
    }

    /** The scene's root. */
    public Parent root() {
        return layer;
    }

    /** For tests: an idle time in place of the minutes the user chose. */
    void idleAfter(Duration time) {
        idleOverride = time;
        restartIdle();
    }

    private void restartIdle() {
        int minutes = model.idleMinutesProperty().get();
        if (minutes <= 0 || model.lockedProperty().get()) {
            idle.stop();
            return;
        }
        idle.setDuration(idleOverride != null ? idleOverride : Duration.minutes(minutes));
        idle.playFromStart();
    }

    private void tryUnlock() {
        if (!model.unlock(passphrase.getText())) {
            passphrase.selectAll();
            passphrase.requestFocus();
        }
    }

    private Node screen(Messages messages) {
        Label title = new Label(messages.get("lock.title"));
        title.getStyleClass().add("screen-title");
        Label hint = new Label(messages.get("lock.hint"));
        hint.setWrapText(true);
        passphrase.setId("lock-passphrase");
        passphrase.setPromptText(messages.get("lock.passphrase"));
        passphrase.setAccessibleText(messages.get("lock.passphrase"));
        passphrase.setMaxWidth(320);
        Label error = new Label();
        error.setId("lock-error");
        error.getStyleClass().add("field-error");
        error.textProperty().bind(model.errorProperty());
        error.setLabelFor(passphrase);
        Button unlock = new Button(messages.get("lock.unlock"));
        unlock.setId("lock-unlock");
        // Enter in the field unlocks: the window's own default button (Save check-in) would claim it otherwise
        unlock.setOnAction(e -> tryUnlock());
        passphrase.setOnAction(e -> tryUnlock());
        VBox box = new VBox(12, title, hint, passphrase, error, unlock);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(420);
        box.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // a card in the middle, not a column
        box.getStyleClass().add("card");
        StackPane screen = new StackPane(box);
        screen.setId("lock-screen");
        screen.getStyleClass().add("lock-screen");
        return screen;
    }
}
