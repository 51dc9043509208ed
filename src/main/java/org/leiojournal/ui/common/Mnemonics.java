package org.leiojournal.ui.common;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Alt+letter for a screen's "_Temperature"-style labels and buttons, kept working while the screen is in a scene.
 * JavaFX registers a label's mnemonic with the scene once; a screen taken out of the window and put back loses it,
 * and Alt+T then typed into whatever field had the focus (D3). This filter finds the label or button by its letter
 * each time instead, so it cannot go stale.
 */
public final class Mnemonics {

    private Mnemonics() {
    }

    /** Alt+letter on {@code screen}, whenever it is in a scene, focuses the labelled field or presses the button. */
    public static void keepWorking(Parent screen) {
        javafx.event.EventHandler<KeyEvent> filter = e -> {
            if (e.isAltDown() && !e.isControlDown() && !e.isShortcutDown() && !e.isMetaDown()
                    && e.getCode().isLetterKey() && screen.isVisible() && !screen.isDisabled()) {
                find(screen, e.getCode()).ifPresent(target -> {
                    e.consume();
                    if (target instanceof Label label) {
                        label.getLabelFor().requestFocus();
                    } else {
                        ((ButtonBase) target).fire();
                    }
                });
            }
        };
        screen.sceneProperty().addListener((o, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, filter);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, filter);
            }
        });
        Scene scene = screen.getScene();
        if (scene != null) {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, filter);
        }
    }

    private static Optional<Labeled> find(Parent parent, KeyCode key) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible() || child.isDisabled()) {
                continue;
            }
            if (child instanceof Labeled labeled && matches(labeled, key)) {
                return Optional.of(labeled);
            }
            if (child instanceof Parent p) {
                Optional<Labeled> found = find(p, key);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matches(Labeled labeled, KeyCode key) {
        boolean usable = labeled instanceof Label label ? label.getLabelFor() != null
                && label.getLabelFor().isVisible() && !label.getLabelFor().isDisabled()
                : labeled instanceof ButtonBase;
        String text = labeled.getText();
        int mark = text == null ? -1 : text.indexOf('_');
        return usable && labeled.isMnemonicParsing() && mark >= 0 && mark + 1 < text.length()
                && Character.toUpperCase(text.charAt(mark + 1)) == key.getName().charAt(0);
    }
}
