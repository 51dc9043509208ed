package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.alert.Acknowledgement;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.treatment.BodySurfaceArea;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseHistory;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.testing.FxSettle;

/**
 * Alerts on Today, in two tiers ("call your care team now", "tell your care team soon"): a save raises them naming
 * what was seen, the rule with its number and the source; they stay, across restarts, until the user marks them as
 * read, which is stored with what they did.
 */
class AlertsViewTest extends ScreenViewTest {

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText().replace('\u00A0', ' ');
    }

    private List<String> lines(String query) {
        return lookup(query).queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList();
    }

    private Alert onlyOpenAlert() {
        List<Alert> open = store.alerts().open();
        assertEquals(1, open.size(), () -> "open: " + open);
        return open.get(0);
    }

    @Override
    Screen screen() {
        return Screen.TODAY;
    }

    @Test
    void aScoreOf7RaisesATellSoonAlertNamingTheItemTheRuleAndItsSource() {
        assertFalse(lookup("#alert-panel").query().isVisible(), "nothing to report yet");
        assertTrue(lookup("#alert-list").tryQuery().isEmpty() && lookup("#alert-not-sent").tryQuery().isEmpty(),
                "the panel's list and lines are built when the first alert opens, not hidden from the start (issue 21)");
        clickOn("#item-esas-pain").write("7");
        saveCheckIn();

        assertTrue(lookup("#alert-panel").query().isVisible());
        assertEquals("Tell your care team soon", text("#alert-heading-tell-soon"));
        assertTrue(lookup("#alert-heading-call-now").tryQuery().isEmpty(), "nothing to call about now");
        assertTrue(text("#alert-advice-tell-soon").contains("next contact"), text("#alert-advice-tell-soon"));
        long id = onlyOpenAlert().id();
        assertEquals("Pain: 7, recorded Sun 22 Nov 2026, 09:30", text("#alert-seen-" + id));
        assertEquals("Rule: 7 or more", text("#alert-rule-" + id));
        assertFalse(lookup("#alert-source-" + id).query().isVisible(), "the sources wait behind Why?");
        clickOn(reveal("#why-alert-" + id));
        assertTrue(lookup("#alert-source-" + id).query().isVisible());
        assertEquals(List.of("This rule comes from:", "Selby D et al. 2010: moderate and severe cut-points for ESAS symptom scores",
                "https://www.ncbi.nlm.nih.gov/pubmed/19963335"), lines("#alert-source-" + id).subList(0, 3),
                "each source's title first, its address below it");
        assertTrue(text("#alert-emergency").contains("Chest pain"), "the emergency list comes with every alert");
        assertTrue(lookup("#alert-add-number").query().isVisible(), "no number saved yet: offer to add one");
        assertTrue(lookup("#checkin-status").queryAs(Label.class).getText().contains("tell your care team soon"));
        assertTrue(text("#alert-not-sent").contains("not sent to your care team"), "nobody else sees the journal");
        assertEquals("These alert rules were checked against their sources on Sun 6 Dec 2026. Next review due "
                + "Mon 6 Dec 2027.", text("#alert-rules-reviewed"), "the rules' review dates, from the rules file");
    }

    @Test
    void bothTiersLookDifferentAndCallNowComesFirst() {
        clickOn("#item-esas-pain").write("7");
        clickOn(reveal("#checkin-temperature")).write("38.2");
        saveCheckIn();

        javafx.scene.layout.VBox list = lookup("#alert-list").queryAs(javafx.scene.layout.VBox.class);
        assertEquals(List.of("alert-tier-call-now", "alert-tier-tell-soon"),
                list.getChildren().stream().map(Node::getId).toList(), "call-now first");
        Label callNow = lookup("#alert-heading-call-now").queryAs(Label.class);
        Label tellSoon = lookup("#alert-heading-tell-soon").queryAs(Label.class);
        assertEquals("Call your care team now", callNow.getText());
        assertEquals("Tell your care team soon", tellSoon.getText());
        assertTrue(callNow.getStyleClass().contains("tier-call-now"), callNow.getStyleClass().toString());
        assertTrue(tellSoon.getStyleClass().contains("tier-tell-soon"), tellSoon.getStyleClass().toString());
        assertEquals("!", iconMark(callNow), "a warning triangle with !, not only a colour");
        assertEquals("i", iconMark(tellSoon));
        assertTrue(callNow.getGraphic().lookup(".tier-icon-shape") instanceof javafx.scene.shape.Polygon);
        assertTrue(tellSoon.getGraphic().lookup(".tier-icon-shape") instanceof javafx.scene.shape.Circle);
        assertTrue(lookup("#alert-panel").query().getStyleClass().contains("alert-panel-call-now"));
        assertEquals("Call now: 1  ·  Tell your team: 1", text("#alert-counts"), "both tiers counted above the list");
        assertTrue(lookup("#alert-counts").query().getStyleClass().contains("tier-call-now"),
                "the top line takes the call-now look while the list scrolls");
        assertTrue(lookup("#checkin-status").queryAs(Label.class).getText().contains("call your care team now"));

        Alert pain = store.alerts().open().stream().filter(a -> a.ruleId().equals("esas-severe")).findFirst()
                .orElseThrow();
        clickOn(reveal("#alert-ack-" + pain.id()));
        FxSettle.settle();
        assertEquals(List.of("temperature"), store.alerts().open().stream().map(Alert::ruleId).toList(),
                "a tell-soon alert is read like any other, and the call-now one stays");
        assertEquals(List.of("alert-tier-call-now"), list.getChildren().stream().map(Node::getId).toList());
    }

    @Test
    void whyOpensTheSourcesFromTheKeyboardAndSaysWhatItIs() {
        clickOn("#item-esas-pain").write("7");
        saveCheckIn();
        long id = onlyOpenAlert().id();
        javafx.scene.control.ToggleButton why = lookup("#why-alert-" + id).queryAs(
                javafx.scene.control.ToggleButton.class);
        assertEquals("Why this alert: sources", why.getAccessibleText(), "what a screen reader says");
        assertFalse(why.isSelected(), "closed at first");
        assertFalse(lookup("#alert-tier-source-tell-soon").query().isVisible(), "the tier's sources too");

        assertEquals("Why? Sources", why.getText().replace("_", ""));
        push(KeyCode.ALT, KeyCode.O); // Alt+H, W, Y and S are taken on Today
        FxSettle.settle();
        FxSettle.settle();
        assertTrue(why.isSelected(), "Alt+O opens the first alert's Why?");
        assertTrue(lookup("#alert-source-" + id).query().isVisible());
        interact(why::requestFocus);
        type(KeyCode.SPACE);
        assertFalse(lookup("#alert-source-" + id).query().isVisible(), "Space on the focused link closes it");
        assertTrue(why.isFocusTraversable(), "reachable with Tab");
    }

    private static String iconMark(Label heading) {
        return ((javafx.scene.text.Text) heading.getGraphic().lookup(".tier-icon-mark")).getText();
    }

    @Test
    void theJournalListShowsEachEntrysMostUrgentTierInWords() {
        clickOn("#item-esas-pain").write("7");
        saveCheckIn();
        clickOn(reveal("#checkin-temperature")).write("38.2");
        clickOn(reveal("#item-esas-nausea")).write("8");
        saveCheckIn();
        clickOn(reveal("#item-esas-nausea")).write("1");
        saveCheckIn();

        visit(Screen.JOURNAL);
        FxSettle.settle();
        javafx.scene.control.TableView<?> table = lookup("#journal-table").queryTableView();
        javafx.scene.control.TableColumn<?, ?> column = table.getColumns().stream()
                .filter(c -> "col-alert".equals(c.getId())).findFirst().orElseThrow();
        List<String> shown = new java.util.ArrayList<>();
        for (int row = 0; row < table.getItems().size(); row++) {
            Object tier = column.getCellObservableValue(row).getValue();
            shown.add(tier == null ? "" : ((org.leiojournal.domain.alert.AlertTier) tier).code());
        }
        assertEquals(List.of("", "call-now", "tell-soon"), shown, "newest first");
        assertEquals(List.of("col-when", "col-alert", "col-temperature", "col-note"), table.getColumns().stream()
                .limit(4).map(javafx.scene.control.TableColumn::getId).toList(), "D16: what matters, at the left");
        assertEquals("3 entries", text("#journal-summary"));
        assertEquals(1, lookup(".table-cell.tier-call-now").queryAll().stream()
                .filter(n -> "Call now".equals(((javafx.scene.control.Labeled) n).getText())).count());
        assertEquals(1, lookup(".table-cell.tier-tell-soon").queryAll().stream()
                .filter(n -> "Tell your team".equals(((javafx.scene.control.Labeled) n).getText())).count());
    }

    @Test
    void readingTheAlertStoresItWithWhatWasDoneAndItLeavesToday() {
        clickOn("#item-esas-nausea").write("9");
        saveCheckIn();
        Alert alert = onlyOpenAlert();

        clickOn(reveal("#alert-note-" + alert.id())).write("Rang the hotline, going in");
        clickOn(reveal("#alert-ack-" + alert.id()));

        assertFalse(lookup("#alert-panel").query().isVisible());
        assertEquals(List.of(), store.alerts().open());
        assertEquals(new Acknowledgement(CLOCK.instant(), "Rang the hotline, going in"),
                store.alerts().forCheckIn(alert.checkInId()).get(0).acknowledgement());
        restart();
        assertFalse(lookup("#alert-panel").query().isVisible(), "read alerts do not come back");
    }

    @Test
    void everyOpenAlertIsListedAndStaysAcrossARestart() {
        clickOn("#item-esas-pain").write("8");
        saveCheckIn();
        clickOn(reveal("#checkin-temperature")).write("35.8");
        saveCheckIn();

        restart();
        List<Alert> open = store.alerts().open();
        assertEquals(2, open.size());
        assertEquals(2, lookup(".alert-card").queryAll().size());
        assertEquals(2, lookup("#alert-list").queryAs(javafx.scene.layout.VBox.class).getChildren().size(),
                "one section per tier");
        assertEquals("Rule: 36.0 °C or lower", text("#alert-rule-" + open.get(1).id()));
        assertTrue(text("#alert-seen-" + open.get(1).id()).startsWith("Temperature 35.8 °C"));
    }

    @Test
    void aTickedSignIsSavedWithTheEntryAndRaisesAnAlert() {
        tabTo("sign-unwell");
        type(KeyCode.SPACE);
        CheckBox unwell = lookup("#sign-unwell").queryAs(CheckBox.class);
        assertTrue(unwell.isSelected(), "Space ticks the focused sign");
        saveCheckIn();

        assertEquals(Set.of("unwell"), store.checkIns().all().get(0).signs());
        Alert alert = onlyOpenAlert();
        assertEquals("You noticed: Feeling shivery or flu-like, or generally unwell – recorded Sun 22 Nov 2026, 09:30",
                text("#alert-seen-" + alert.id()));
        assertEquals("Rule: a warning sign to report straight away", text("#alert-rule-" + alert.id()));
        assertFalse(lookup("#sign-unwell").queryAs(CheckBox.class).isSelected(), "the next check-in starts unticked");
    }

    @Test
    void fromOneVomitTheFormAsksWhetherDrinksStayDownAndTheTickIsTheSign() {
        assertFalse(lookup("#vomiting-fluids-question").query().isVisible(), "not sick: not asked");
        clickOn(reveal("#item-count-vomiting")).write("0");
        assertFalse(lookup("#vomiting-fluids-question").query().isVisible(), "0 times: not asked");
        interact(() -> lookup("#item-count-vomiting").queryAs(TextField.class).setText("1"));
        assertTrue(lookup("#vomiting-fluids-question").query().isVisible(), "once is enough to ask");
        clickOn(reveal("#vomiting-fluids"));
        assertTrue(lookup("#sign-fluids").queryAs(CheckBox.class).isSelected(), "the same tick as the sign's");
        saveCheckIn();

        assertEquals(Set.of("fluids"), store.checkIns().all().get(0).signs());
        assertEquals("sign-fluids", onlyOpenAlert().ruleId());
        assertTrue(lookup("#alert-heading-call-now").query().isVisible());
    }

    @Test
    void withoutTreatmentOnlyTheGeneralSignsAreAsked() {
        List<String> ids = lookup("#signs-list").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .map(Node::getId).toList();
        assertEquals(List.of("sign-unwell", "sign-fluids", "sign-diarrhoea", "sign-mouth", "sign-bleeding",
                "sign-line", "sign-spine", "sign-bowel-blocked", "sign-leg-clot"), ids);
        assertTrue(text("#signs-emergency .label").startsWith("Call emergency services now"));
        assertTrue(text("#signs-emergency .label").contains("112 in the EU"), "m7");
        assertTrue(text("#signs-emergency .label").contains("or your local emergency number"), "m7");
    }

    @Test
    void fourLooseStoolsAreCallNowWhateverTheStoredUsualNumber() {
        org.leiojournal.domain.profile.Profile p = store.profile().load();
        store.profile().save(new org.leiojournal.domain.profile.Profile(p.patientName(), p.usualRecorder(),
                p.temperatureUnit(), p.weightUnit(), p.feverThresholdCelsius(), true, 2, p.dateOfBirth()));
        restart();

        clickOn(reveal("#item-count-stools")).write("3");
        saveCheckIn();
        assertEquals(List.of(), store.alerts().open(), "3 loose stools: not yet");
        clickOn(reveal("#item-count-stools")).write("4");
        saveCheckIn();
        Alert alert = onlyOpenAlert();
        assertEquals("loose-stools", alert.ruleId());
        assertEquals("Rule: 4 or more in 24 hours", text("#alert-rule-" + alert.id()),
                "not counted from the usual 2 of all bowel openings");
        assertTrue(lookup("#alert-heading-call-now").query().isVisible());
        FxSettle.settle();
    }

    @Test
    void aDrugsSignsAreAskedWhileItIsInThePlan() {
        assertTrue(lookup("#sign-breath-cough").tryQuery().isEmpty(), "no gemcitabine in the plan");
        interact(() -> screens.state().courses().add(store.courses().save(new Course(0,
                RegimenCatalog.bundled().find("gemcitabine-docetaxel-hensley").orElseThrow(),
                LocalDate.of(2026, 11, 16), List.of(6), BodySurfaceArea.entered(new BigDecimal("1.80")), "",
                CourseHistory.EMPTY))));

        clickOn(reveal("#sign-breath-cough"));
        assertTrue(lookup("#sign-numbness").tryQuery().isPresent(), "docetaxel is in the plan too");
        assertTrue(lookup("#sign-confusion").tryQuery().isEmpty(), "ifosfamide is not");
        saveCheckIn();
        assertEquals("You noticed: New breathlessness or a new cough – recorded Sun 22 Nov 2026, 09:30",
                text("#alert-seen-" + onlyOpenAlert().id()));
    }

    @Test
    void editingTheValueAwayReplacesTheOpenAlertAndReturnsToTheJournal() {
        clickOn("#item-esas-pain").write("8");
        saveCheckIn();
        assertEquals(1, store.alerts().open().size());

        visit(Screen.JOURNAL);
        type(KeyCode.ENTER); // opens the selected entry for editing
        FxSettle.settle();
        TextField pain = lookup("#item-esas-pain").queryAs(TextField.class);
        assertEquals("8", pain.getText());
        interact(pain::requestFocus);
        push(KeyCode.CONTROL, KeyCode.A);
        write("3");
        saveCheckIn();

        assertEquals(List.of(), store.alerts().open(), "a typing slip corrected: nothing left to report");
        assertTrue(lookup("#journal-view").query().isVisible());
        visit(Screen.TODAY);
        assertFalse(lookup("#alert-panel").query().isVisible());
    }

    @Test
    void deletingAnEntryInTheJournalTakesItsOpenAlertOffToday() {
        clickOn("#item-esas-appetite").write("10");
        saveCheckIn();
        visit(Screen.JOURNAL);
        interact(() -> lookup("#journal-table").queryTableView().getSelectionModel().selectFirst());
        clickOn("#journal-delete");
        clickOn("#confirm-ok");
        visit(Screen.TODAY);
        assertFalse(lookup("#alert-panel").query().isVisible());
    }
}
