package org.leiojournal.ui.appointment;

import org.leiojournal.TestClocks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leiojournal.catalog.FollowUpCatalog;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.domain.followup.FollowUpPlan;
import org.leiojournal.storage.FreshJournals;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.FxDialogService;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.testing.FxSettle;
import org.leiojournal.ui.testing.WindowTest;
import org.junit.jupiter.api.Tag;
import org.leiojournal.ui.common.UiContext;
import org.leiojournal.ui.common.UiContexts;

/**
 * The follow-up pane on its own, on a fresh journal, with real dialogs, the UI tests' clock (09:30 in London on
 * Sunday 22 November 2026) and journal work on the UI thread: a preset chosen, its source and the disclaimer
 * shown, a zero interval refused with nothing saved, then appointments added to book.
 */
@Tag("ui")
class FollowUpPaneViewTest extends WindowTest {

    /** Review finding M14: named after the ESMO–EURACAN–GENTURIS 2021 guideline, not the KICK Sarcoma summary. */
    private static final String ESMO = "ESMO: intermediate or high grade — source: ESMO–EURACAN–GENTURIS guideline, 2021";

    private JournalStore store;
    private AppState state;
    private Stage stage;
    private FollowUpViewModel model;

    @Override
    public void start(Stage stage) throws Exception {
        this.stage = stage;
        store = FreshJournals.open(Files.createTempDirectory("leio-followup-test"), TestClocks.SUNDAY);
        state = new AppState();
        Messages messages = new Messages(Locale.UK);
        UiContext ui = UiContexts.inline(new FxDialogService(stage, messages), messages, FollowUpViewModelTest.CLOCK);
        AppointmentBook book = new AppointmentBook(state, store.appointments(), ui);
        model = new FollowUpViewModel(state, store.followUpPlan(), book, FollowUpCatalog.bundled(),
                ui);
        Scene scene = new Scene(new FollowUpPane(model, messages), 1280, 960);
        scene.getStylesheets().add(getClass().getResource("/org/leiojournal/css/leio.css").toExternalForm());
        showAtItsSize(stage, scene);
        stage.toFront();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private String text(String id) {
        Label label = lookup("#" + id).queryAs(Label.class);
        return label.isVisible() ? label.getText() : "";
    }

    /** The problem shown under the field, "" if none (its line's label is made with the first problem). */
    private String errorAt(String id) {
        return lookup("#" + id + "-error").tryQuery().isPresent() ? text(id + "-error") : "";
    }

    private void replaceText(String id, String text) {
        clickOn("#" + id);
        push(KeyCode.CONTROL, KeyCode.A);
        write(text);
    }

    private void typeEndDate(String text) {
        DatePicker picker = lookup("#followup-end").queryAs(DatePicker.class);
        doubleClickOn(picker.getEditor());
        push(KeyCode.CONTROL, KeyCode.A);
        write(text);
        type(KeyCode.ENTER);
    }

    private void choosePreset(String item) {
        clickOn("#followup-preset");
        clickOn(item);
    }

    private boolean chosen(String id) {
        return lookup("#" + id).queryAs(RadioButton.class).isSelected();
    }

    /** The scan choice and the model's scan stay the same both ways, "None" standing for no scan. */
    @Test
    void theScanChoiceFollowsTheModelAndSetsIt() {
        clickOn("#followup-scan-mri");
        assertEquals(AppointmentKind.MRI, model.scanProperty().get());
        clickOn("#followup-scan-none");
        assertEquals(null, model.scanProperty().get());
        interact(() -> model.scanProperty().set(AppointmentKind.PET));
        assertTrue(chosen("followup-scan-pet"));
        assertFalse(chosen("followup-scan-none"));
        interact(() -> model.scanProperty().set(null));
        assertTrue(chosen("followup-scan-none"));
        assertFalse(chosen("followup-scan-pet"));
    }

    @Test
    void aPresetIsShownWithItsSourceAZeroIntervalIsRefusedAndAppointmentsAreAddedToBook() {
        assertTrue(text("followup-disclaimer").contains("They are not advice for you"), "shown before any choice");
        typeEndDate("2025-11-30");
        assertEquals("11 months since the end of treatment (Sun 30 Nov 2025)", text("followup-years"));

        choosePreset(ESMO);
        // Review finding M14: the preset cites the ESMO–EURACAN–GENTURIS 2021 guideline itself, not the KICK FAQ.
        assertEquals("Source: ESMO–EURACAN–GENTURIS guideline, 2021", text("followup-source"));
        assertFalse(lookup("#followup-sources").query().isVisible(), "its addresses wait behind \"Why? Sources\"");
        clickOn("#followup-why");
        assertTrue(lookup("#followup-sources").query().isVisible(), "one click shows them");
        assertTrue(text("followup-sources").contains("https://www.bccancer.bc.ca/books/musculoskeletal-sarcoma/follow-up"));
        assertTrue(text("followup-sources").endsWith(
                "Checked against its sources on Sun 6 Dec 2026. Next review due Mon 6 Dec 2027."), "review dates shown");
        assertTrue(text("followup-disclaimer").startsWith("These presets summarise published guidelines"));
        assertEquals("3–4 months", text("followup-range-0"));
        assertEquals("3", lookup("#followup-every-0").queryAs(TextField.class).getText());
        assertEquals("36 appointments to come, 6 already past.", text("followup-preview-note"));

        replaceText("followup-every-0", "0");
        assertEquals("Your team’s plan (started from ESMO: intermediate or high grade)", text("followup-origin"));
        clickOn("#followup-save");
        assertEquals("The months between visits must be 1 or more (not 0). Enter a whole number from 1 to 24.",
                errorAt("followup-every-0"));
        clickOn("#followup-add");
        assertEquals(Optional.empty(), store.followUpPlan().load(), "no plan saved");
        assertTrue(store.appointments().all().isEmpty(), "no appointment saved");
        assertTrue(state.appointments().isEmpty());
        assertEquals("One field needs attention – nothing was saved yet.", text("followup-status"));

        replaceText("followup-every-0", "3");
        assertEquals("", errorAt("followup-every-0"));
        assertTrue(text("followup-origin").startsWith("Preset: ESMO: intermediate or high grade, unchanged."));
        ListView<ProposalRow> preview = lookup("#followup-preview").queryListView();
        int firstOffered = preview.getItems().indexOf(preview.getItems().stream().filter(ProposalRow::offered)
                .findFirst().orElseThrow());
        interact(() -> {
            preview.requestFocus();
            preview.getSelectionModel().select(firstOffered);
        });
        type(KeyCode.SPACE);
        assertEquals("_Add 35 appointments", lookup("#followup-add").queryAs(Button.class).getText());
        clickOn("#followup-add");

        assertEquals("Plan saved, and 35 appointments added as “to book”.", text("followup-status"));
        List<Appointment> added = store.appointments().all();
        assertEquals(35, added.size());
        assertEquals(added, List.copyOf(state.appointments()));
        assertTrue(added.stream().allMatch(a -> a.status() == AppointmentStatus.TO_BOOK));
        assertEquals(17, added.stream().filter(a -> a.kind() == AppointmentKind.CLINIC_VISIT).count(),
                "one visit unticked");
        assertEquals(18, added.stream().filter(a -> a.kind() == AppointmentKind.CT).count());
        assertFalse(added.stream().anyMatch(a -> a.start().toLocalDate().equals(LocalDate.of(2026, 11, 30))
                && a.kind() == AppointmentKind.CLINIC_VISIT), "the unticked visit was not added");
        FollowUpPlan plan = store.followUpPlan().load().orElseThrow();
        assertEquals(Optional.of("esmo-intermediate-high-grade"), plan.presetId());
        assertEquals(Optional.of(AppointmentKind.CT), plan.scanKind());
        assertEquals(LocalDate.of(2025, 11, 30), plan.treatmentEnd());
        assertEquals("_Add 1 appointment", lookup("#followup-add").queryAs(Button.class).getText(),
                "only the unticked one is still offered");
    }

    @Test
    void everyControlIsReachedByKeyboard() {
        typeEndDate("2025-11-30");
        choosePreset(ESMO);
        for (String id : List.of("followup-preset", "followup-until-0", "followup-every-0", "followup-add-line",
                "followup-preview", "followup-add", "followup-save", "followup-end")) {
            tabTo(id);
        }
    }

    /** Presses Tab until the node with this id has the keyboard focus, as a keyboard user would. */
    private void tabTo(String id) {
        for (int i = 0; i < 80; i++) {
            FxSettle.settle();
            Node focused = stage.getScene().getFocusOwner();
            if (focused != null && (id.equals(focused.getId())
                    || focused.getParent() != null && focused.getParent().getId() != null
                    && id.equals(focused.getParent().getId()))) {
                return;
            }
            type(KeyCode.TAB);
        }
        throw new AssertionError("Tab never reached #" + id);
    }
}
