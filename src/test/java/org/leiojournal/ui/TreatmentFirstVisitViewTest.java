package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.testing.FxSettle;
import org.leiojournal.ui.treatment.DayBox;

/**
 * Issue 21: the Treatment screen's first visit builds the course shown and nothing the user has not asked for yet:
 * each other tab's pane when the tab is first chosen (the blood tests too, since the sixth session), a calendar
 * day's tooltip when the pointer first comes over it.
 * What the user sees is the same as before.
 */
class TreatmentFirstVisitViewTest extends ScreenViewTest {

    @Override
    Screen screen() {
        return Screen.TREATMENT;
    }

    @Test
    void eachOtherTabIsBuiltWhenFirstChosenAndKeptAfterwards() {
        TabPane tabs = lookup("#treatment-tabs").queryAs(TabPane.class);
        assertEquals("tab-courses", tabs.getSelectionModel().getSelectedItem().getId());
        assertTrue(lookup("#courses-pane").tryQuery().isPresent());
        for (String id : new String[] {"tab-medicines", "tab-procedures", "tab-anthracycline", "tab-blood-tests"}) {
            assertNull(tab(tabs, id).getContent(), id + " not built before it is chosen");
        }
        assertTrue(lookup("#medicines-pane").tryQuery().isEmpty());

        clickOn("#tab-medicines .tab-label");
        FxSettle.settle();
        assertNotNull(lookup("#medicines-pane").query(), "built and shown when chosen");
        assertNull(tab(tabs, "tab-procedures").getContent(), "the others still wait");
        var medicines = tab(tabs, "tab-medicines").getContent();

        clickOn("#tab-courses .tab-label");
        clickOn("#tab-medicines .tab-label");
        FxSettle.settle();
        assertTrue(medicines == tab(tabs, "tab-medicines").getContent(), "built once: what was typed there stays");

        clickOn("#tab-anthracycline .tab-label");
        FxSettle.settle();
        assertNotNull(lookup("#heart-scans-pane").query());

        assertTrue(lookup("#blood-tests-pane").tryQuery().isEmpty());
        clickOn("#tab-blood-tests .tab-label");
        FxSettle.settle();
        assertNotNull(lookup("#blood-test-wbc-value").query(), "the blood tests' form, built when chosen");
        assertTrue(lookup("#blood-tests-guidance").query().isVisible(), "with its link to the Guidance page");
    }

    @Test
    void aCalendarDayGetsItsTooltipWhenThePointerFirstComesOverIt() {
        planHensleyCourse("25/10/2026");
        calendarBuilt();
        DayBox day = calendarDay(2, 1);
        assertNull(day.getTooltip(), "none made before it is wanted");
        moveTo(reveal(day));
        FxSettle.settle();
        assertNotNull(day.getTooltip());
        assertEquals(day.getAccessibleText(), day.getTooltip().getText());
        assertTrue(day.getTooltip().getText().startsWith("Sun 15 Nov 2026"), day.getTooltip().getText());
    }

    /**
     * The calendar's days are cheap to style (issue 21): boxes with a bare text, not labels, and without an id each,
     * since JavaFX reuses the styles it matched only for nodes alike in kind, classes and id (an id a day made every
     * box match the whole stylesheet afresh: three times the UI thread's work for the calendar). A cycle's heading
     * has no id either (nor its line of blood counts): an id each made each row's heading a kind of its own, about a
     * sixth of the kinds of node the first visit styled for the first time.
     */
    @Test
    void theCalendarsDaysAndCycleHeadingsShareTheirStyles() {
        planHensleyCourse("25/10/2026");
        calendarBuilt();
        java.util.Set<javafx.scene.Node> days = lookup(".strip-day").queryAll();
        assertTrue(days.size() > 21, "the boxes of a few cycles: " + days.size());
        assertTrue(days.stream().allMatch(d -> d instanceof DayBox && d.getId() == null), "no label, no id");
        assertEquals("1", calendarDay(2, 1).getText().lines().findFirst().orElseThrow(), "found by cycle and day");
        java.util.Set<javafx.scene.Node> headings = lookup(".strip-cycle").queryAll();
        assertTrue(headings.size() > 1, "the headings of a few cycles: " + headings.size());
        assertTrue(headings.stream().allMatch(h -> h.getId() == null), "no heading with an id");
        assertTrue(calendarCycle(2).getText().startsWith("Cycle 2"), "found by cycle: " + calendarCycle(2).getText());
    }

    /**
     * The calendar's rows come after the course's first frame, two cycles then six a frame, with "Loading the
     * calendar…" until the last is in: the window answers between them instead of freezing for the whole calendar.
     */
    @Test
    void theCalendarComesAFewCyclesAFrameAfterTheCourseShows() {
        java.util.List<Integer> rowsAtEachFrame = new java.util.ArrayList<>();
        java.util.List<Boolean> loadingAtEachFrame = new java.util.ArrayList<>();
        Runnable watch = () -> {
            rowsAtEachFrame.add(stage.getScene().getRoot().lookupAll(".strip-cycle").size());
            loadingAtEachFrame.add(stage.getScene().getRoot().lookup("#strip-loading") != null);
        };
        planHensleyCourse("25/08/2026", () -> stage.getScene().addPostLayoutPulseListener(watch));
        calendarBuilt();
        interact(() -> stage.getScene().removePostLayoutPulseListener(watch));

        int all = lookup(".strip-cycle").queryAll().size();
        assertEquals(7, all, "25 Aug to 22 Nov: cycles 1 to 5 started, and the next two");
        assertTrue(calendarDayIfAny(7, 1).isPresent());
        int most = 0;
        for (int i = 1; i < rowsAtEachFrame.size(); i++) {
            most = Math.max(most, rowsAtEachFrame.get(i) - rowsAtEachFrame.get(i - 1));
        }
        assertTrue(most > 0 && most <= 6, "at most six cycles a frame: " + rowsAtEachFrame);
        assertTrue(java.util.stream.IntStream.range(0, rowsAtEachFrame.size())
                .anyMatch(i -> loadingAtEachFrame.get(i) && rowsAtEachFrame.get(i) < all),
                "a frame said \"Loading the calendar…\" before the last rows: " + loadingAtEachFrame);
    }

    /**
     * What a laptop's window shows comes first (issue 21: a visit is timed to the frame with nothing "Loading…" in
     * sight): the course's first frame, then the calendar's key and first two cycles, which push what is still
     * coming below a 1366 × 768 window's edge; then the cards under the calendar, with "Loading…" in their place
     * until then: the table of doses given without its rows (no placeholder saying there are no doses meanwhile),
     * its actions and stopping the course in the frame after, the table's rows in the one after that, then the
     * calendar's other five cycles; and they stand in the same order as before: calendar, doses given, stop.
     */
    @Test
    void theCalendarsFirstRowsComeBeforeTheCardsUnderIt() {
        java.util.List<String> frames = new java.util.ArrayList<>();
        Runnable watch = () -> {
            javafx.scene.Node root = stage.getScene().getRoot();
            if (root.lookup("#course-title") != null) {
                // a letter each: the administrations, their rows, their placeholder, actions, stop, "Loading…"
                javafx.scene.Node table = root.lookup("#administrations");
                boolean rows = table instanceof javafx.scene.control.TableView<?> t && !t.getItems().isEmpty();
                boolean placeholder = root.lookupAll("#administrations .placeholder .label").stream()
                        .anyMatch(TreatmentFirstVisitViewTest::shown);
                frames.add((table != null ? "A" : "-") + (rows ? "R" : "-") + (placeholder ? "P" : "-")
                        + (root.lookup("#dose-given") != null ? "D" : "-")
                        + (root.lookup("#course-stop") != null ? "S" : "-")
                        + (root.lookup("#course-cards-loading") != null ? "L" : "-")
                        + root.lookupAll(".strip-cycle").size());
            }
        };
        planHensleyCourse("25/08/2026", () -> stage.getScene().addPostLayoutPulseListener(watch));
        calendarBuilt();
        interact(() -> stage.getScene().removePostLayoutPulseListener(watch));

        assertTrue(frames.size() >= 6, frames.toString());
        assertEquals("-----L0", frames.get(0), "the course's first frame: \"Loading…\" where the cards will be "
                + frames);
        assertEquals("-----L2", frames.get(1), "the next frame: the calendar's first two cycles, \"Loading…\" "
                + "still under it " + frames);
        assertEquals("A----L2", frames.get(2), "the next: the doses given without their rows and with no "
                + "placeholder, \"Loading…\" under them " + frames);
        assertEquals("A--DS-2", frames.get(3), "the next: their actions and stopping the course, \"Loading…\" gone "
                + frames);
        assertEquals("AR-DS-2", frames.get(4), "the next: the table's rows " + frames);
        assertEquals("AR-DS-7", frames.get(5), "then the other five cycles, the calendar's last frame " + frames);
        java.util.List<String> wanted = java.util.List.of("cycle-strip", "administrations", "dose-given", "course-stop");
        java.util.List<String> order = new java.util.ArrayList<>();
        interact(() -> inTreeOrder(lookup("#course-detail").query(), wanted, order));
        assertEquals(wanted, order,
                "the Tab key's order: calendar, the doses given and their actions, then stopping the course");
    }

    /**
     * The screen's first frame brings the tabs and the course list with "Loading…" where the course will be; the
     * course comes in the next frame (all of it in one frame was the first visit's longest freeze, issue 21).
     */
    @Test
    void theCourseComesTheFrameAfterTheList() {
        java.util.List<String> frames = new java.util.ArrayList<>();
        javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane();
        Runnable watch = () -> frames.add((holder.lookup("#course-list") != null ? "C" : "-")
                + (holder.lookup("#course-loading") != null ? "L" : "-")
                + (holder.lookup("#course-detail") != null ? "D" : "-"));
        interact(() -> {
            var model = new org.leiojournal.ui.treatment.TreatmentViewModel(screens.state(), store.courses(),
                    context(new org.leiojournal.ui.common.Messages(java.util.Locale.UK)),
                    org.leiojournal.catalog.RegimenCatalog.bundled());
            javafx.scene.layout.StackPane root = (javafx.scene.layout.StackPane) lookup("#treatment-view").query()
                    .getParent();
            root.getChildren().set(0, holder);
            stage.getScene().addPostLayoutPulseListener(watch);
            holder.getChildren().add(new org.leiojournal.ui.treatment.CoursesPane(model,
                    new org.leiojournal.ui.common.Messages(java.util.Locale.UK)));
        });
        FxSettle.settle();
        interact(() -> stage.getScene().removePostLayoutPulseListener(watch));
        assertEquals("CL-", frames.get(0), "the first frame: the list, \"Loading…\" for the course " + frames);
        assertEquals("C-D", frames.get(1), "the next: the course in its place " + frames);
    }

    /**
     * The calendar's key (its colours and letters) comes with the calendar's first rows, not in the course's first
     * frame, the screen's longest (issue 21); once in, it stands above the rows as before.
     */
    @Test
    void theCalendarsKeyComesWithItsFirstRows() {
        java.util.List<String> frames = new java.util.ArrayList<>();
        Runnable watch = () -> {
            javafx.scene.Node root = stage.getScene().getRoot();
            if (root.lookup("#course-title") != null) {
                frames.add((root.lookup("#strip-legend") != null ? "K" : "-")
                        + root.lookupAll(".strip-cycle").size());
            }
        };
        planHensleyCourse("25/08/2026", () -> stage.getScene().addPostLayoutPulseListener(watch));
        calendarBuilt();
        interact(() -> stage.getScene().removePostLayoutPulseListener(watch));

        assertEquals("-0", frames.get(0), "no key in the course's first frame " + frames);
        for (String frame : frames) {
            assertEquals(frame.startsWith("K"), !frame.substring(1).equals("0"), "the key exactly when rows are in " + frames);
        }
        java.util.List<String> order = new java.util.ArrayList<>();
        interact(() -> inTreeOrder(lookup("#cycle-strip").query(), java.util.List.of("strip-legend", "cycle 1"), order));
        assertEquals(java.util.List.of("strip-legend", "cycle 1"), order, "the key above the rows");
    }

    /**
     * The buttons that stand in for the tabs when their row does not fit are made only then: at 100 % text, where
     * the row fits, none is made (they were five hidden buttons in the first frame, issue 21).
     */
    @Test
    void noTabButtonsAreMadeWhileTheTabsOwnRowFits() {
        assertTrue(lookup("#treatment-tabs .tab-header-area").query().isVisible(), "the tab pane's own row shows");
        assertTrue(lookup(".tab-choice").tryQuery().isEmpty(), "no wrapping buttons made");
    }

    /**
     * The course list is a box of rows, one a course, the shown one selected: no list's virtual flow, filler cells or
     * hidden scroll bars styled with the screen's first frame (issue 21). Its keys and screen-reader words:
     * {@code PlainListViewTest}.
     */
    @Test
    void theCourseListIsABoxOfRowsWithTheShownCourseSelected() {
        planHensleyCourse("25/08/2026");
        javafx.scene.Node list = lookup("#course-list").query();
        assertTrue(list.lookupAll(".virtual-flow").isEmpty(), "no virtual flow");
        assertTrue(list.lookupAll(".scroll-bar").isEmpty(), "no scroll bar made for a list that fits");
        java.util.List<javafx.scene.control.Label> rows = list.lookupAll(".list-cell").stream()
                .map(javafx.scene.control.Label.class::cast).toList();
        assertEquals(1, rows.size(), "a row for the one course, none for nothing");
        assertTrue(rows.get(0).getText().startsWith("Gemcitabine + docetaxel\n"), rows.get(0).getText());
        assertTrue(rows.get(0).getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("selected")),
                "the course shown is selected");
    }

    /**
     * The list of templates under the course list is styled when first opened: left to JavaFX, the box's least width
     * was its list's, so the whole hidden list (a menu item a template) was styled in the screen's first frame
     * (issue 21). Opened, it lists every template, and the box keeps the column's width.
     */
    @Test
    void theTemplatesListIsStyledWhenFirstOpened() throws ReflectiveOperationException {
        javafx.scene.control.ChoiceBox<?> box = lookup("#course-template").queryAs(javafx.scene.control.ChoiceBox.class);
        java.lang.reflect.Field field = javafx.scene.control.skin.ChoiceBoxSkin.class.getDeclaredField("popup");
        field.setAccessible(true);
        javafx.scene.control.ContextMenu list = (javafx.scene.control.ContextMenu) field.get(box.getSkin());
        assertNull(list.getSkin(), "the list not styled with the screen");
        javafx.scene.layout.Region column = (javafx.scene.layout.Region) box.getParent();
        assertEquals(column.getWidth() - column.snappedLeftInset() - column.snappedRightInset(), box.getWidth(), 0.5,
                "the box fills the column");

        clickOn(box);
        FxSettle.settle();
        assertTrue(box.isShowing(), "a click opens it, as before");
        assertNotNull(list.getSkin(), "styled once opened");
        assertEquals(box.getItems().size(), list.getItems().size(), "every template, and starting from scratch");
        push(javafx.scene.input.KeyCode.ESCAPE);
        FxSettle.settle();
        assertFalse(box.isShowing());
    }

    /**
     * The page's and the course's scroll panes make a bar only when there is something to scroll: at 100 % text
     * the page never scrolls and the course never scrolls sideways (their hidden bars were 24 nodes of the screen's
     * first frame, issue 21). The course list's bars are its list's own.
     */
    @Test
    void noScrollBarIsMadeThatIsNotShown() {
        planHensleyCourse("25/08/2026");
        calendarBuilt();
        java.util.List<String> hidden = lookup("#treatment-view .scroll-bar").queryAll().stream()
                .filter(bar -> bar.getClass() == javafx.scene.control.ScrollBar.class && !bar.isVisible())
                .map(bar -> ((javafx.scene.control.ScrollBar) bar).getOrientation() + " in "
                        + bar.getParent().getParent()).toList();
        assertEquals(java.util.List.of(), hidden, "hidden scroll bars");
        assertTrue(lookup("#course-detail .scroll-bar").queryAll().stream().anyMatch(javafx.scene.Node::isVisible),
                "the course, longer than the window with its calendar, scrolls down");
    }

    /**
     * The administrations' actions come with their table, its rows a frame later, and work as before: enabled once a
     * dose is chosen.
     */
    @Test
    void theDosesGivenGetTheirActionsEnabledOnceADoseIsChosen() {
        planHensleyCourse("25/10/2026");
        calendarBuilt();
        javafx.scene.Node actions = lookup("#administration-actions").query();
        assertTrue(actions.isDisabled(), "nothing chosen yet: nothing to record");
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<Object> table = lookup("#administrations").queryAs(javafx.scene.control.TableView.class);
        reveal("#administrations");
        interact(() -> table.getSelectionModel().select(0));
        assertFalse(actions.isDisabled(), "a dose chosen: its actions answer");
        assertFalse(lookup("#dose-given").query().isDisabled());
        assertTrue(label("#administration-selected").contains("cycle 1 day 1"), label("#administration-selected"));
        clickOn(reveal("#dose-given"));
        FxSettle.settle();
        assertEquals(org.leiojournal.domain.treatment.DoseOutcome.GIVEN, store.courses().all().get(0).history()
                .doses().get(0).outcome(), "the button records the dose, as before");
    }

    /**
     * The plan's sources are made when their section is first opened (issue 21): folded, nothing of them is built;
     * opened with the keyboard, the list is there with every source of the plan, once each.
     */
    @Test
    void theSourcesAreMadeWhenTheirSectionIsFirstOpened() {
        planHensleyCourse("25/10/2026");
        javafx.scene.control.TitledPane pane = lookup("#course-sources-pane").queryAs(javafx.scene.control.TitledPane.class);
        assertFalse(pane.isExpanded());
        assertTrue(lookup("#course-sources").tryQuery().isEmpty(), "folded: not built");

        reveal("#course-sources-pane");
        interact(pane::requestFocus);
        push(javafx.scene.input.KeyCode.SPACE);
        FxSettle.settle();
        assertTrue(pane.isExpanded(), "Space opens it, as before");
        var plan = store.courses().all().get(0).plan();
        java.util.List<String> sources = new java.util.ArrayList<>();
        plan.phases().forEach(phase -> {
            phase.drugs().forEach(d -> sources.addAll(d.sources()));
            phase.support().forEach(s -> sources.addAll(s.sources()));
            phase.monitoring().forEach(m -> sources.addAll(m.sources()));
            phase.lowCounts().forEach(w -> sources.addAll(w.sources()));
        });
        String shown = label("#course-sources");
        assertEquals(String.join("\n", sources.stream().distinct().toList()), shown);
        assertTrue(shown.contains("https://pubmed.ncbi.nlm.nih.gov/12065559/"), shown);
        assertTrue(lookup("#course-sources").query().isVisible());

        push(javafx.scene.input.KeyCode.SPACE);
        push(javafx.scene.input.KeyCode.SPACE);
        FxSettle.settle();
        assertTrue(pane.isExpanded());
        assertEquals(1, lookup("#course-sources").queryAll().size(), "made once, kept when folded and opened again");
    }

    /** The ids among {@code wanted} in the order a walk of the scene graph meets them, the Tab key's order. */
    /** Visible, and so is everything it is in. */
    private static boolean shown(javafx.scene.Node node) {
        return node == null || node.isVisible() && shown(node.getParent());
    }

    private static void inTreeOrder(javafx.scene.Node node, java.util.List<String> wanted, java.util.List<String> found) {
        String name = name(node);
        if (name != null && wanted.contains(name)) {
            found.add(name);
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> inTreeOrder(child, wanted, found));
        }
    }

    /** Its id; a calendar row's heading, which has none, "cycle N". */
    private static String name(javafx.scene.Node node) {
        Object cycle = node.getProperties().get(org.leiojournal.ui.treatment.CycleStrip.CYCLE);
        return cycle != null && node.getStyleClass().contains("strip-cycle") ? "cycle " + cycle : node.getId();
    }

    private static Tab tab(TabPane tabs, String id) {
        return tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    }
}
