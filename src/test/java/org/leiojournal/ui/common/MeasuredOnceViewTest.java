package org.leiojournal.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.Callable;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.skin.LabelSkin;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.leiojournal.ui.testing.FxSettle;
import org.leiojournal.ui.testing.WindowTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 21, Settings' and Appointments' first visits: a hint's wrapped lines are laid out once for each width, not
 * for every question of every box above it in every frame, yet its height follows its text, font and width; a
 * card's spinner is made the first time the card is busy, not styled hidden with the card; a screen's row of tabs
 * is found once, not looked up through every tab's content in every layout.
 */
@Tag("ui")
class MeasuredOnceViewTest extends WindowTest {

    private static final String HINT = "Use the temperature your care team told you to call at, from 37.5 °C to "
            + "38.0 °C. Teams differ, and the app takes nothing higher.";

    private VBox root;

    @Override
    public void start(Stage stage) {
        root = new VBox(8);
        showAtItsSize(stage, new Scene(root, 400, 400));
    }

    /** A label skin that counts how often the label's lines are laid out for a height. */
    private static final class CountingSkin extends LabelSkin {
        int measured;

        CountingSkin(Label label) {
            super(label);
        }

        @Override
        protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
            measured++;
            return super.computePrefHeight(width, top, right, bottom, left);
        }
    }

    @Test
    void aHintIsMeasuredOnceForAWidthThroughLaterFramesThatAddOtherParts() {
        Label hint = get(() -> Forms.hint(HINT));
        CountingSkin skin = get(() -> new CountingSkin(hint));
        interact(() -> {
            hint.setSkin(skin);
            root.getChildren().setAll(hint);
        });
        FxSettle.settle();
        int afterFirstFrame = skin.measured;
        assertTrue(afterFirstFrame > 0, "measured for its first frame");

        for (int part = 0; part < 3; part++) { // the parts of a screen that come in the frames after
            interact(() -> root.getChildren().add(new Button("A part added later")));
            FxSettle.settle();
        }
        assertEquals(afterFirstFrame, skin.measured, "not laid out again for parts added after it");
        double height = get(() -> hint.prefHeight(200));
        int once = skin.measured;
        assertEquals(height, get(() -> hint.minHeight(200)), "its least height is its height: it never cuts");
        assertEquals(height, get(() -> hint.maxHeight(200)));
        assertEquals(height, get(() -> hint.prefHeight(200)));
        assertEquals(once, skin.measured, "asked three ways at one width: laid out once");
    }

    @Test
    void aHintsHeightFollowsItsWidthTextAndFontAsAPlainLabelsDoes() {
        Label hint = get(() -> Forms.hint(HINT));
        Label plain = get(() -> {
            Label label = new Label(HINT);
            label.setWrapText(true);
            return label;
        });
        interact(() -> root.getChildren().setAll(hint, plain));
        FxSettle.settle();
        assertEquals(get(() -> plain.prefHeight(300)), get(() -> hint.prefHeight(300)));
        assertEquals(get(() -> plain.prefHeight(120)), get(() -> hint.prefHeight(120)), "narrower: more lines");
        assertTrue(get(() -> hint.prefHeight(120)) > get(() -> hint.prefHeight(300)));

        double before = get(() -> hint.prefHeight(300));
        interact(() -> {
            hint.setText(HINT + " " + HINT);
            plain.setText(HINT + " " + HINT);
        });
        assertEquals(get(() -> plain.prefHeight(300)), get(() -> hint.prefHeight(300)));
        assertTrue(get(() -> hint.prefHeight(300)) > before, "a longer text: taller");

        double shorter = get(() -> hint.prefHeight(300));
        interact(() -> {
            hint.setFont(Font.font(28)); // text size 200 %
            plain.setFont(Font.font(28));
        });
        assertEquals(get(() -> plain.prefHeight(300)), get(() -> hint.prefHeight(300)));
        assertTrue(get(() -> hint.prefHeight(300)) > shorter, "larger text: taller");
    }

    @Test
    void aCardsSpinnerIsMadeTheFirstTimeItIsBusyAndShowsOnlyWhileBusy() {
        SimpleBooleanProperty busy = new SimpleBooleanProperty(false);
        WrappingRow row = get(() -> Forms.buttons(new Button("Back up now")));
        interact(() -> {
            Forms.busyIn(row, "kit-progress", "Backing up", busy);
            root.getChildren().setAll(row);
        });
        FxSettle.settle();
        assertNull(get(() -> row.lookup("#kit-progress")), "no hidden spinner styled with the card");

        interact(() -> busy.set(true));
        FxSettle.settle();
        ProgressIndicator spinner = get(() -> (ProgressIndicator) row.lookup("#kit-progress"));
        assertSame(spinner, get(() -> row.getChildren().get(row.getChildren().size() - 1)), "after the buttons");
        assertTrue(get(spinner::isVisible));
        assertEquals("Backing up", get(spinner::getAccessibleText), "named for screen readers");

        interact(() -> busy.set(false));
        interact(() -> busy.set(true));
        interact(() -> busy.set(false));
        assertFalse(get(spinner::isVisible), "hidden once the work is done");
        assertEquals(1, get(() -> row.lookupAll(".progress-indicator").size()), "one spinner, made once");
    }

    @Test
    void theRowOfTabsIsLookedUpOnceThroughTheFramesOfAScreensFirstVisit() {
        int[] lookups = {0};
        TabPane tabs = tabsCounting(".tab-header-area", lookups);
        VBox page = get(() -> new VBox(8, new Label("First part")));
        interact(() -> {
            tabs.getTabs().setAll(new Tab("Upcoming", page), new Tab("Calendar", new Label("Month")));
            root.getChildren().setAll(new TabsRoom(tabs));
        });
        partsInTheFramesAfter(page);
        assertEquals(1, lookups[0], "found once (what the room holds: ScreenTabsFitViewTest)");
    }

    @Test
    void theTabChoicesFindTheRowOfTabsOnceThroughTheFramesOfAScreensFirstVisit() {
        int[] lookups = {0};
        TabPane tabs = tabsCounting(".headers-region", lookups);
        VBox page = get(() -> new VBox(8, new Label("First part")));
        interact(() -> {
            tabs.getTabs().setAll(new Tab("Upcoming", page), new Tab("Calendar", new Label("Month")));
            TabChoices choices = new TabChoices(tabs);
            root.getChildren().setAll(new VBox(choices.page(new Label("Appointments"))) {
                @Override
                protected void layoutChildren() {
                    choices.fit(); // as a screen of tabs does (AppointmentsView)
                    super.layoutChildren();
                }
            });
        });
        partsInTheFramesAfter(page);
        assertEquals(1, lookups[0], "found once (whether the row fits: LayoutTest at 200 % text)");
    }

    /** A tab pane that counts its look-ups of {@code selector} in {@code lookups[0]}. */
    private static TabPane tabsCounting(String selector, int[] lookups) {
        return get(() -> new TabPane() {
            @Override
            public Node lookup(String asked) {
                if (asked.equals(selector)) {
                    lookups[0]++;
                }
                return super.lookup(asked);
            }
        });
    }

    /** Shows the tab's first part, then adds three more in the frames after, as a first visit's parts come. */
    private void partsInTheFramesAfter(VBox page) {
        FxSettle.settle();
        for (int part = 0; part < 3; part++) {
            interact(() -> page.getChildren().add(new Button("A part added later")));
            FxSettle.settle();
        }
    }

    private static <T> T get(Callable<T> read) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, read);
    }
}
