package org.leiojournal.domain.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.validation.Required;

/**
 * Whose journal this is and how it is kept. The fever threshold is always held in °C; it is the number the
 * user's care team gave, between 37.5 °C (Cancer Research UK and many UK trusts) and 38.0 °C (NICE CG151,
 * "temperature higher than 38°C"), defaulting to the more cautious 37.5 °C (facts.md §6.2–6.3). The usual number of stools a
 * day is the user's own baseline, which the loose-stools alert counts from (facts.md §6.4: 4 or more above it).
 * The date of birth is optional; a clinic report prints it only when the user ticks it. The emergency details
 * (central line, allergies, other medicines) are optional too and printed on the emergency sheet.
 */
public record Profile(String patientName, Recorder usualRecorder, TemperatureUnit temperatureUnit,
                      WeightUnit weightUnit, BigDecimal feverThresholdCelsius, boolean welcomeCompleted,
                      int usualStoolsPerDay, Optional<LocalDate> dateOfBirth,
                      EmergencyDetails emergency) {

    public static final BigDecimal DEFAULT_THRESHOLD_CELSIUS = new BigDecimal("37.5");
    /**
     * The lowest threshold a source gives: Cancer Research UK and UK trusts say call at 37.5 °C. Nothing lower is
     * a fever by any guideline the app cites.
     */
    public static final BigDecimal MIN_THRESHOLD_CELSIUS = new BigDecimal("37.5");
    /**
     * NICE CG151 (neutropenic sepsis): a temperature above 38 °C. The clinicians' 38.3 °C of IDSA/ESMO would let a
     * NICE-level fever of 38.1–38.2 °C pass without an alert, so a patient's threshold never goes above 38.0 °C.
     */
    public static final BigDecimal MAX_THRESHOLD_CELSIUS = new BigDecimal("38.0");
    public static final int MAX_NAME_LENGTH = 80;
    public static final int MAX_USUAL_STOOLS = 20;
    /** The earliest date of birth taken: anything earlier is a typing slip. */
    public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    public static final Profile NEW = new Profile("", Recorder.PATIENT, TemperatureUnit.CELSIUS,
            WeightUnit.KILOGRAM, DEFAULT_THRESHOLD_CELSIUS, false, 0);

    public Profile {
        patientName = patientName == null ? "" : patientName.strip();
        Required.all("usualRecorder, temperatureUnit, weightUnit", usualRecorder, temperatureUnit, weightUnit);
        if (!thresholdAllowed(feverThresholdCelsius)) {
            throw new IllegalArgumentException("fever threshold outside 37.5–38.0 °C: " + feverThresholdCelsius);
        }
        if (patientName.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("name too long");
        }
        if (!usualStoolsAllowed(usualStoolsPerDay)) {
            throw new IllegalArgumentException("usual stools a day outside 0–20: " + usualStoolsPerDay);
        }
        dateOfBirth = dateOfBirth == null ? Optional.empty() : dateOfBirth;
        if (dateOfBirth.filter(d -> d.isBefore(EARLIEST_BIRTH)).isPresent()) {
            throw new IllegalArgumentException("date of birth before 1900: " + dateOfBirth.get());
        }
        emergency = emergency == null ? EmergencyDetails.NOT_RECORDED : emergency;
    }

    /** A profile without emergency details. */
    public Profile(String patientName, Recorder usualRecorder, TemperatureUnit temperatureUnit, WeightUnit weightUnit,
                   BigDecimal feverThresholdCelsius, boolean welcomeCompleted, int usualStoolsPerDay,
                   Optional<LocalDate> dateOfBirth) {
        this(patientName, usualRecorder, temperatureUnit, weightUnit, feverThresholdCelsius, welcomeCompleted,
                usualStoolsPerDay, dateOfBirth, EmergencyDetails.NOT_RECORDED);
    }

    /** A profile without a date of birth. */
    public Profile(String patientName, Recorder usualRecorder, TemperatureUnit temperatureUnit, WeightUnit weightUnit,
                   BigDecimal feverThresholdCelsius, boolean welcomeCompleted, int usualStoolsPerDay) {
        this(patientName, usualRecorder, temperatureUnit, weightUnit, feverThresholdCelsius, welcomeCompleted,
                usualStoolsPerDay, Optional.empty());
    }

    /** A profile with the usual 0 stools a day: what journals had before the loose-stools alert. */
    public Profile(String patientName, Recorder usualRecorder, TemperatureUnit temperatureUnit, WeightUnit weightUnit,
                   BigDecimal feverThresholdCelsius, boolean welcomeCompleted) {
        this(patientName, usualRecorder, temperatureUnit, weightUnit, feverThresholdCelsius, welcomeCompleted, 0);
    }

    public static boolean usualStoolsAllowed(int perDay) {
        return perDay >= 0 && perDay <= MAX_USUAL_STOOLS;
    }

    /** A date of birth from 1 January 1900 up to yesterday. */
    public static boolean dateOfBirthAllowed(LocalDate date, LocalDate today) {
        return !date.isBefore(EARLIEST_BIRTH) && date.isBefore(today);
    }

    public static boolean thresholdAllowed(BigDecimal celsius) {
        return celsius != null && celsius.compareTo(MIN_THRESHOLD_CELSIUS) >= 0
                && celsius.compareTo(MAX_THRESHOLD_CELSIUS) <= 0;
    }

    /**
     * A stored threshold as the app uses it: one above 38.0 °C (older versions took up to 38.5) reads as 38.0, one
     * below 37.5 °C as 37.5, so a journal or an import from before the cap still opens and never alerts later
     * than NICE's fever.
     */
    public static BigDecimal readableThreshold(BigDecimal stored) {
        if (stored.compareTo(MAX_THRESHOLD_CELSIUS) > 0) {
            return MAX_THRESHOLD_CELSIUS;
        }
        return stored.compareTo(MIN_THRESHOLD_CELSIUS) < 0 ? MIN_THRESHOLD_CELSIUS : stored;
    }

    public Profile withWelcomeCompleted() {
        return new Profile(patientName, usualRecorder, temperatureUnit, weightUnit, feverThresholdCelsius, true,
                usualStoolsPerDay, dateOfBirth, emergency);
    }

    public Profile withEmergency(EmergencyDetails details) {
        return new Profile(patientName, usualRecorder, temperatureUnit, weightUnit, feverThresholdCelsius,
                welcomeCompleted, usualStoolsPerDay, dateOfBirth, details);
    }
}
