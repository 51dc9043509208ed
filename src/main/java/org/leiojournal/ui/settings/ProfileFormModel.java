package org.leiojournal.ui.settings;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.leiojournal.domain.measure.DecimalInput;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.profile.LineKind;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.profile.ProfileDraft;
import org.leiojournal.domain.profile.ProfileValidator;
import org.leiojournal.domain.profile.ProfileValidator.Field;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.symptom.RecorderRole;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Validated;
import org.leiojournal.ui.common.DateText;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.UiContext;

/**
 * The profile as a form, shared by the first-start welcome and Settings: name, date of birth (optional), who
 * usually records, units, the care team's call threshold (typed in the chosen unit and held in °C) and the usual
 * number of stools a day, and for the emergency sheet the central line, allergies and other medicines (optional).
 * The rules are {@link ProfileValidator}'s; this model maps the fields to a draft and the problems to the fields.
 */
public final class ProfileFormModel {

    private final Messages messages;
    private final Clock clock;
    private final DateTimeFormatter shown;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<RecorderRole> recorderRole = new SimpleObjectProperty<>(RecorderRole.PATIENT);
    private final StringProperty recorderName = new SimpleStringProperty("");
    private final ObjectProperty<TemperatureUnit> temperatureUnit = new SimpleObjectProperty<>(TemperatureUnit.CELSIUS);
    private final ObjectProperty<WeightUnit> weightUnit = new SimpleObjectProperty<>(WeightUnit.KILOGRAM);
    private final StringProperty threshold = new SimpleStringProperty("");
    private final StringProperty usualStools = new SimpleStringProperty("0");
    private final StringProperty dateOfBirth = new SimpleStringProperty("");
    private final ObjectProperty<LineKind> lineKind = new SimpleObjectProperty<>(LineKind.NOT_RECORDED);
    private final StringProperty lineNote = new SimpleStringProperty("");
    private final StringProperty allergies = new SimpleStringProperty("");
    private final StringProperty otherMedicines = new SimpleStringProperty("");
    private final ObservableMap<FieldId, String> errors = FXCollections.observableHashMap();

    /** {@code clock} says which day is today, the latest date of birth taken being yesterday. */
    public ProfileFormModel(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
        this.shown = DateTimeFormatter.ofPattern("d MMM uuuu", messages.locale());
        temperatureUnit.addListener((obs, old, unit) -> {
            // keep the same threshold when switching units: 37.5 °C becomes 99.5 °F
            DecimalInput.parse(threshold.get()).ifPresent(v -> threshold.set(ProfileValidator.thresholdText(old.toCelsius(v), unit)));
        });
        threshold.addListener(o -> errors.remove(Field.THRESHOLD));
        name.addListener(o -> errors.remove(Field.NAME));
        usualStools.addListener(o -> errors.remove(Field.USUAL_STOOLS));
        dateOfBirth.addListener(o -> errors.remove(Field.DATE_OF_BIRTH));
        lineNote.addListener(o -> errors.remove(Field.LINE_NOTE));
        allergies.addListener(o -> errors.remove(Field.ALLERGIES));
        otherMedicines.addListener(o -> errors.remove(Field.OTHER_MEDICINES));
    }

    /** A form showing {@code profile}, as Settings and the welcome open it. */
    public static ProfileFormModel showing(Profile profile, UiContext ui) {
        ProfileFormModel form = new ProfileFormModel(ui.messages(), ui.clock());
        form.load(profile);
        return form;
    }

    public StringProperty nameProperty() { return name; }
    public ObjectProperty<RecorderRole> recorderRoleProperty() { return recorderRole; }
    public StringProperty recorderNameProperty() { return recorderName; }
    public ObjectProperty<TemperatureUnit> temperatureUnitProperty() { return temperatureUnit; }
    public ObjectProperty<WeightUnit> weightUnitProperty() { return weightUnit; }
    public StringProperty thresholdProperty() { return threshold; }
    public StringProperty usualStoolsProperty() { return usualStools; }
    /** As typed: "3 Mar 1968", "1968-03-03", "3/3/1968"; empty when not given. */
    public StringProperty dateOfBirthProperty() { return dateOfBirth; }
    /** The emergency sheet's details, shown in Settings only; the welcome keeps what was loaded. */
    public ObjectProperty<LineKind> lineKindProperty() { return lineKind; }
    public StringProperty lineNoteProperty() { return lineNote; }
    public StringProperty allergiesProperty() { return allergies; }
    public StringProperty otherMedicinesProperty() { return otherMedicines; }
    public ObservableMap<FieldId, String> errors() { return errors; }

    public void load(Profile profile) {
        name.set(profile.patientName());
        recorderRole.set(profile.usualRecorder().role());
        recorderName.set(profile.usualRecorder().name());
        weightUnit.set(profile.weightUnit());
        temperatureUnit.set(profile.temperatureUnit());
        threshold.set(ProfileValidator.thresholdText(profile.feverThresholdCelsius(), profile.temperatureUnit()));
        usualStools.set(Integer.toString(profile.usualStoolsPerDay()));
        dateOfBirth.set(profile.dateOfBirth().map(shown::format).orElse(""));
        lineKind.set(profile.emergency().line());
        lineNote.set(profile.emergency().lineNote());
        allergies.set(profile.emergency().allergies());
        otherMedicines.set(profile.emergency().otherMedicines());
        errors.clear();
    }

    /** Sets the threshold to a common value given in °C (37.5 or 38.0), shown in the chosen unit. */
    public void presetThreshold(BigDecimal celsius) {
        threshold.set(ProfileValidator.thresholdText(celsius, temperatureUnit.get()));
    }

    /** The profile these fields describe, or empty with the problems shown next to their fields. */
    public Optional<Profile> toProfile(boolean welcomeCompleted) {
        Optional<LocalDate> born = new DateText(messages.locale()).read(dateOfBirth.get());
        Validated<Profile> result = ProfileValidator.validate(new ProfileDraft(name.get(),
                new Recorder(recorderRole.get(), recorderName.get()), temperatureUnit.get(), weightUnit.get(),
                threshold.get(), usualStools.get(), !dateOfBirth.get().isBlank(), born.orElse(null), lineKind.get(),
                lineNote.get(), allergies.get(), otherMedicines.get()), welcomeCompleted, clock);
        messages.showProblems(errors, result.problems());
        return result.value();
    }
}
