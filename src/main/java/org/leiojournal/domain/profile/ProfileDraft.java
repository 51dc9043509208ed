package org.leiojournal.domain.profile;

import java.time.LocalDate;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.symptom.Recorder;

/**
 * The profile form as typed: the threshold (in {@code temperatureUnit}) and the usual stools are still text. The date
 * of birth is read by the form, which knows the user's way of writing dates: {@code dateOfBirth} is what it read
 * (null when blank or not a date) and {@code dateOfBirthTyped} says whether anything was typed at all. Texts are
 * never null: the form's fields give "" when empty.
 */
public record ProfileDraft(String name, Recorder usualRecorder, TemperatureUnit temperatureUnit, WeightUnit weightUnit,
                           String threshold, String usualStools, boolean dateOfBirthTyped, LocalDate dateOfBirth,
                           LineKind line, String lineNote, String allergies, String otherMedicines) {
}
