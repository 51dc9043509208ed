package org.leiojournal.ui.settings;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.ui.common.Converters;
import org.leiojournal.ui.common.FieldErrors;
import org.leiojournal.ui.common.FormGrid;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.WrappingRow;
import org.leiojournal.ui.common.ListWhenShownSkin;
import org.leiojournal.ui.common.Messages;

/**
 * The symptom list: the ESAS-r items (fixed wording), the built-in counts (fixed names, can be retired) and the
 * user's own, which can be added, renamed or retired.
 */
final class ItemsCard extends VBox {

    ItemsCard(SettingsViewModel model, Messages messages) {
        ListView<SymptomItem> list = new ListView<>(model.items());
        list.setId("items-list");
        list.setPrefHeight(220);
        OneLineRows.fix(list);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SymptomItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe(item, messages));
            }
        });

        TextField rename = new TextField();
        rename.setId("item-rename");
        rename.setPromptText(messages.get("settings.items.rename.prompt"));
        Label renameError = new Label();
        renameError.setId("item-rename-error");
        renameError.getStyleClass().add("field-error");
        Button renameButton = Forms.button("item-rename-apply", messages.get("settings.items.rename"), () ->
                renameError.setText(model.renameItem(list.getSelectionModel().getSelectedItem(), rename.getText())
                        .orElse("")));
        Button retire = Forms.button("item-retire", messages.get("settings.items.retire"), () -> {
            SymptomItem item = list.getSelectionModel().getSelectedItem();
            model.setRetired(item, item != null && !item.retired());
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            boolean custom = item != null && !item.isBuiltIn();
            rename.setText(custom ? item.name() : "");
            renameError.setText("");
            retire.setText(messages.get(item != null && item.retired() ? "settings.items.restore" : "settings.items.retire"));
        });
        var selected = list.getSelectionModel().selectedItemProperty();
        rename.disableProperty().bind(selected.map(SymptomItem::isBuiltIn).orElse(true));
        renameButton.disableProperty().bind(rename.disableProperty());
        retire.disableProperty().bind(selected.map(SymptomItem::isEsas).orElse(true));
        HBox editRow = new HBox(8, rename, renameButton, retire);
        editRow.setAlignment(Pos.CENTER_LEFT);

        TextField name = new TextField();
        name.setId("item-new-name");
        name.setPromptText(messages.get("settings.items.new.prompt"));
        name.setPrefColumnCount(16); // the hint whole
        name.textProperty().bindBidirectional(model.itemNameProperty());
        ComboBox<ItemKind> kind = ListWhenShownSkin.install(new ComboBox<>());
        kind.setId("item-new-kind");
        kind.getItems().setAll(ItemKind.values());
        kind.setConverter(Converters.shown(
                k -> messages.get(k == ItemKind.SCORE ? "item.kind.score" : "item.kind.count")));
        kind.valueProperty().bindBidirectional(model.itemKindProperty());
        Button add = Forms.button("item-add", messages.get("settings.items.add"), model::addItem);
        // each whole at its own width ("score 0–10", not "score …" at 1366 × 768), the next one under it if the
        // row is too narrow for all three (larger text)
        WrappingRow newItem = new WrappingRow(name, kind, add);
        newItem.setVgap(8);
        GridPane grid = new FormGrid(model.errors()).row(messages.get("settings.items.new"), name, new VBox(4, newItem,
                FieldErrors.errorLabel("item-new-name", SymptomItem.Field.NAME, model.errors(), name))).pane();
        getChildren().add(Forms.card(messages.get("settings.items"), Forms.hint(messages.get("settings.items.hint")),
                list, new VBox(4, editRow, renameError), grid));
    }

    private static String describe(SymptomItem item, Messages messages) {
        String kind = messages.get(item.kind() == ItemKind.SCORE ? "item.kind.score" : "item.kind.count");
        String origin = messages.get(item.isEsas() ? "settings.items.esas"
                : item.isBuiltIn() ? "settings.items.builtIn" : "settings.items.own");
        String retired = item.retired() ? " — " + messages.get("settings.items.retired") : "";
        return item.displayName() + " — " + kind + " — " + origin + retired;
    }
}
