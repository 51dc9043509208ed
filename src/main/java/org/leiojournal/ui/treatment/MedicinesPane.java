package org.leiojournal.ui.treatment;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.treatment.Medicine;
import org.leiojournal.domain.treatment.MedicineDose;
import org.leiojournal.ui.common.WrappingRow;
import org.leiojournal.ui.common.Columns;
import org.leiojournal.ui.common.FormFields;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.RecordList;

/**
 * Supportive medicines: the list (ended ones greyed and marked), the form, and the recent taken log with the last
 * week's doses taken against due. Enter on the list edits the selected medicine; Delete on the log removes a dose.
 */
public final class MedicinesPane extends BorderPane {

    private static final String ENDED = "ended";
    /** The narrowest column, in px at 100 % text (26 em): {@link Columns} widens it with the text size. */
    static final double COLUMN = 364;

    public MedicinesPane(MedicinesViewModel model, Messages messages) {
        TreatmentPaneTop.dress(this, "medicines", model.statusProperty());
        MedicineFormCard form = new MedicineFormCard(model, messages);

        VBox left = new VBox(16, list(model, messages, form), log(model, messages));
        // side by side while each gets 26 em; the form goes under the list with large text (issue 20)
        setCenter(Forms.scrolling(new Columns(COLUMN, 16, left, form)));
    }

    private static Node list(MedicinesViewModel model, Messages messages, MedicineFormCard form) {
        Consumer<Medicine> edit = m -> {
            model.edit(m);
            form.focusFirst();
        };
        ListView<Medicine> list = FormFields.list("medicine-list", model.medicines(), model::describe,
                messages.get("medicines.list.empty"), edit, null);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Medicine m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : model.describe(m));
                getStyleClass().remove(ENDED);
                if (!empty && m != null && model.isEnded(m)) {
                    getStyleClass().add(ENDED);
                }
            }
        });
        Button editButton = RecordList.forSelected("medicine-edit", messages.get("medicines.edit"), list, edit);
        Button end = Forms.button("medicine-end", messages.get("medicines.endToday"),
                () -> model.end(list.getSelectionModel().getSelectedItem()));
        end.disableProperty().bind(list.getSelectionModel().selectedItemProperty()
                .map(m -> !model.canEnd(m)).orElse(true));
        WrappingRow buttons = Forms.buttons(editButton, end);
        Label adherence = new Label();
        adherence.setId("medicine-adherence");
        adherence.setWrapText(true);
        adherence.textProperty().bind(model.adherenceProperty());
        return Forms.card(messages.get("medicines.list"), Forms.hint(messages.get("medicines.list.hint")), list,
                buttons, adherence);
    }

    private static Node log(MedicinesViewModel model, Messages messages) {
        ListView<MedicineDose> log = FormFields.list("medicine-log", model.log(), model::describe,
                messages.get("medicines.log.empty"), null, model::removeFromLog);
        Button remove = RecordList.forSelected("medicine-log-remove", messages.get("medicines.log.remove"), log,
                model::removeFromLog);
        return Forms.card(messages.get("medicines.log", MedicineLog.LOG_DAYS), log, remove);
    }
}
