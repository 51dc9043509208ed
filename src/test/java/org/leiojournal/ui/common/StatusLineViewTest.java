package org.leiojournal.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.animation.Animation;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.leiojournal.ui.testing.FxSettle;
import org.leiojournal.ui.testing.WindowTest;

/**
 * D12: a status line keeps its room whether or not it speaks (or floats over the screen), and its message goes by
 * itself.
 */
@Tag("ui")
class StatusLineViewTest extends WindowTest {

    private final StringProperty text = new SimpleStringProperty("");
    private StatusLine line;
    private Button below;
    private Stage window;

    @Override
    public void start(Stage stage) {
        window = stage;
        line = new StatusLine("test-status", text);
        below = new Button("Tabs below the status");
        showAtItsSize(stage, new Scene(new VBox(6, line, below), 600, 200));
    }

    @Test
    void aMessageNeverMovesWhatIsBelowIt() {
        double before = below.localToScene(0, 0).getY();
        interact(() -> text.set("Saved: Sun 22 Nov 2026, 09:30."));
        FxSettle.settle();
        assertTrue(line.isVisible());
        assertEquals(before, below.localToScene(0, 0).getY(), 0.5, "the button stays under the pointer");
        interact(() -> text.set(""));
        FxSettle.settle();
        assertEquals(before, below.localToScene(0, 0).getY(), 0.5);
    }

    @Test
    void theMessageGoesByItselfAndTheNextOneShowsAgain() {
        interact(() -> text.set("Exported 3 appointments."));
        assertEquals(Animation.Status.RUNNING, line.timer().getStatus());
        assertEquals(StatusLine.SHOWN_FOR, line.timer().getDuration());
        double before = below.localToScene(0, 0).getY();
        interact(line::expire); // what the timer does when its 12 s are up
        FxSettle.settle();
        assertFalse(line.isVisible(), "no stale message beside later work");
        assertEquals(before, below.localToScene(0, 0).getY(), 0.5, "its room is kept");

        interact(() -> text.set("Saved: Sun 22 Nov 2026, 09:31."));
        assertTrue(line.isVisible());
        assertEquals(Animation.Status.RUNNING, line.timer().getStatus());
    }

    /**
     * Floating over a screen (Treatment, Appointments), the line keeps no room above the screen's tabs, and a message
     * shows over the screen's bottom, moving nothing and taking no clicks.
     */
    @Test
    void aFloatingLineKeepsNoRoomAndMovesNothing() {
        StringProperty message = new SimpleStringProperty("");
        Button tabs = new Button("Tabs under the header");
        interact(() -> showAtItsSize(window, new Scene(new StatusLine("floating-status", message)
                .floatingOver(new VBox(tabs)), 600, 200)));
        FxSettle.settle();
        assertEquals(0, tabs.localToScene(0, 0).getY(), 0.5, "no room kept above the tabs");
        interact(() -> message.set("Recorded Gemcitabine, cycle 1 day 1."));
        FxSettle.settle();
        StatusLine floating = (StatusLine) tabs.getScene().lookup("#floating-status");
        assertTrue(floating.isVisible());
        assertEquals(0, tabs.localToScene(0, 0).getY(), 0.5, "the tabs stay under the pointer");
        assertTrue(floating.localToScene(floating.getLayoutBounds()).getMaxY() <= 200, "over the screen's bottom");
        assertTrue(floating.isMouseTransparent(), "clicks go through to the screen");
    }
}
