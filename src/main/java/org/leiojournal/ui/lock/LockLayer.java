package org.leiojournal.ui.lock;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.leiojournal.ui.common.FirstTime;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.Style;

/**
 * Puts the lock screen over the window: while locked the journal's screens are hidden and disabled (nothing to
 * see, nothing the keyboard can reach) but kept, so what was being typed is still there after unlocking. Any key
 * or mouse use in the window starts the idle time again; a check every few seconds locks the window once it is up.
 */
public final class LockLayer {

    private final LockViewModel model;
    private final StackPane layer;
    private final PasswordField passphrase = new PasswordField();
    /** How often the idle time is checked: the lock comes at most this late, on a scale of minutes. */
    private static final Duration IDLE_CHECK = Duration.seconds(5);

    private final Timeline idleCheck = new Timeline(new KeyFrame(IDLE_CHECK, e -> checkIdle()));

    public LockLayer(Parent content, LockViewModel model, Messages messages) {
        this.model = model;
        content.visibleProperty().bind(model.lockedProperty().not());
        content.disableProperty().bind(model.lockedProperty());
        layer = new StackPane(content);
        // wider than the window (large text, small screen), the window is cut at its right, never at its left:
        // centred, it showed the sidebar cut to "oday" and "ournal"
        StackPane.setAlignment(content, Pos.TOP_LEFT);
        // most users never lock: the screen (a passphrase field, labels, a button) is built when first locked
        FirstTime.whenTrue(model.lockedProperty(), () -> {
            Node screen = screen(messages);
            screen.visibleProperty().bind(model.lockedProperty());
            layer.getChildren().add(screen);
        });
        layer.addEventFilter(InputEvent.ANY, e -> model.used());
        model.lockedProperty().addListener((o, was, now) -> {
            if (now) {
                passphrase.clear();
                Platform.runLater(passphrase::requestFocus);
            }
        });
        idleCheck.setCycleCount(Animation.INDEFINITE);
        // checks only while the window shows this layer: a window rebuilt after an import leaves no check behind
        layer.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false)
                .addListener((o, was, showing) -> {
                    if (showing) {
                        idleCheck.play();
                    } else {
                        idleCheck.stop();
                    }
                });
    }

    /** The scene's root. */
    public Parent root() {
        return layer;
    }

    /** What the periodic check does; tests call it after setting the clock. */
    void checkIdle() {
        model.lockIfIdle();
    }

    private void tryUnlock() {
        model.unlockInBackground(passphrase.getText(), opened -> {
            if (!opened) {
                passphrase.selectAll();
                passphrase.requestFocus();
            }
        });
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
        error.getStyleClass().add(Style.FIELD_ERROR);
        error.textProperty().bind(model.errorProperty());
        error.setLabelFor(passphrase);
        Button unlock = new Button(messages.get("lock.unlock"));
        unlock.setId("lock-unlock");
        // Enter in the field unlocks: the window's own default button (Save check-in) would claim it otherwise
        unlock.setOnAction(e -> tryUnlock());
        passphrase.setOnAction(e -> tryUnlock());
        Label checking = new Label(messages.get("lock.checking"));
        checking.setId("lock-checking");
        Forms.shownWhile(checking, model.checkingProperty());
        passphrase.disableProperty().bind(model.checkingProperty());
        unlock.disableProperty().bind(model.checkingProperty());
        VBox box = new VBox(12, title, hint, passphrase, error, checking, unlock);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(420);
        box.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // a card in the middle, not a column
        box.getStyleClass().add(Style.CARD);
        StackPane screen = new StackPane(box);
        screen.setId("lock-screen");
        screen.getStyleClass().add("lock-screen");
        return screen;
    }
}
