package org.leiojournal.domain.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.symptom.Recorder;

class ProfileTest {

    private static Profile withThreshold(String celsius) {
        return new Profile("Alex", Recorder.PATIENT, TemperatureUnit.CELSIUS, WeightUnit.KILOGRAM,
                new BigDecimal(celsius), true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"37.5", "37.8", "38.0", "38.00"})
    void thresholdsFrom37point5ToNicesThirtyEightAreAllowed(String celsius) {
        assertTrue(Profile.thresholdAllowed(new BigDecimal(celsius)));
        assertEquals(new BigDecimal(celsius), withThreshold(celsius).feverThresholdCelsius());
    }

    /** C2: 38.1–38.5 °C would let a NICE-level fever pass silently; 37.4 °C is a fever by no source. */
    @ParameterizedTest
    @ValueSource(strings = {"37.4", "38.1", "38.01", "38.3", "38.5", "37.0", "0", "100.4"})
    void thresholdsOutside37point5To38AreRefused(String celsius) {
        assertFalse(Profile.thresholdAllowed(new BigDecimal(celsius)));
        assertThrows(IllegalArgumentException.class, () -> withThreshold(celsius));
    }

    @Test
    void aDateOfBirthIsFrom1900ToYesterdayAndSurvivesTheWelcome() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 22);
        assertTrue(Profile.dateOfBirthAllowed(java.time.LocalDate.of(1900, 1, 1), today));
        assertTrue(Profile.dateOfBirthAllowed(today.minusDays(1), today));
        assertFalse(Profile.dateOfBirthAllowed(today, today), "born today keeps no journal yet");
        assertFalse(Profile.dateOfBirthAllowed(java.time.LocalDate.of(1899, 12, 31), today));
        assertThrows(IllegalArgumentException.class, () -> new Profile("Alex", Recorder.PATIENT,
                TemperatureUnit.CELSIUS, WeightUnit.KILOGRAM, new BigDecimal("37.5"), false, 0,
                java.util.Optional.of(java.time.LocalDate.of(1899, 12, 31))));
        Profile born = new Profile("Alex", Recorder.PATIENT, TemperatureUnit.CELSIUS, WeightUnit.KILOGRAM,
                new BigDecimal("37.5"), false, 0, java.util.Optional.of(java.time.LocalDate.of(1968, 3, 3)));
        assertEquals(born.dateOfBirth(), born.withWelcomeCompleted().dateOfBirth());
        assertEquals(java.util.Optional.empty(), withThreshold("37.5").dateOfBirth());
    }

    @ParameterizedTest(name = "stored {0} °C reads as {1} °C")
    @org.junit.jupiter.params.provider.CsvSource({"38.5, 38.0", "38.3, 38.0", "38.1, 38.0", "38.0, 38.0",
            "37.5, 37.5", "37.8, 37.8", "37.4, 37.5", "37.0, 37.5"})
    void aStoredThresholdOutsideTheRangeReadsAsItsNearestEnd(String stored, String read) {
        assertEquals(new BigDecimal(read), Profile.readableThreshold(new BigDecimal(stored)));
        assertTrue(Profile.thresholdAllowed(Profile.readableThreshold(new BigDecimal(stored))));
    }

    @Test
    void missingThresholdIsRefused() {
        assertFalse(Profile.thresholdAllowed(null));
    }

    @Test
    void newProfileUsesTheCautiousDefault() {
        assertEquals(0, new BigDecimal("37.5").compareTo(Profile.NEW.feverThresholdCelsius()));
        assertFalse(Profile.NEW.welcomeCompleted());
        assertTrue(Profile.NEW.withWelcomeCompleted().welcomeCompleted());
    }

    @Test
    void nameIsTrimmedAndLimited() {
        assertEquals("Alex", new Profile("  Alex ", Recorder.PATIENT, TemperatureUnit.CELSIUS, WeightUnit.KILOGRAM,
                Profile.DEFAULT_THRESHOLD_CELSIUS, false).patientName());
        assertThrows(IllegalArgumentException.class, () -> new Profile("a".repeat(81), Recorder.PATIENT,
                TemperatureUnit.CELSIUS, WeightUnit.KILOGRAM, Profile.DEFAULT_THRESHOLD_CELSIUS, false));
    }

    @Test
    void usualStoolsStartAt0AndStayWithin0To20() {
        assertEquals(0, Profile.NEW.usualStoolsPerDay());
        Profile two = new Profile("Alex", Recorder.PATIENT, TemperatureUnit.CELSIUS, WeightUnit.KILOGRAM,
                Profile.DEFAULT_THRESHOLD_CELSIUS, false, 2);
        assertEquals(2, two.withWelcomeCompleted().usualStoolsPerDay(), "finishing the welcome keeps it");
        assertEquals(20, new Profile("", Recorder.PATIENT, TemperatureUnit.CELSIUS, WeightUnit.KILOGRAM,
                Profile.DEFAULT_THRESHOLD_CELSIUS, false, 20).usualStoolsPerDay());
        for (int bad : new int[] {-1, 21}) {
            assertFalse(Profile.usualStoolsAllowed(bad));
            assertThrows(IllegalArgumentException.class, () -> new Profile("", Recorder.PATIENT,
                    TemperatureUnit.CELSIUS, WeightUnit.KILOGRAM, Profile.DEFAULT_THRESHOLD_CELSIUS, false, bad));
        }
    }

    @Test
    void anEmergencyDetailFitsTwoHundredCharactersAndNoMore() {
        String full = "a".repeat(EmergencyDetails.MAX_TEXT);
        assertEquals(full, new EmergencyDetails(LineKind.NOT_RECORDED, "", full, "").allergies());
        assertTrue(EmergencyDetails.textAllowed("  " + full + "  "), "spaces around are not counted");
        assertFalse(EmergencyDetails.textAllowed(full + "a"));
        assertThrows(IllegalArgumentException.class,
                () -> new EmergencyDetails(LineKind.PORT, "", "", full + "a"));
    }

    @Test
    void theLineIsNamedByItsKindAndNoteOrNotAtAll() {
        assertEquals("Implanted port (right chest)",
                new EmergencyDetails(LineKind.PORT, " right chest ", "", "").lineWords());
        assertEquals("PICC line", new EmergencyDetails(LineKind.PICC, "", "", "").lineWords());
        assertEquals("None", new EmergencyDetails(LineKind.NONE, "", "", "").lineWords());
        assertEquals("a line in the neck", new EmergencyDetails(LineKind.NOT_RECORDED, "a line in the neck", "", "")
                .lineWords(), "a note alone is still said");
        assertEquals("", EmergencyDetails.NOT_RECORDED.lineWords());
        assertFalse(EmergencyDetails.NOT_RECORDED.lineRecorded());
    }

    @Test
    void theEmergencyDetailsStayWhenTheWelcomeIsCompleted() {
        EmergencyDetails details = new EmergencyDetails(LineKind.PICC, "", "None known", "");
        assertEquals(details, withThreshold("37.5").withEmergency(details).withWelcomeCompleted().emergency());
        assertEquals(EmergencyDetails.NOT_RECORDED, withThreshold("37.5").emergency());
    }
}
