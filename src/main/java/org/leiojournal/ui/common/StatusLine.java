package org.leiojournal.ui.common;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.util.Duration;

/**
 * A screen's one status line (review D12): its height is kept whether or not it says anything (or it floats over
 * the screen, {@link #floatingOver}), so a message never pushes the screen down under the pointer, and each message
 * goes by itself after {@link #SHOWN_FOR}, so an old "Saved" or "Call now" never sits beside later work. The text
 * stays readable by tests and screen readers until the next one; only the line is hidden.
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

    /**
     * The screen with this line floating over its bottom, as the undo bar floats over the window's: a line kept under
     * a screen's header, empty most of the time, was an empty band above its tabs (~50 px, ~90 px at 200 % text), and
     * a screen that scrolls as one page at large text carried the message out of sight. A message moves nothing, and
     * the line takes no clicks.
     */
    public StackPane floatingOver(Node screen) {
        getStyleClass().addAll("floating-status", "floating-bar");
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setMouseTransparent(true);
        StackPane.setAlignment(this, Pos.BOTTOM_CENTER);
        StackPane.setMargin(this, new Insets(0, 16, 16, 16));
        return new StackPane(screen, this);
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
