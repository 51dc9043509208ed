package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.leiojournal.catalog.GuidanceCatalog;
import org.leiojournal.domain.guidance.GuidancePanel;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.testing.FxSettle;

/**
 * Reading guidance: finding a page on the Guidance screen by keyboard and following its links, and the pages
 * Today offers beside a symptom scored 4 or more.
 */
class GuidanceViewTest extends ScreenViewTest {

    private static final GuidancePanel NUMBNESS = GuidanceCatalog.bundled().find("numbness-tingling").orElseThrow();
    private static final GuidancePanel NAUSEA = GuidanceCatalog.bundled().find("nausea-vomiting").orElseThrow();

    @Override
    Screen screen() {
        return Screen.GUIDANCE;
    }

    @Test
    void searchingByKeyboardFindsAPageAndShowsItsTitleSourcesAndReviewDate() {
        assertEquals("guidance-search", focusedId(), "the screen opens with the cursor in the search field");

        write("numb");
        ListView<GuidancePanel> list = lookup("#guidance-list").queryListView();
        assertTrue(list.getItems().contains(NUMBNESS), "the numbness page is listed");
        assertFalse(list.getItems().stream().anyMatch(p -> p.id().equals("about-lms")), "the list follows the search");

        type(KeyCode.DOWN);
        assertEquals("guidance-list", focusedId(), "Down moves from the search field into the list");
        for (int i = 0; i < list.getItems().size() && list.getSelectionModel().getSelectedItem() != NUMBNESS; i++) {
            type(KeyCode.DOWN);
        }
        assertEquals(NUMBNESS.title(), text("#guidance-panel-title"));
        String source = NUMBNESS.sources().get(0).title();
        assertFalse(lookup("#guidance-panel-sources").query().isVisible(),
                "the sources wait behind \"Why? Sources\", not a wall of addresses");
        clickOn(reveal("#guidance-panel-why"));
        assertTrue(lookup("#guidance-panel-sources").query().isVisible(), "one click opens them");
        assertTrue(lookup("#guidance-panel-sources .source-title").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals(source)), "its sources are named");
        assertTrue(lookup("#guidance-panel-sources .source-url").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals(NUMBNESS.sources().get(0).url())), "with their addresses below");
        assertEquals("Where this page comes from: sources",
                lookup("#guidance-panel-why").query().getAccessibleText());
        assertEquals("Reviewed on Sun 6 Dec 2026 against the sources above. Next review due Mon 6 Dec 2027.",
                text("#guidance-panel-reviewed"));
    }

    @Test
    void aSearchThatFindsNothingSaysSoInsteadOfAnUnrelatedPageAndLeadsBackToAllTopics() {
        write("zebra");
        ListView<GuidancePanel> list = lookup("#guidance-list").queryListView();
        assertTrue(list.getItems().isEmpty());
        assertTrue(lookup("#guidance-panel-title").tryQuery().isEmpty(), "no page unrelated to the search");
        assertTrue(lookup("#guidance-nothing-found").query().isVisible());
        assertEquals("Nothing found for \u201czebra\u201d", text("#guidance-nothing-found-title"));

        clickOn(reveal("#guidance-show-all"));
        assertEquals("", lookup("#guidance-search").queryAs(TextField.class).getText());
        assertEquals(GuidanceCatalog.bundled().all().size(), list.getItems().size(), "every topic is listed again");
        assertFalse(lookup("#guidance-nothing-found").query().isVisible());
        assertEquals("About leiomyosarcoma (LMS)", text("#guidance-panel-title"), "the page read before the search");
        assertEquals("guidance-search", focusedId(), "ready for another search");
    }

    @Test
    void thePageShownIsMarkedInTheListWhileTheSearchNarrowsIt() {
        ListView<GuidancePanel> list = lookup("#guidance-list").queryListView();
        GuidancePanel shown = list.getSelectionModel().getSelectedItem();
        assertEquals("about-lms", shown.id());
        write("leio");
        assertEquals(shown.title(), text("#guidance-panel-title"), "the page still matches, so it stays");
        assertEquals(shown, list.getSelectionModel().getSelectedItem(), "and the list still marks it");
        assertEquals("guidance-search", focusedId());
        ListCell<?> cell = lookup("#guidance-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() == shown).findFirst().orElseThrow();
        assertTrue(cell.getBorder() != null && cell.getBorder().getInsets().getLeft() > 0,
                "an edge marks the row while the cursor is in the search field, not only a pale bar");
    }

    /** At 200 % a title's longest word ("leiomyosarcoma") was broken over two lines in the list. */
    @Test
    void atTwiceTheTextEveryTitleInTheListBreaksOnlyBetweenWords() {
        Look look = (Look) stage.getScene().getProperties().get(Look.class);
        interact(() -> look.appearanceProperty().set(look.appearanceProperty().get().withTextSize(200)));
        FxSettle.settle();
        Label title = lookup("#guidance-list .guidance-list-title").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).findFirst().orElseThrow();
        assertEquals(28, title.getFont().getSize(), 0.01);
        double room = title.getWidth() - title.getInsets().getLeft() - title.getInsets().getRight();
        // the shown page's title is bold: measure every word so
        Font bold = Font.font(title.getFont().getFamily(), FontWeight.BOLD, title.getFont().getSize());
        for (GuidancePanel panel : GuidanceCatalog.bundled().all()) {
            for (String word : panel.title().split("\\s+")) {
                Text measure = new Text(word);
                measure.setFont(bold);
                assertTrue(measure.getLayoutBounds().getWidth() <= room,
                        "\"" + word + "\" of \"" + panel.title() + "\" fits a row of " + room + " px");
            }
        }
    }

    @Test
    void aRelatedLinkOpensTheOtherPageInPlace() {
        write("numb");
        ListView<GuidancePanel> list = lookup("#guidance-list").queryListView();
        interact(() -> list.getSelectionModel().select(NUMBNESS));

        clickOn(reveal("#guidance-panel-related-docetaxel"));

        assertEquals("Docetaxel", text("#guidance-panel-title"));
        assertEquals("docetaxel", list.getSelectionModel().getSelectedItem().id(), "the list shows where you are");
    }

    @Test
    void aScoreOfFourOrMoreOnTodayOffersItsPageAndReadMoreOpensIt() {
        visit(Screen.TODAY);
        System.gc(); // the card must keep following the form, not only until the first collection
        Node hints = lookup("#guidance-hints").query();
        assertFalse(hints.isVisible(), "nothing to offer before anything is scored");

        clickOn("#item-esas-nausea").write("5");
        assertTrue(hints.isVisible());
        assertEquals(NAUSEA.title(), text("#guidance-hint-nausea-vomiting-title"));
        clickOn("#item-esas-pain").write("7");
        assertEquals(2, lookup(".guidance-hint-title").queryAll().size(), "one line per page: pain and nausea");

        replaceText("#item-esas-nausea", "3");
        assertTrue(lookup("#guidance-hint-nausea-vomiting-title").tryQuery().isEmpty(), "a score of 3 offers nothing");
        assertTrue(lookup("#guidance-hint-pain-title").tryQuery().isPresent());
        replaceText("#item-esas-pain", "");
        assertFalse(hints.isVisible(), "hidden when no score reaches 4");

        replaceText("#item-esas-nausea", "6");
        clickOn(reveal("#guidance-hint-nausea-vomiting-more"));
        assertTrue(lookup("#guidance-view").query().isVisible(), "Read more opens the Guidance screen");
        assertEquals(NAUSEA.title(), text("#guidance-panel-title"));
        assertEquals(NAUSEA, lookup("#guidance-list").queryListView().getSelectionModel().getSelectedItem(),
                "the list marks the page opened");

        visit(Screen.TODAY);
        assertEquals("6", lookup("#item-esas-nausea").queryAs(TextField.class).getText(), "the form is kept");
    }

    /** Issue 22: the Blood tests tab leads to the page on what the results mean. */
    @Test
    void theBloodTestsTabLinksToItsGuidancePage() {
        visit(Screen.TREATMENT);
        clickOn("#tab-blood-tests .tab-label");
        clickOn(reveal("#blood-tests-guidance"));
        assertTrue(lookup("#guidance-view").query().isVisible(), "the link opens the Guidance screen");
        assertEquals("Blood tests during chemotherapy", text("#guidance-panel-title"));
    }

    private void replaceText(String query, String value) {
        TextField field = lookup(query).queryAs(TextField.class);
        interact(field::requestFocus);
        push(KeyCode.CONTROL, KeyCode.A);
        type(KeyCode.BACK_SPACE);
        write(value);
        FxSettle.settle();
    }

    private String focusedId() {
        FxSettle.settle();
        Node focused = stage.getScene().getFocusOwner();
        return focused == null ? null : focused.getId();
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }
}
