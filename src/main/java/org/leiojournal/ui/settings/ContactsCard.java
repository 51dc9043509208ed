package org.leiojournal.ui.settings;

import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.profile.CareContact;
import org.leiojournal.ui.common.FormFields;
import org.leiojournal.ui.common.FormGrid;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.WrappingListCell;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.RecordList;

/** The care team's numbers: shown in every "contact your care team" panel. */
final class ContactsCard extends VBox {

    ContactsCard(SettingsViewModel model, Messages messages) {
        ListView<CareContact> list = new ListView<>(model.contacts());
        list.setId("contacts-list");
        list.getStyleClass().add("contacts-list"); // its height in em (leio.css): as many contacts at every text size
        list.setPlaceholder(Forms.hint(messages.get("settings.contacts.empty")));
        list.setCellFactory(v -> new WrappingListCell<>(
                c -> c.name() + " — " + c.phone() + (c.hours().isEmpty() ? "" : " (" + c.hours() + ")")));
        Button remove = RecordList.forSelected("contact-remove", messages.get("settings.contact.remove"), list,
                model::removeContact);

        TextField name = FormFields.text("contact-name", model.newContact().name(),
                messages.get("settings.contact.name.prompt"), 22);
        TextField phone = FormFields.text("contact-phone", model.newContact().phone(),
                messages.get("settings.contact.phone.prompt"), 22);
        TextField hours = FormFields.text("contact-hours", model.newContact().hours(),
                messages.get("settings.contact.hours.prompt"), 22);
        Button add = Forms.button("contact-add", messages.get("settings.contact.add"), model::addContact);
        GridPane grid = new FormGrid(model.errors())
                .field(messages.get("settings.contact.name"), name, CareContact.Field.NAME)
                .field(messages.get("settings.contact.phone"), phone, CareContact.Field.PHONE)
                .row(messages.get("settings.contact.hours"), hours, hours)
                .pane();
        getChildren().add(Forms.card(messages.get("settings.contacts"), list, grid, Forms.buttons(add, remove)));
    }
}
