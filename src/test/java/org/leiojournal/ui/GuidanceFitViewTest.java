package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.testing.FxSettle;

/**
 * The Guidance screen beside the window's sidebar at 200 % text in a 1024×600 window: the topic list stands above
 * the page, so the page gets the screen's width (beside the list it was 212 px wide, its title's "leiomyosarcoma"
 * and its related links wider than that, and it scrolled sideways); choosing a topic scrolls to its page.
 */
class GuidanceFitViewTest extends ScreenViewTest {

    @Override
    Screen screen() {
        return Screen.GUIDANCE;
    }

    @Override
    boolean besideTheSidebar() {
        return true; // the screen's width is the window's less the sidebar's, wider at a larger text
    }

    @BeforeEach
    void largeTextInASmallWindow() {
        at200PercentTextIn1024By600();
        FxSettle.settle();
    }

    @Test
    void thePageWrapsInTheScreensWidthUnderTheList() {
        List<String> problems = new ArrayList<>();
        Parent scroll = lookup("#guidance-scroll").queryAs(Parent.class);
        interact(() -> LayoutProblems.of(stage.getScene(), scroll).forEach(problems::add));
        interact(() -> {
            try {
                LayoutProblems.screenshot(stage.getScene(), Path.of("target", "layout",
                        "1024x600-text200-guidance-fit.png"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals("", String.join("\n", problems));
        Bounds list = LayoutChecks.inScene(lookup("#guidance-list").query());
        Bounds title = LayoutChecks.inScene(lookup("#guidance-panel-title").query());
        assertTrue(title.getMinY() >= list.getMaxY(), "the list stands above the page: " + list + " / " + title);
    }

    @Test
    void aClickOnATopicOrEnterInTheListScrollsToItsPage() {
        ListCell<?> second = lookup("#guidance-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getIndex() == 1).findFirst().orElseThrow();
        clickOn(second);
        FxSettle.settle();
        assertEquals(second.getItem(), lookup("#guidance-list").queryListView().getSelectionModel().getSelectedItem());
        assertPageFillsTheView("after a click on a topic");

        ScrollPane scroll = lookup("#guidance-scroll").queryAs(ScrollPane.class);
        interact(() -> {
            scroll.setVvalue(0);
            lookup("#guidance-search").query().requestFocus();
        });
        type(KeyCode.DOWN);
        type(KeyCode.DOWN);
        FxSettle.settle();
        assertEquals("guidance-list", stage.getScene().getFocusOwner().getId(), "Down moved into the list");
        assertFalse(pageFillsTheView(), "the page is below the list");
        type(KeyCode.ENTER);
        FxSettle.settle();
        assertPageFillsTheView("after Enter in the list");
    }

    @Test
    void aRelatedLinkOpensItsPageFromItsTopAndALongLinkWraps() {
        clickOn(reveal("#guidance-panel-related-radiotherapy"));
        FxSettle.settle();
        assertEquals("Radiotherapy", lookup("#guidance-panel-title").queryAs(Label.class).getText());
        assertPageFillsTheView("after a related link");

        // its related links include "Gemcitabine + docetaxel after pelvic radiotherapy", wider than the page in a row
        Node longLink = reveal(lookup("#guidance-panel-related-regimen-gemcitabine-docetaxel-after-pelvic-rt").query());
        List<String> problems = new ArrayList<>();
        Parent scroll = lookup("#guidance-scroll").queryAs(Parent.class);
        interact(() -> LayoutProblems.of(stage.getScene(), scroll).forEach(problems::add));
        assertEquals("", String.join("\n", problems));
        assertTrue(longLink.getLayoutBounds().getHeight() > 60, "the long link wraps onto a second line");
    }

    private void assertPageFillsTheView(String when) {
        assertTrue(pageFillsTheView(), "the screen scrolled to the page's title " + when);
    }

    /**
     * Whether the screen shows as much of the page as it can: its title's first line (40 px at 200 %) in sight, and
     * in the top third of the viewport unless the screen is scrolled to its end (a short page).
     */
    private boolean pageFillsTheView() {
        ScrollPane scroll = lookup("#guidance-scroll").queryAs(ScrollPane.class);
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        Bounds title = LayoutChecks.inScene(lookup("#guidance-panel-title").query());
        boolean inSight = title.getMinY() >= viewport.getMinY() && title.getMinY() + 40 <= viewport.getMaxY();
        boolean high = title.getMinY() <= viewport.getMinY() + viewport.getHeight() / 3;
        return inSight && (high || scroll.getVvalue() >= scroll.getVmax());
    }
}
