package org.leiojournal.ui.settings;

import java.math.BigDecimal;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.TemperatureWords;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.profile.ProfileValidator;
import org.leiojournal.domain.symptom.RecorderRole;
import org.leiojournal.ui.common.Converters;
import org.leiojournal.ui.common.FieldErrors;
import org.leiojournal.ui.common.FormGrid;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.ListWhenShownSkin;
import org.leiojournal.ui.common.Messages;

/**
 * Name, date of birth, usual recorder, units and call threshold, with the reason for the default threshold spelled
 * out; the number is the one on the user's own team card when they have one. The usual stools a day are no longer
 * asked: the loose-stool alert counts loose stools alone (clinical review M4); a stored number is kept as it was.
 */
public final class ProfileForm extends VBox {

    private final TextField name = new TextField();

    public ProfileForm(ProfileFormModel model, Messages messages, String idPrefix) {
        super(12);
        name.setId(idPrefix + "-name");
        name.setPromptText(messages.get("profile.name.prompt"));
        name.textProperty().bindBidirectional(model.nameProperty());

        ComboBox<RecorderRole> role = ListWhenShownSkin.install(new ComboBox<>());
        role.setId(idPrefix + "-recorder-role");
        role.getItems().setAll(RecorderRole.values());
        role.setConverter(Converters.roles(messages));
        role.valueProperty().bindBidirectional(model.recorderRoleProperty());
        TextField recorderName = new TextField();
        recorderName.setId(idPrefix + "-recorder-name");
        recorderName.setPromptText(messages.get("profile.recorderName.prompt"));
        recorderName.setAccessibleText(messages.get("profile.recorderName.accessible"));
        recorderName.textProperty().bindBidirectional(model.recorderNameProperty());

        HBox temperatureUnits = choices(idPrefix + "-temp", model.temperatureUnitProperty(),
                TemperatureUnit.values(), u -> u.symbol());
        HBox weightUnits = choices(idPrefix + "-weight", model.weightUnitProperty(), WeightUnit.values(),
                u -> u.symbol());

        TextField threshold = new TextField();
        threshold.setId(idPrefix + "-threshold");
        threshold.setPrefColumnCount(5);
        threshold.textProperty().bindBidirectional(model.thresholdProperty());
        javafx.scene.control.Label unit = new javafx.scene.control.Label();
        unit.textProperty().bind(model.temperatureUnitProperty().map(TemperatureUnit::symbol));
        Button uk = preset(idPrefix + "-threshold-375", new BigDecimal("37.5"), model, messages);
        Button us = preset(idPrefix + "-threshold-380", new BigDecimal("38.0"), model, messages);
        unit.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox thresholdRow = new HBox(8, threshold, unit);
        thresholdRow.setAlignment(Pos.CENTER_LEFT);
        HBox presets = new HBox(8, uk, us);

        TextField born = new TextField();
        born.setId(idPrefix + "-date-of-birth");
        born.setPrefColumnCount(18); // room for the whole hint, "e.g. 3 Mar 1968 (optional)"
        born.setPromptText(messages.get("profile.dateOfBirth.prompt"));
        born.textProperty().bindBidirectional(model.dateOfBirthProperty());

        GridPane grid = new FormGrid(model.errors())
                .row(messages.get("profile.name"), name, new VBox(4, name,
                        FieldErrors.errorLabel(name.getId(), ProfileValidator.Field.NAME, model.errors(), name)))
                .row(messages.get("profile.dateOfBirth"), born, new VBox(4, new HBox(born),
                        FieldErrors.errorLabel(born.getId(), ProfileValidator.Field.DATE_OF_BIRTH, model.errors(),
                                born),
                        Forms.hint(messages.get("profile.dateOfBirth.why"))))
                .row(messages.get("profile.recorder"), role, new VBox(6, role, recorderName))
                .row(messages.get("profile.temperatureUnit"), temperatureUnits, temperatureUnits)
                .row(messages.get("profile.weightUnit"), weightUnits, weightUnits)
                .row(messages.get("profile.threshold"), threshold, new VBox(6, thresholdRow,
                        FieldErrors.errorLabel(threshold.getId(), ProfileValidator.Field.THRESHOLD, model.errors(),
                                threshold),
                        presets))
                .pane();
        javafx.scene.control.Label why = Forms.hint("");
        why.setId(idPrefix + "-threshold-why");
        why.textProperty().bind(model.temperatureUnitProperty().map(u ->
                TemperatureWords.inUnit(messages.get("profile.threshold.why"), u)));
        getChildren().addAll(grid, why);
    }

    /** "Use 37.5 °C", or "Use 99.5 °F (37.5 °C)" once the user reads °F (review D17). */
    private static Button preset(String id, BigDecimal celsius, ProfileFormModel model, Messages messages) {
        Button button = Forms.button(id, "", () -> model.presetThreshold(celsius));
        button.textProperty().bind(model.temperatureUnitProperty().map(u ->
                messages.get("profile.threshold.use", TemperatureWords.of(celsius, u))));
        return button;
    }

    public void focusFirst() {
        name.requestFocus();
    }

    private static <T> HBox choices(String id, javafx.beans.property.ObjectProperty<T> value, T[] options,
                                    java.util.function.Function<T, String> text) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox(12);
        for (T option : options) {
            RadioButton radio = new RadioButton(text.apply(option));
            radio.setId(id + "-" + option.toString().toLowerCase(java.util.Locale.ROOT));
            radio.setToggleGroup(group);
            radio.setUserData(option);
            box.getChildren().add(radio);
        }
        Forms.bindChoice(group, value);
        return box;
    }
}
