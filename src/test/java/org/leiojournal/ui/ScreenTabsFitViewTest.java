package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.testing.FxSettle;

/**
 * Treatment's and Appointments' tabs at 200 % text in a 1024×600 window: every tab's content ends inside its tab, so
 * the screen scrolls to the end of it. The tabs' least height (26 em) replaced the height their chosen tab needs, and
 * Treatment's Courses ran 333 px past the tabs' bottom, cut off where no scrolling reached.
 */
class ScreenTabsFitViewTest extends ScreenViewTest {

    @Override
    Screen screen() {
        return Screen.TREATMENT;
    }

    @Override
    boolean besideTheSidebar() {
        return true; // the width the tabs have in the window
    }

    @Test
    void at200PercentTextIn1024By600EveryTabsContentEndsInsideItsTabAndTheScreenScrollsToIt() {
        at200PercentTextIn1024By600();
        List<String> cut = new ArrayList<>();
        for (Screen screen : List.of(Screen.TREATMENT, Screen.APPOINTMENTS)) {
            visit(screen);
            TabPane tabs = lookup(".screen-tabs").queryAs(TabPane.class);
            for (Tab tab : List.copyOf(tabs.getTabs())) {
                interact(() -> tabs.getSelectionModel().select(tab));
                FxSettle.settle();
                interact(() -> {
                    Node content = tab.getContent();
                    Bounds inTabs = tabs.sceneToLocal(content.localToScene(content.getLayoutBounds()));
                    if (inTabs.getMaxY() > tabs.getHeight() + 1) {
                        cut.add(tab.getId() + " ends " + Math.round(inTabs.getMaxY() - tabs.getHeight())
                                + " px below its tabs");
                    }
                    ScrollPane page = pageOf(tabs);
                    Bounds tabsInPage = page.getContent().sceneToLocal(tabs.localToScene(tabs.getLayoutBounds()));
                    if (tabsInPage.getMaxY() > page.getContent().getLayoutBounds().getHeight() + 1) {
                        cut.add(tab.getId() + ": the screen does not scroll to its tabs' bottom");
                    }
                });
            }
        }
        assertEquals("", String.join("\n", cut));
    }

    /** The scroll pane the screen scrolls in as one page. */
    private static ScrollPane pageOf(Node tabs) {
        Node node = tabs.getParent();
        while (!(node instanceof ScrollPane)) {
            node = node.getParent();
        }
        return (ScrollPane) node;
    }
}
