package org.leiojournal.ui.settings;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.leiojournal.domain.profile.EmergencyDetails;
import org.leiojournal.domain.profile.LineKind;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.symptom.RecorderRole;
import org.leiojournal.ui.common.DateText;
import org.leiojournal.ui.common.Messages;

/**
 * The profile as a form, shared by the first-start welcome and Settings: name, date of birth (optional), who
 * usually records, units, the care team's call threshold (typed in the chosen unit and held in °C) and the usual
 * number of stools a day, and for the emergency sheet the central line, allergies and other medicines (optional).
 */
public final class ProfileFormModel {

    public static final String NAME = "profileName";
    public static final String THRESHOLD = "profileThreshold";
    public static final String USUAL_STOOLS = "profileUsualStools";
    public static final String DATE_OF_BIRTH = "profileDateOfBirth";
    public static final String LINE_NOTE = "profileLineNote";
    public static final String ALLERGIES = "profileAllergies";
    public static final String OTHER_MEDICINES = "profileOtherMedicines";

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
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    /** {@code clock} says which day is today, the latest date of birth taken being yesterday. */
    public ProfileFormModel(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
        this.shown = DateTimeFormatter.ofPattern("d MMM uuuu", messages.locale());
        temperatureUnit.addListener((obs, old, unit) -> {
            // keep the same threshold when switching units: 37.5 °C becomes 99.5 °F
            DecimalInput.parse(threshold.get()).ifPresent(v -> threshold.set(display(old.toCelsius(v), unit)));
        });
        threshold.addListener(o -> errors.remove(THRESHOLD));
        name.addListener(o -> errors.remove(NAME));
        usualStools.addListener(o -> errors.remove(USUAL_STOOLS));
        dateOfBirth.addListener(o -> errors.remove(DATE_OF_BIRTH));
        lineNote.addListener(o -> errors.remove(LINE_NOTE));
        allergies.addListener(o -> errors.remove(ALLERGIES));
        otherMedicines.addListener(o -> errors.remove(OTHER_MEDICINES));
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
    public ObservableMap<String, String> errors() { return errors; }

    public void load(Profile profile) {
        name.set(profile.patientName());
        recorderRole.set(profile.usualRecorder().role());
        recorderName.set(profile.usualRecorder().name());
        weightUnit.set(profile.weightUnit());
        temperatureUnit.set(profile.temperatureUnit());
        threshold.set(display(profile.feverThresholdCelsius(), profile.temperatureUnit()));
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
        threshold.set(display(celsius, temperatureUnit.get()));
    }

    /** The profile these fields describe, or empty with the problems shown next to their fields. */
    public Optional<Profile> toProfile(boolean welcomeCompleted) {
        errors.clear();
        if (name.get().strip().length() > Profile.MAX_NAME_LENGTH) {
            errors.put(NAME, messages.get("profile.name.tooLong", Profile.MAX_NAME_LENGTH));
        }
        Optional<BigDecimal> celsius = DecimalInput.parse(threshold.get()).map(temperatureUnit.get()::toCelsius)
                .filter(Profile::thresholdAllowed);
        if (celsius.isEmpty()) {
            errors.put(THRESHOLD, messages.get("profile.threshold.invalid",
                    display(Profile.MIN_THRESHOLD_CELSIUS, temperatureUnit.get()),
                    display(Profile.MAX_THRESHOLD_CELSIUS, temperatureUnit.get()), temperatureUnit.get().symbol()));
        }
        Optional<Integer> stools = Optional.of(usualStools.get().strip()).filter(t -> t.matches("\\d{1,2}"))
                .map(Integer::parseInt).filter(Profile::usualStoolsAllowed);
        if (stools.isEmpty()) {
            errors.put(USUAL_STOOLS, messages.get("profile.usualStools.invalid", Profile.MAX_USUAL_STOOLS));
        }
        Optional<LocalDate> born = birthDate();
        if (!dateOfBirth.get().isBlank() && born.isEmpty()) {
            errors.put(DATE_OF_BIRTH, messages.get("profile.dateOfBirth.invalid"));
        }
        checkLength(lineNote, LINE_NOTE);
        checkLength(allergies, ALLERGIES);
        checkLength(otherMedicines, OTHER_MEDICINES);
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Profile(name.get(), new Recorder(recorderRole.get(), recorderName.get()),
                temperatureUnit.get(), weightUnit.get(), celsius.get(), welcomeCompleted, stools.get(), born,
                new EmergencyDetails(lineKind.get(), lineNote.get(), allergies.get(), otherMedicines.get())));
    }

    private void checkLength(StringProperty text, String key) {
        if (!EmergencyDetails.textAllowed(text.get())) {
            errors.put(key, messages.get("profile.emergency.tooLong", EmergencyDetails.MAX_TEXT,
                    text.get().strip().length()));
        }
    }

    /** The typed date when it is one and allowed (1 January 1900 up to yesterday); empty otherwise. */
    private Optional<LocalDate> birthDate() {
        return new DateText(messages.locale()).read(dateOfBirth.get())
                .filter(d -> Profile.dateOfBirthAllowed(d, LocalDate.now(clock)));
    }

    static String display(BigDecimal celsius, TemperatureUnit unit) {
        return unit.fromCelsius(celsius).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
