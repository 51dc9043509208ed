package org.leiojournal.ui.common;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.util.Duration;

/**
 * A screen's one status line (review D12): its height is kept whether or not it says anything, so a message never
 * pushes the screen down under the pointer, and each message goes by itself after {@link #SHOWN_FOR}, so an old
 * "Saved" or "Call now" never sits beside later work. The text stays readable by tests and screen readers until the
 * next one; only the line is hidden.
 */
public final class StatusLine extends Label {

    public static final Duration SHOWN_FOR = Duration.seconds(12);

    private final PauseTransition timer = new PauseTransition(SHOWN_FOR);

    public StatusLine(String id, ObservableValue<String> text) {
        this(id);
        textProperty().bind(text);
    }

    /** A line whose text is bound later, by the screen that owns it. */
    public StatusLine(String id) {
        setId(id);
        getStyleClass().add("status");
        setWrapText(true);
        // one line is always kept for it, empty or not
        minHeightProperty().bind(Bindings.createDoubleBinding(() -> lineHeight() + getInsets().getTop()
                + getInsets().getBottom(), fontProperty(), insetsProperty()));
        timer.setOnFinished(e -> expire());
        textProperty().addListener((o, old, now) -> show(now));
        show(getText());
    }

    /** The timeline that hides the message; a test ends it without waiting. */
    public PauseTransition timer() {
        return timer;
    }

    /** What the timer does at its end: the message goes, its room stays. */
    public void expire() {
        timer.stop();
        setVisible(false);
    }

    private void show(String message) {
        boolean saying = message != null && !message.isBlank();
        setVisible(saying);
        if (saying) {
            timer.playFromStart();
        } else {
            timer.stop();
        }
    }

    private double lineHeight() {
        Text probe = new Text("Ag");
        probe.setFont(getFont());
        return Math.ceil(probe.getLayoutBounds().getHeight());
    }
}
