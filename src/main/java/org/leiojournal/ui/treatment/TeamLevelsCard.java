package org.leiojournal.ui.treatment;

import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.lab.LabTest;
import org.leiojournal.domain.lab.LabUnit;
import org.leiojournal.domain.lab.LevelDirection;
import org.leiojournal.domain.lab.TeamLevelValidator;
import org.leiojournal.ui.common.WrappingRow;
import org.leiojournal.ui.common.Converters;
import org.leiojournal.ui.common.FieldErrors;
import org.leiojournal.ui.common.FormFields;
import org.leiojournal.ui.common.FormGrid;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;

/**
 * "Your team's levels": the blood test levels kept, in words, and a form to keep or remove one. Keyboard only:
 * test (Down picks the next), Tab, at least / at most, Tab, value, Tab, unit, Alt+K keeps, Alt+R removes.
 */
public final class TeamLevelsCard extends VBox {

    public TeamLevelsCard(TeamLevelsModel model, Messages messages) {
        setId("team-levels-card");
        ComboBox<LabTest> test = combo("team-level-test", model.tests(), LabTest::name);
        test.valueProperty().bindBidirectional(model.testProperty());
        test.setPromptText(messages.get("teamLevels.test.prompt"));

        RadioButton atLeast = Forms.radio("team-level-at-least", messages.get("teamLevels.atLeast"),
                LevelDirection.AT_LEAST);
        RadioButton atMost = Forms.radio("team-level-at-most", messages.get("teamLevels.atMost"),
                LevelDirection.AT_MOST);
        Forms.bindChoice(model.directionProperty(), atLeast, atMost);
        atLeast.setMnemonicParsing(true);
        atMost.setMnemonicParsing(true);
        FlowPane sides = new FlowPane(16, 6, atLeast, atMost);

        TextField value = FormFields.text("team-level-value", model.valueProperty(), "");
        value.setPrefColumnCount(7);
        ComboBox<LabUnit> unit = combo("team-level-unit", model.units(), LabUnit::label);
        unit.valueProperty().bindBidirectional(model.unitProperty());

        GridPane grid = new FormGrid(model.errors())
                .field(messages.get("teamLevels.test"), test, TeamLevelValidator.Field.TEST)
                .row(messages.get("teamLevels.direction"), atLeast, new VBox(4, sides, FieldErrors.errorLabel(
                        "team-level-direction", TeamLevelValidator.Field.DIRECTION, model.errors(), atLeast)))
                .field(messages.get("teamLevels.value"), value, TeamLevelValidator.Field.VALUE)
                .field(messages.get("teamLevels.unit"), unit, TeamLevelValidator.Field.UNIT)
                .pane();

        WrappingRow buttons = Forms.buttons(
                Forms.primary("team-level-save", messages.get("teamLevels.save"), model::save),
                Forms.button("team-level-remove", messages.get("teamLevels.remove"), model::remove));

        VBox kept = new VBox(4);
        kept.setId("team-levels-kept");
        Runnable list = () -> kept.getChildren().setAll(model.kept().isEmpty()
                ? List.of(line(messages.get("teamLevels.none")))
                : model.kept().stream().map(TeamLevelsCard::line).toList());
        model.kept().addListener((ListChangeListener<String>) c -> list.run());
        list.run();

        VBox card = Forms.card(messages.get("teamLevels.title"), Forms.hint(messages.get("teamLevels.hint")), kept,
                grid, buttons, FormFields.status("team-levels-status", model.statusProperty()));
        card.setMaxWidth(900);
        getChildren().add(card);
    }

    private static Label line(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE); // wraps at large text rather than "Neutrophils: at le…"
        return label;
    }

    private static <T> ComboBox<T> combo(String id, List<T> items, Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        if (items instanceof javafx.collections.ObservableList<T> observable) {
            box.setItems(observable);
        } else {
            box.getItems().setAll(items);
        }
        box.setConverter(Converters.shownAndRead(item -> name.apply(item), () -> box.getItems()));
        return box;
    }
}
