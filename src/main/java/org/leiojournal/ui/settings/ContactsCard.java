package org.leiojournal.ui.settings;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.profile.CareContact;
import org.leiojournal.ui.common.FieldErrors;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.RecordList;

/** The care team's numbers: shown in every "contact your care team" panel. */
final class ContactsCard extends VBox {

    ContactsCard(SettingsViewModel model, Messages messages) {
        ListView<CareContact> list = new ListView<>(model.contacts());
        list.setId("contacts-list");
        list.setPrefHeight(120);
        list.setPlaceholder(Forms.hint(messages.get("settings.contacts.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CareContact c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null
                        : c.name() + " — " + c.phone() + (c.hours().isEmpty() ? "" : " (" + c.hours() + ")"));
            }
        });
        Button remove = RecordList.forSelected("contact-remove", messages.get("settings.contact.remove"), list,
                model::removeContact);

        TextField name = field("contact-name", model.contactNameProperty(), messages.get("settings.contact.name.prompt"));
        TextField phone = field("contact-phone", model.contactPhoneProperty(), messages.get("settings.contact.phone.prompt"));
        TextField hours = field("contact-hours", model.contactHoursProperty(), messages.get("settings.contact.hours.prompt"));
        Button add = Forms.button("contact-add", messages.get("settings.contact.add"), model::addContact);
        GridPane grid = Forms.grid();
        grid.addRow(0, Forms.label(messages.get("settings.contact.name"), name), new VBox(4, name,
                FieldErrors.errorLabel("contact-name", CareContact.NAME, model.errors(), name)));
        grid.addRow(1, Forms.label(messages.get("settings.contact.phone"), phone), new VBox(4, phone,
                FieldErrors.errorLabel("contact-phone", CareContact.PHONE, model.errors(), phone)));
        grid.addRow(2, Forms.label(messages.get("settings.contact.hours"), hours), hours);
        HBox buttons = new HBox(8, add, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(Forms.card(messages.get("settings.contacts"), list, grid, buttons));
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(22);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
