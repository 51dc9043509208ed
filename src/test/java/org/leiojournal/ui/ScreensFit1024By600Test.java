package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leiojournal.ui.testing.FxSettle;

/**
 * The forms a tired patient meets most, at 200 % text in a 1024×600 window on a year of sample journal: each fits the
 * screen's width, nothing cut, no sideways scroll bar. Before, recording a dose scrolled sideways (the delay's reason
 * field, 676 px for 533), the appointment form cut its hints, Settings' profile was 812 px for 564 and Trends'
 * guidance 888 px for 564.
 */
class ScreensFit1024By600Test extends LayoutChecks {

    @BeforeEach
    void largeTextInASmallWindow() {
        for (int i = 0; i < 4; i++) {
            shortcut(KeyCode.EQUALS);
        }
        assertEquals("-fx-font-size: 28.00px;", stage.getScene().getRoot().getStyle(), "200 % text");
        interact(() -> {
            stage.setMinWidth(0);
            stage.setMinHeight(0);
            stage.setWidth(1024);
            stage.setHeight(600);
        });
        FxSettle.settle();
    }

    @AfterEach
    void usualText() {
        shortcut(KeyCode.DIGIT0); // the sample folder's settings are shared by the other tests
    }

    /** Treatment → Courses, a dose chosen: its actions (given, reduced, delayed with a reason) wrap in the card. */
    @Test
    void recordingADoseFits() {
        shortcut(KeyCode.DIGIT4);
        TabPane tabs = lookup("#treatment-tabs").queryAs(TabPane.class);
        interact(() -> tabs.getSelectionModel().select(0));
        FxSettle.settle();
        TableView<?> table = lookup("#administrations").queryAs(TableView.class);
        interact(() -> table.getSelectionModel().select(0));
        reveal("#delay-reason");
        assertFitsIn("#course-detail", "1024x600-text200-dose");
        Bounds card = LayoutChecks.inScene(lookup("#administration-actions").query());
        for (String id : List.of("#dose-given", "#dose-reduced", "#delay-reason", "#delay-apply", "#delay-undo")) {
            Bounds control = LayoutChecks.inScene(lookup(id).query());
            assertTrue(control.getMaxX() <= card.getMaxX() + 0.5, id + " inside the card: " + control + " / " + card);
        }
        // recorded: the screen's status floats over the window's bottom, in sight though the page is scrolled down
        // to the dose (it stood under the screen's title, scrolled out of sight, and kept an empty band there)
        clickOn(reveal("#dose-given"));
        FxSettle.settle();
        javafx.scene.control.Label status = lookup("#treatment-status").queryAs(javafx.scene.control.Label.class);
        assertTrue(status.isVisible() && !status.getText().isEmpty(), "a message: " + status.getText());
        Bounds message = LayoutChecks.inScene(status);
        assertTrue(message.getMinY() >= 0 && message.getMaxY() <= stage.getScene().getHeight() + 0.5
                && message.getMaxX() <= stage.getScene().getWidth() + 0.5, "the message in sight: " + message);
        assertFitsIn("#course-detail", "1024x600-text200-dose-recorded");
    }

    /** Appointments → Upcoming, the form: names above the fields, every hint whole. */
    @Test
    void theAppointmentFormFits() {
        shortcut(KeyCode.DIGIT5);
        reveal("#questions-carry");
        assertFitsIn("#upcoming-pane", "1024x600-text200-appointment-form");
        assertNameAbove("#appointment-title");
    }

    /**
     * Appointments → Upcoming, under its header with no empty band: each row's when, what and where are whole,
     * wrapped, and "What happened?" shows its two rows whole. They ended in "…" ("Sarcoma clinic, Sample Hospital · 1
     * ope…", "CT after 3 cycles of gemcitabine …"): a list's rows are not among the controls {@link LayoutProblems}
     * checks.
     */
    @Test
    void appointmentRowsAreWhole() {
        shortcut(KeyCode.DIGIT5);
        partsBuilt();
        // no empty band between the header and the tabs: the status line kept one, empty, ~40 px at 200 %
        Node choice = lookup("#tab-upcoming-choice").tryQuery().filter(Node::isVisible)
                .orElse(lookup("#appointment-tabs").query());
        double band = LayoutChecks.inScene(choice).getMinY()
                - LayoutChecks.inScene(lookup("#reminders-note").query()).getMaxY();
        assertTrue(band < 28, "the tabs follow the header: " + band + " px apart");
        reveal("#upcoming-list");
        check(stage.getScene(), "1024x600-text200-appointment-rows", new ArrayList<>());
        List<String> cut = new ArrayList<>();
        for (String list : List.of("#awaiting-list", "#upcoming-list")) {
            for (Node label : lookup(list + " .list-cell .label").queryAll()) {
                if (label.isVisible() && LayoutProblems.isCut((javafx.scene.control.Labeled) label)) {
                    cut.add(list + ": " + ((javafx.scene.control.Labeled) label).getText());
                }
            }
        }
        assertEquals("", String.join("\n", cut), "rows cut to \"…\"");
        javafx.scene.control.ListView<?> awaiting = lookup("#awaiting-list").queryAs(javafx.scene.control.ListView.class);
        double rows = lookup("#awaiting-list .list-cell").queryAll().stream()
                .filter(c -> !((javafx.scene.control.IndexedCell<?>) c).isEmpty())
                .mapToDouble(c -> ((javafx.scene.control.IndexedCell<?>) c).getHeight()).sum();
        assertTrue(awaiting.getHeight() >= rows, "\"What happened?\" shows its rows whole: " + awaiting.getHeight()
                + " px for " + rows);
    }

    /** Settings: the profile's names stand above its fields. */
    @Test
    void theProfileFits() {
        shortcut(KeyCode.DIGIT7);
        partsBuilt();
        assertFitsIn("#settings-view", "1024x600-text200-settings");
        assertNameAbove("#profile-date-of-birth");
    }

    /** Trends: the guidance under the charts, its title wrapped, opened. */
    @Test
    void trendsAndItsGuidanceFit() {
        shortcut(KeyCode.DIGIT3);
        clickOn(reveal("#trend-guidance-below .title"));
        FxSettle.settle();
        assertFitsIn("#trends-view", "1024x600-text200-trends-guidance");
    }

    /**
     * Treatment → Doxorubicin total and heart: the scale from 0 to 700 mg/m² follows the card's width, its marks'
     * figures whole and apart. It was drawn 560 px wide in fixed pixels, 594 px for 531 with its card.
     */
    @Test
    void theAnthracyclineScaleFits() {
        shortcut(KeyCode.DIGIT4);
        chooseTab("#treatment-tabs", "tab-anthracycline");
        reveal("#anthracycline-scale");
        assertFitsIn("#anthracycline-card", "1024x600-text200-anthracycline");
        Bounds card = LayoutChecks.inScene(lookup("#anthracycline-card .card").query());
        Bounds scale = LayoutChecks.inScene(lookup("#anthracycline-scale").query());
        assertTrue(scale.getMaxX() <= card.getMaxX() + 0.5, "the scale inside its card: " + scale + " / " + card);
        for (Node label : lookup("#anthracycline-scale .scale-label").queryAll()) {
            Bounds figure = LayoutChecks.inScene(label);
            assertTrue(figure.getMinX() >= scale.getMinX() - 0.5 && figure.getMaxX() <= scale.getMaxX() + 0.5
                    && figure.getMinY() >= scale.getMinY() - 0.5 && figure.getMaxY() <= scale.getMaxY() + 0.5,
                    "\"" + ((javafx.scene.control.Label) label).getText() + "\" within the scale: " + figure + " / "
                            + scale);
        }
    }

    /** Treatment → Blood tests: each test's name, however long, above its value, unit and range, all whole. */
    @Test
    void bloodTestsFit() {
        shortcut(KeyCode.DIGIT4);
        chooseTab("#treatment-tabs", "tab-blood-tests");
        reveal("#blood-test-values");
        assertFitsIn("#blood-tests-pane", "1024x600-text200-blood-tests");
    }

    /**
     * Appointments → Follow-up plan, two lines added: each line's from, until, every and what the source said, all
     * whole, the names beside the numbers.
     */
    @Test
    void theFollowUpPlanFits() {
        shortcut(KeyCode.DIGIT5);
        chooseTab("#appointment-tabs", "tab-followup");
        clickOn(reveal("#followup-add-line"));
        clickOn(reveal("#followup-add-line"));
        FxSettle.settle();
        reveal("#followup-from-0");
        assertFitsIn("#followup-pane", "1024x600-text200-followup");
        assertNameBeside("#followup-every-1");
        // the lines the user added have no source: no empty band for it between them (it was about 90 px)
        double gap = LayoutChecks.inScene(lookup("#followup-from-1").query()).getMinY()
                - LayoutChecks.inScene(lookup("#followup-every-0").query()).getMaxY();
        assertTrue(gap < 1.5 * 28, "the next line's \"From month\" follows \"Every\": " + gap + " px apart");
    }

    private void chooseTab(String tabs, String id) {
        TabPane pane = lookup(tabs).queryAs(TabPane.class);
        interact(() -> pane.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> pane.getSelectionModel().select(t)));
        FxSettle.settle();
    }

    private void assertFitsIn(String part, String shot) {
        List<String> problems = new ArrayList<>();
        check(stage.getScene(), shot, new ArrayList<>()); // the screenshot (and the whole window's layout)
        Parent within = lookup(part).queryAs(Parent.class);
        interact(() -> LayoutProblems.of(stage.getScene(), within).forEach(problems::add));
        assertEquals("", String.join("\n", problems), part + " at 1024x600 with 200 % text");
    }

    /** The field's name (its label) stands beside it, on its line. */
    private void assertNameBeside(String field) {
        Bounds name = LayoutChecks.inScene(nameOf(field));
        Bounds box = LayoutChecks.inScene(lookup(field).query());
        assertTrue(name.getMaxX() <= box.getMinX() && name.getMinY() < box.getMaxY() && name.getMaxY() > box.getMinY(),
                "the name beside " + field + ": " + name + " / " + box);
    }

    private Node nameOf(String field) {
        Node target = lookup(field).query();
        return lookup(".form-label").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.Label l && l.getLabelFor() == target && n.isVisible())
                .findFirst().orElseThrow();
    }

    /** The field's name (its label) stands above it, not beside it. */
    private void assertNameAbove(String field) {
        Bounds name = LayoutChecks.inScene(nameOf(field));
        Bounds box = LayoutChecks.inScene(lookup(field).query());
        assertTrue(name.getMaxY() <= box.getMinY() + 0.5, "the name above " + field + ": " + name + " / " + box);
    }
}
