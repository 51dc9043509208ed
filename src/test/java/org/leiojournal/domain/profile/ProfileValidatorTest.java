package org.leiojournal.domain.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.leiojournal.TestClocks;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.domain.validation.Validated;

/** The profile form's rules, without a screen: the ends of each range are taken, one step past them is refused. */
class ProfileValidatorTest {

    private static ProfileDraft draft(String name, TemperatureUnit unit, String threshold, String stools,
                                      boolean dateTyped, LocalDate born, String allergies) {
        return new ProfileDraft(name, Recorder.PATIENT, unit, WeightUnit.KILOGRAM, threshold, stools, dateTyped, born,
                LineKind.NOT_RECORDED, "", allergies, "");
    }

    private static ProfileDraft valid() {
        return draft("Ann", TemperatureUnit.CELSIUS, "37.5", "0", false, null, "");
    }

    private static Validated<Profile> check(ProfileDraft draft) {
        return ProfileValidator.validate(draft, true, TestClocks.SUNDAY);
    }

    private static ProfileDraft withThreshold(TemperatureUnit unit, String typed) {
        return draft("", unit, typed, "0", false, null, "");
    }

    @ParameterizedTest(name = "{1} {0} is taken as {2} °C")
    @CsvSource({"CELSIUS, 37.5, 37.5", "CELSIUS, 38.0, 38.0", "CELSIUS, '37,8', 37.8", "CELSIUS, ' 38 ', 38.0",
            "FAHRENHEIT, 99.5, 37.5", "FAHRENHEIT, 100.4, 38.0"})
    void theThresholdsEndsAreTakenInEitherUnitAndHeldInCelsius(TemperatureUnit unit, String typed, String celsius) {
        Profile profile = check(withThreshold(unit, typed)).value().orElseThrow();
        assertEquals(0, new BigDecimal(celsius).compareTo(profile.feverThresholdCelsius()));
        assertEquals(unit, profile.temperatureUnit());
    }

    @org.junit.jupiter.api.Test
    void aThresholdWithTooManyDecimalsIsToldHowManyAreAllowed() {
        Validated<Profile> result = check(withThreshold(TemperatureUnit.CELSIUS, "37.855"));
        assertEquals(Optional.of(Problem.of(ProfileValidator.Field.THRESHOLD, "input.tooManyDecimals", 2)),
                result.problemFor(ProfileValidator.Field.THRESHOLD));
    }

    @ParameterizedTest(name = "{1} {0} is refused")
    @CsvSource({"CELSIUS, 37.4", "CELSIUS, 38.1", "CELSIUS, ''", "CELSIUS, warm", "CELSIUS, -37.5",
            "FAHRENHEIT, 99.4", "FAHRENHEIT, 100.5", "FAHRENHEIT, 37.5"})
    void aThresholdOneStepOutsideTheRangeIsRefusedWithTheRangeInTheChosenUnit(TemperatureUnit unit, String typed) {
        Validated<Profile> result = check(withThreshold(unit, typed));
        List<Object> range = unit == TemperatureUnit.CELSIUS ? List.of("37.5", "38.0", "°C")
                : List.of("99.5", "100.4", "°F");
        assertEquals(Optional.of(new Problem(ProfileValidator.Field.THRESHOLD, "profile.threshold.invalid", range)),
                result.problemFor(ProfileValidator.Field.THRESHOLD));
        assertEquals(1, result.problems().size());
    }

    @ParameterizedTest(name = "\"{0}\" usual stools a day is taken")
    @ValueSource(strings = {"0", "20", " 3 ", "07"})
    void usualStoolsFrom0To20AreTaken(String typed) {
        ProfileDraft draft = draft("", TemperatureUnit.CELSIUS, "37.5", typed, false, null, "");
        assertEquals(Integer.parseInt(typed.strip()), check(draft).value().orElseThrow().usualStoolsPerDay());
    }

    @ParameterizedTest(name = "\"{0}\" usual stools a day is refused")
    @ValueSource(strings = {"21", "-1", "", "2.5", "two", "100"})
    void usualStoolsOutside0To20OrNotAWholeNumberAreRefused(String typed) {
        ProfileDraft draft = draft("", TemperatureUnit.CELSIUS, "37.5", typed, false, null, "");
        assertEquals(Optional.of(Problem.of(ProfileValidator.Field.USUAL_STOOLS, "profile.usualStools.invalid", 20)),
                check(draft).problemFor(ProfileValidator.Field.USUAL_STOOLS));
    }

    @Test
    void aDateOfBirthFrom1900ToYesterdayIsTakenAndTodayOrEarlierThan1900IsNot() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        for (LocalDate born : List.of(LocalDate.of(1900, 1, 1), today.minusDays(1))) {
            ProfileDraft draft = draft("", TemperatureUnit.CELSIUS, "37.5", "0", true, born, "");
            assertEquals(Optional.of(born), check(draft).value().orElseThrow().dateOfBirth(), born.toString());
        }
        for (LocalDate born : List.of(LocalDate.of(1899, 12, 31), today, today.plusDays(1))) {
            ProfileDraft draft = draft("", TemperatureUnit.CELSIUS, "37.5", "0", true, born, "");
            assertEquals(Optional.of(Problem.of(ProfileValidator.Field.DATE_OF_BIRTH, "profile.dateOfBirth.invalid")),
                    check(draft).problemFor(ProfileValidator.Field.DATE_OF_BIRTH), born.toString());
        }
    }

    @Test
    void aDateOfBirthLeftEmptyIsNoneButOneTypedThatIsNotADateIsRefused() {
        assertEquals(Optional.empty(), check(valid()).value().orElseThrow().dateOfBirth());
        ProfileDraft unreadable = draft("", TemperatureUnit.CELSIUS, "37.5", "0", true, null, "");
        assertTrue(check(unreadable).problemFor(ProfileValidator.Field.DATE_OF_BIRTH).isPresent());
    }

    @Test
    void yesterdayIsTheUsersDayNotTheUtcDay() {
        // 00:30 on 1 July in London is still 30 June in UTC: 30 June is already yesterday for the user
        Clock justAfterMidnight = Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), TestClocks.LONDON);
        ProfileDraft draft = draft("", TemperatureUnit.CELSIUS, "37.5", "0", true, LocalDate.of(2026, 6, 30), "");
        assertTrue(ProfileValidator.validate(draft, true, justAfterMidnight).isValid());
    }

    @Test
    void aNameOf80CharactersIsTakenAnd81AreRefused() {
        ProfileDraft longest = draft("a".repeat(80), TemperatureUnit.CELSIUS, "37.5", "0", false, null, "");
        assertEquals("a".repeat(80), check(longest).value().orElseThrow().patientName());
        ProfileDraft tooLong = draft(" " + "a".repeat(81), TemperatureUnit.CELSIUS, "37.5", "0", false, null, "");
        assertEquals(Optional.of(Problem.of(ProfileValidator.Field.NAME, "profile.name.tooLong", 80)),
                check(tooLong).problemFor(ProfileValidator.Field.NAME));
    }

    @Test
    void anEmergencyTextOf200CharactersFitsTheSheetAnd201AreRefusedWithTheCount() {
        ProfileDraft longest = draft("", TemperatureUnit.CELSIUS, "37.5", "0", false, null, "x".repeat(200) + "  ");
        assertEquals("x".repeat(200), check(longest).value().orElseThrow().emergency().allergies());
        ProfileDraft tooLong = draft("", TemperatureUnit.CELSIUS, "37.5", "0", false, null, "x".repeat(201));
        assertEquals(Optional.of(Problem.of(ProfileValidator.Field.ALLERGIES, "profile.emergency.tooLong", 200, 201)),
                check(tooLong).problemFor(ProfileValidator.Field.ALLERGIES));
    }

    @Test
    void everyProblemIsNamedAtOnceAndTheWelcomeFlagIsKeptWhenValid() {
        ProfileDraft bad = draft("a".repeat(81), TemperatureUnit.CELSIUS, "39", "21", true, null, "x".repeat(201));
        assertEquals(List.of(ProfileValidator.Field.NAME, ProfileValidator.Field.THRESHOLD, ProfileValidator.Field.USUAL_STOOLS,
                ProfileValidator.Field.DATE_OF_BIRTH, ProfileValidator.Field.ALLERGIES),
                check(bad).problems().stream().map(Problem::field).toList());
        assertFalse(ProfileValidator.validate(valid(), false, TestClocks.SUNDAY).value().orElseThrow()
                .welcomeCompleted());
    }
}
