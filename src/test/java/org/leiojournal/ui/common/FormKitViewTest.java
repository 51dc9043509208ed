package org.leiojournal.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DateCell;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.leiojournal.ui.testing.FxSettle;
import org.leiojournal.ui.testing.WindowTest;

/** The form kit's shared pieces: a calendar with no days after today, a Save that takes typed dates, record lists. */
@Tag("ui")
class FormKitViewTest extends WindowTest {

    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);

    private final Messages messages = new Messages(Locale.UK);
    private final ObservableList<String> records = FXCollections.observableArrayList("Echo", "MUGA");
    private final List<String> done = new ArrayList<>();
    private final AtomicReference<LocalDate> today = new AtomicReference<>(SUNDAY);
    private DateField date;
    private Button save;
    private RecordList<String> list;
    private VBox card;

    @Override
    public void start(Stage stage) {
        date = FormFields.pastDate("kit-date", new SimpleObjectProperty<>(), today::get, messages);
        save = FormFields.save("kit-save", "_Save", () -> done.add("saved " + date.getValue()), date);
        list = RecordList.deleteOnly("kit", records, r -> r + " scan", "None yet", "Delete…", r -> done.add("deleted " + r));
        card = list.card("Scans", date, save);
        showAtItsSize(stage, new Scene(card, 500, 500));
    }

    private boolean canPick(LocalDate day) {
        AtomicReference<Boolean> disabled = new AtomicReference<>();
        interact(() -> {
            DateCell cell = date.getDayCellFactory().call(date);
            cell.updateItem(day, false);
            disabled.set(cell.isDisable());
        });
        return !disabled.get();
    }

    @Test
    void theCalendarOffersTodayButNoDayAfterItAndMovesOnWithTheClock() {
        assertTrue(canPick(SUNDAY));
        assertFalse(canPick(SUNDAY.plusDays(1)), "Monday has not happened yet");
        today.set(SUNDAY.plusDays(1));
        assertTrue(canPick(SUNDAY.plusDays(1)), "asked again each time: the next day it is offered");
    }

    @Test
    void saveTakesTheTypedDateFirstAndSavesNothingWhenItIsNotADate() {
        interact(() -> date.getEditor().setText("31 Feb 2026"));
        interact(save::fire);
        assertEquals(List.of(), done, "an unreadable date stops the save");
        assertFalse(date.problemProperty().get().isEmpty(), "and the field says why");

        interact(() -> date.getEditor().setText("20 Nov 2026"));
        interact(save::fire);
        assertEquals(List.of("saved 2026-11-20"), done, "the typed date, not the one shown before");
        assertTrue(save.getStyleClass().contains(Style.PRIMARY));
        assertTrue(save.isMnemonicParsing());
    }

    @Test
    void deleteActsOnTheSelectedRecordAndIsOffWhileNoneIsSelected() {
        Button delete = lookup("#kit-delete").queryButton();
        assertTrue(delete.isDisabled());
        interact(() -> list.list().getSelectionModel().select("MUGA"));
        assertFalse(delete.isDisabled());
        interact(delete::fire);
        interact(() -> list.list().getSelectionModel().select("Echo"));
        interact(() -> list.list().requestFocus());
        type(KeyCode.DELETE);
        FxSettle.settle();
        assertEquals(List.of("deleted MUGA", "deleted Echo"), done);
        interact(() -> list.list().getSelectionModel().clearSelection());
        assertTrue(delete.isDisabled());
    }

    @Test
    void theCardShowsItsTitleThenTheListAndItsButtonsThenTheForm() {
        assertEquals("Scans", ((Label) card.getChildren().get(0)).getText());
        assertSame(list.list(), card.getChildren().get(1));
        assertSame(list.buttons(), card.getChildren().get(2));
        assertSame(date, card.getChildren().get(3));
        assertSame(save, card.getChildren().get(4));
        assertTrue(card.getStyleClass().contains(Style.CARD));
        assertNull(lookup("#kit-edit").tryQuery().orElse(null), "records that are never edited have no Edit");
    }

    @Test
    void anOutcomeTakesNoRoomUntilItSaysSomethingAndBusyButtonsAreOff() {
        SimpleStringProperty result = new SimpleStringProperty("");
        SimpleBooleanProperty busy = new SimpleBooleanProperty();
        AtomicReference<Label> outcome = new AtomicReference<>();
        interact(() -> {
            outcome.set(Forms.outcome("kit-result", result));
            Forms.offWhile(busy, save);
        });
        assertFalse(outcome.get().isManaged(), "no empty line under the buttons");
        interact(() -> result.set("Backed up."));
        assertTrue(outcome.get().isManaged());
        assertEquals("kit-result", outcome.get().getId());
        assertFalse(save.isDisabled());
        interact(() -> busy.set(true));
        assertTrue(save.isDisabled(), "no second backup while one runs");
        interact(() -> busy.set(false));
        assertFalse(save.isDisabled());
    }

    @Test
    void titlesCarryTheirStyle() {
        assertTrue(Forms.cardTitle("Scans").getStyleClass().contains(Style.CARD_TITLE));
        assertTrue(Forms.sectionTitle("Liver").getStyleClass().contains(Style.SECTION_TITLE));
    }

    @Test
    void aTickBoxShowsItsSettingAndATickChangesIt() {
        SimpleBooleanProperty include = new SimpleBooleanProperty(true);
        AtomicReference<javafx.scene.control.CheckBox> box = new AtomicReference<>();
        interact(() -> box.set(Forms.checkBox("kit-include", "Include my name", include)));
        assertEquals("kit-include", box.get().getId());
        assertTrue(box.get().isSelected(), "the saved setting is shown");
        interact(box.get()::fire);
        assertFalse(include.get(), "unticking it changes the setting");
        interact(() -> include.set(true));
        assertTrue(box.get().isSelected(), "and a setting changed elsewhere shows");
    }
}
