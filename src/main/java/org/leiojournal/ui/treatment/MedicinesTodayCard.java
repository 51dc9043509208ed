package org.leiojournal.ui.treatment;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.treatment.Medicine;
import org.leiojournal.domain.treatment.MedicineDue;
import org.leiojournal.ui.common.FormFields;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.Style;

/**
 * A card for the Today screen: a "Taken" box for each set-time dose due today, and for each as-needed medicine a
 * button that logs a dose now, with an undo. Space ticks a focused box; the focus stays put when the card redraws.
 */
public final class MedicinesTodayCard extends VBox {

    private final MedicinesTodayViewModel model;
    private final Messages messages;
    private final VBox rows = new VBox(6);

    public MedicinesTodayCard(MedicinesTodayViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("medicines-today");
        Label status = FormFields.status("medicines-today-status", model.statusProperty());
        getChildren().add(Forms.card(messages.get("medicines.today.title"), rows, undoBar(), status));
        model.due().addListener((ListChangeListener<MedicineDue>) c -> rebuild());
        model.asNeeded().addListener((ListChangeListener<Medicine>) c -> rebuild());
        rebuild();
    }

    /** Reads the journal again: call when the Today screen is shown, so that a new day shows its own doses. */
    public void refresh() {
        model.refresh();
    }

    private void rebuild() {
        Scene scene = getScene();
        Node focused = scene == null ? null : scene.getFocusOwner();
        String focusedId = focused != null && rows.getChildren().stream().anyMatch(r -> isInside(focused, r))
                ? focused.getId() : null;
        rows.getChildren().clear();
        for (MedicineDue dose : model.due()) {
            rows.getChildren().add(dueRow(dose));
        }
        for (Medicine medicine : model.asNeeded()) {
            rows.getChildren().add(asNeededRow(medicine));
        }
        if (rows.getChildren().isEmpty()) {
            rows.getChildren().add(Forms.hint(messages.get("medicines.today.none")));
        }
        if (focusedId != null) {
            Node again = rows.lookup("#" + focusedId);
            if (again != null) {
                again.requestFocus();
            }
        }
    }

    private Node dueRow(MedicineDue dose) {
        CheckBox taken = new CheckBox(model.label(dose));
        taken.setId("med-taken-" + dose.medicine().id() + "-"
                + String.format(Locale.ROOT, "%02d%02d", dose.time().getHour(), dose.time().getMinute()));
        taken.setSelected(dose.isTaken());
        taken.setWrapText(true);
        taken.setAccessibleHelp(messages.get("medicines.today.tickHelp"));
        taken.setOnAction(e -> model.setTaken(dose, taken.isSelected()));
        Label when = new Label(model.takenNote(dose));
        when.getStyleClass().add(Style.HINT);
        HBox row = new HBox(10, taken, when);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node asNeededRow(Medicine medicine) {
        Label summary = new Label(model.summary(medicine));
        summary.setWrapText(true);
        Button log = Forms.button("med-log-" + medicine.id(), messages.get("medicines.today.log"),
                () -> model.logDose(medicine));
        log.setMnemonicParsing(false);
        log.setMinWidth(Region.USE_PREF_SIZE);
        log.setAccessibleText(messages.get("medicines.today.logAccessible", MedicineLog.nameAndDose(medicine)));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(10, summary, spacer, log);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node undoBar() {
        Label text = new Label();
        text.setId("med-log-undo-text");
        Button undo = Forms.button("med-log-undo", messages.get("medicines.today.undo"), model::undoLastLog);
        Button dismiss = Forms.button("med-log-undo-dismiss", messages.get("common.dismiss"), model::dismissUndo);
        text.setWrapText(true);
        undo.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox bar = new HBox(10, text, undo, dismiss);
        bar.setId("med-log-undo-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("undo-bar");
        Forms.shownWhile(bar, model.lastLoggedProperty().isNotNull());
        model.lastLoggedProperty().addListener((o, old, dose) -> text.setText(model.lastLoggedMessage()));
        return bar;
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
