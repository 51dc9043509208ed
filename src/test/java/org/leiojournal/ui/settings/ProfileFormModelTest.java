package org.leiojournal.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leiojournal.TestClocks;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.profile.ProfileValidator;
import org.leiojournal.ui.common.Messages;

/** C2: the welcome form and Settings take a call temperature from 37.5 to 38.0 °C (99.5 to 100.4 °F) only. */
class ProfileFormModelTest {

    private static ProfileFormModel form(TemperatureUnit unit, String typed) {
        ProfileFormModel form = new ProfileFormModel(new Messages(Locale.UK), TestClocks.SUNDAY);
        form.load(Profile.NEW);
        form.temperatureUnitProperty().set(unit);
        form.thresholdProperty().set(typed);
        return form;
    }

    @ParameterizedTest(name = "{1} {0} is taken as {2} °C")
    @CsvSource({"CELSIUS, 37.5, 37.5", "CELSIUS, 38.0, 38.0", "CELSIUS, 37.8, 37.8",
            "FAHRENHEIT, 99.5, 37.5", "FAHRENHEIT, 100.4, 38.0"})
    void theEndsOfTheRangeAreTaken(TemperatureUnit unit, String typed, String celsius) {
        Optional<Profile> profile = form(unit, typed).toProfile(true);
        assertTrue(profile.isPresent());
        assertEquals(0, new BigDecimal(celsius).compareTo(profile.get().feverThresholdCelsius()));
    }

    @ParameterizedTest(name = "{1} {0} is refused")
    @CsvSource({"CELSIUS, 37.4", "CELSIUS, 38.1", "CELSIUS, 38.5",
            "FAHRENHEIT, 99.3", "FAHRENHEIT, 99.4", "FAHRENHEIT, 100.5", "FAHRENHEIT, 101.3"})
    void justOutsideTheRangeIsRefusedWithTheRangeInTheChosenUnit(TemperatureUnit unit, String typed) {
        ProfileFormModel form = form(unit, typed);
        assertFalse(form.toProfile(true).isPresent());
        String expected = unit == TemperatureUnit.CELSIUS
                ? "Enter the temperature your care team gave you, between 37.5 and 38.0 °C."
                : "Enter the temperature your care team gave you, between 99.5 and 100.4 °F.";
        assertEquals(expected, form.errors().get(ProfileValidator.Field.THRESHOLD));
    }

    @org.junit.jupiter.api.Test
    void theFormReadsTheTypedDateAndShowsEachProblemWordedNextToItsField() {
        ProfileFormModel form = form(TemperatureUnit.CELSIUS, "37.5");
        form.dateOfBirthProperty().set("3/3/1968");
        assertEquals(Optional.of(java.time.LocalDate.of(1968, 3, 3)), form.toProfile(true).orElseThrow().dateOfBirth());
        form.dateOfBirthProperty().set("not a date");
        form.usualStoolsProperty().set("21");
        assertFalse(form.toProfile(true).isPresent());
        assertEquals("Enter a whole number from 0 to 20.", form.errors().get(ProfileValidator.Field.USUAL_STOOLS));
        assertTrue(form.errors().get(ProfileValidator.Field.DATE_OF_BIRTH).startsWith("Type a date from 1 Jan 1900"));
        assertEquals(2, form.errors().size());
        form.usualStoolsProperty().set("2");
        assertFalse(form.errors().containsKey(ProfileValidator.Field.USUAL_STOOLS), "a change clears its field's message");
    }
}
