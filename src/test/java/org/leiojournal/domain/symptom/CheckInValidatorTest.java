package org.leiojournal.domain.symptom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.Weight;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.domain.validation.Validated;

class CheckInValidatorTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** 10 May 2026, 11:00 in London (BST). */
    private static final Instant NOW = Instant.parse("2026-05-10T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

    private static final SymptomItem PAIN = new SymptomItem(1, "esas.pain", "Pain", ItemKind.SCORE, false, 10);
    private static final SymptomItem NAUSEA = new SymptomItem(4, "esas.nausea", "Nausea", ItemKind.SCORE, false, 40);
    private static final SymptomItem VOMITING = new SymptomItem(11, null, "Vomiting", ItemKind.COUNT, false, 110);
    private static final List<SymptomItem> ITEMS = List.of(PAIN, NAUSEA, VOMITING);

    private final CheckInValidator validator = new CheckInValidator(Clock.fixed(NOW, ZoneOffset.UTC));

    private static CheckInDraft draft(LocalDate date, String time, Map<Long, String> answers) {
        return new CheckInDraft(0, null, date, time, LONDON, Recorder.PATIENT, answers, "", "",
                TemperatureUnit.CELSIUS, "", WeightUnit.KILOGRAM, "");
    }

    private static CheckInDraft answers(Map<Long, String> answers) {
        return draft(TODAY, "09:00", answers);
    }

    private static CheckInDraft withTemperature(String text, TemperatureUnit unit) {
        return new CheckInDraft(0, null, TODAY, "09:00", LONDON, Recorder.PATIENT, Map.of(), "", text, unit, "",
                WeightUnit.KILOGRAM, "");
    }

    private static CheckInDraft withWeight(String text, WeightUnit unit) {
        return new CheckInDraft(0, null, TODAY, "09:00", LONDON, Recorder.PATIENT, Map.of(), "", "",
                TemperatureUnit.CELSIUS, text, unit, "");
    }

    private Validated<CheckIn> validate(CheckInDraft draft) {
        return validator.validate(draft, ITEMS);
    }

    private static Set<FieldId> fields(Validated<CheckIn> result) {
        return result.problems().stream().map(Problem::field).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "score ''{0}'' refused")
    @ValueSource(strings = {"-1", "11", "abc", "5.5", "5,5", "100", "1e1"})
    void invalidScoreIsRefusedOnThatItem(String text) {
        Validated<CheckIn> result = validate(answers(Map.of(PAIN.id(), text, NAUSEA.id(), "2")));
        assertFalse(result.isValid());
        assertTrue(result.value().isEmpty());
        assertEquals(Set.of(CheckInValidator.itemField(PAIN.id())), fields(result));
        Problem problem = result.problemFor(CheckInValidator.itemField(PAIN.id())).orElseThrow();
        assertEquals(List.of(0, 10), problem.args());
    }

    @Test
    void bothEndsOfTheScaleAreAccepted() {
        CheckIn entry = validate(answers(Map.of(PAIN.id(), "0", NAUSEA.id(), "10"))).value().orElseThrow();
        assertEquals(Map.of(PAIN.id(), 0, NAUSEA.id(), 10), entry.answers());
    }

    @Test
    void zeroAndUnansweredStayDistinct() {
        CheckIn entry = validate(answers(Map.of(PAIN.id(), "0", NAUSEA.id(), "   "))).value().orElseThrow();
        assertEquals(java.util.Optional.of(0), entry.answer(PAIN.id()));
        assertTrue(entry.answer(NAUSEA.id()).isEmpty(), "blank must be unanswered, not 0");
        assertTrue(entry.answer(VOMITING.id()).isEmpty(), "untouched must be unanswered, not 0");
        assertEquals(Set.of(PAIN.id()), entry.answers().keySet());
    }

    @Test
    void answerWithSurroundingSpacesIsRead() {
        CheckIn entry = validate(answers(Map.of(PAIN.id(), " 7 "))).value().orElseThrow();
        assertEquals(7, entry.answers().get(PAIN.id()));
    }

    @Test
    void answersForItemsNoLongerAskedAreDropped() {
        CheckIn entry = validate(answers(Map.of(PAIN.id(), "3", 99L, "5"))).value().orElseThrow();
        assertEquals(Map.of(PAIN.id(), 3), entry.answers());
    }

    @Test
    void countsGoUpTo99() {
        assertEquals(99, validate(answers(Map.of(VOMITING.id(), "99"))).value().orElseThrow()
                .answers().get(VOMITING.id()));
        assertEquals(0, validate(answers(Map.of(VOMITING.id(), "0"))).value().orElseThrow()
                .answers().get(VOMITING.id()));
        Validated<CheckIn> tooMany = validate(answers(Map.of(VOMITING.id(), "100")));
        assertEquals(Set.of(CheckInValidator.itemField(VOMITING.id())), fields(tooMany));
        assertEquals(List.of(0, 99), tooMany.problems().get(0).args());
        assertEquals("checkIn.count.invalid", tooMany.problems().get(0).messageKey());
    }

    @Test
    void temperatureOutOfRangeIsRefusedWithTheRangeInTheUsersUnit() {
        Validated<CheckIn> celsius = validate(withTemperature("43.1", TemperatureUnit.CELSIUS));
        assertEquals(Set.of(CheckInValidator.Field.TEMPERATURE), fields(celsius));
        assertEquals(List.of("34.0–43.0 °C"), celsius.problems().get(0).args());

        Validated<CheckIn> fahrenheit = validate(withTemperature("93.1", TemperatureUnit.FAHRENHEIT));
        assertEquals(Set.of(CheckInValidator.Field.TEMPERATURE), fields(fahrenheit));
        assertEquals(List.of("93.2–109.4 °F"), fahrenheit.problems().get(0).args());

        // 37.5 typed while the unit says °F is not silently taken for °C
        assertFalse(validate(withTemperature("37.5", TemperatureUnit.FAHRENHEIT)).isValid());
        assertFalse(validate(withTemperature("hot", TemperatureUnit.CELSIUS)).isValid());
    }

    @Test
    void temperatureIsKeptInTheUnitEnteredAndAcceptsADecimalComma() {
        assertEquals(Temperature.fahrenheit("100.4"),
                validate(withTemperature("100.4", TemperatureUnit.FAHRENHEIT)).value().orElseThrow().temperature());
        assertEquals(Temperature.celsius("37.5"),
                validate(withTemperature("37,5", TemperatureUnit.CELSIUS)).value().orElseThrow().temperature());
        assertTrue(validate(withTemperature("  ", TemperatureUnit.CELSIUS)).value().orElseThrow()
                .temperatureReading().isEmpty());
    }

    @Test
    void aReadingWithTooManyDecimalsIsToldSoAndATooLongOneGetsTheRange() {
        Validated<CheckIn> temperature = validate(withTemperature("37.555", TemperatureUnit.CELSIUS));
        assertEquals(Set.of(CheckInValidator.Field.TEMPERATURE), fields(temperature));
        assertEquals("input.tooManyDecimals", temperature.problems().get(0).messageKey());
        assertEquals(List.of(2), temperature.problems().get(0).args());
        Validated<CheckIn> weight = validate(withWeight("70.125", WeightUnit.KILOGRAM));
        assertEquals("input.tooManyDecimals", weight.problems().get(0).messageKey());
        Validated<CheckIn> huge = validate(withWeight("99999999", WeightUnit.KILOGRAM));
        assertEquals("checkIn.weight.invalid", huge.problems().get(0).messageKey()); // "from 20–300 kg" is true
    }

    @Test
    void weightIsCheckedInTheUnitEntered() {
        assertEquals(new Weight(new BigDecimal("154.3"), WeightUnit.POUND),
                validate(withWeight("154.3", WeightUnit.POUND)).value().orElseThrow().weight());
        assertEquals(new Weight(new BigDecimal("20"), WeightUnit.KILOGRAM),
                validate(withWeight("20", WeightUnit.KILOGRAM)).value().orElseThrow().weight());

        Validated<CheckIn> kilos = validate(withWeight("19.9", WeightUnit.KILOGRAM));
        assertEquals(Set.of(CheckInValidator.Field.WEIGHT), fields(kilos));
        assertEquals(List.of("20–300 kg"), kilos.problems().get(0).args());

        Validated<CheckIn> pounds = validate(withWeight("44.0", WeightUnit.POUND));
        assertEquals(Set.of(CheckInValidator.Field.WEIGHT), fields(pounds));
        assertEquals(List.of("44.1–661.3 lb"), pounds.problems().get(0).args());
    }

    @Test
    void dateInTheFutureIsRefused() {
        Validated<CheckIn> result = validate(draft(TODAY.plusDays(1), "09:00", Map.of()));
        assertEquals(Set.of(CheckInValidator.Field.DATE), fields(result));
    }

    @Test
    void missingDateIsRefused() {
        assertEquals(Set.of(CheckInValidator.Field.DATE), fields(validate(draft(null, "09:00", Map.of()))));
    }

    @Test
    void timeLaterTodayIsRefusedWithOneMinuteLeeway() {
        // it is 11:00 in London
        assertEquals(Set.of(CheckInValidator.Field.TIME), fields(validate(draft(TODAY, "11:30", Map.of()))));
        assertEquals(Set.of(CheckInValidator.Field.TIME), fields(validate(draft(TODAY, "11:02", Map.of()))));
        assertTrue(validate(draft(TODAY, "11:01", Map.of())).isValid());
        assertTrue(validate(draft(TODAY, "11:00", Map.of())).isValid());
    }

    @ParameterizedTest(name = "time ''{0}'' refused")
    @ValueSource(strings = {"", "25:00", "9.30", "noon", "10:60"})
    void unreadableTimeIsRefused(String time) {
        assertEquals(Set.of(CheckInValidator.Field.TIME), fields(validate(draft(TODAY, time, Map.of()))));
    }

    @Test
    void yesterdayAndEarlierAreAccepted() {
        CheckIn late = validate(draft(TODAY.minusDays(1), "23:59", Map.of())).value().orElseThrow();
        assertEquals(ZonedDateTime.of(2026, 5, 9, 23, 59, 0, 0, LONDON), late.recordedAt());
        assertTrue(validate(draft(LocalDate.of(2016, 1, 1), "9:05", Map.of())).isValid());
    }

    @Test
    void todayIsJudgedInTheEntrysZone() {
        // 23:30 UTC on 10 May is already 05:00 on 11 May in Kolkata
        CheckInValidator lateEvening = new CheckInValidator(
                Clock.fixed(Instant.parse("2026-05-10T23:30:00Z"), ZoneOffset.UTC));
        ZoneId kolkata = ZoneId.of("Asia/Kolkata");
        CheckInDraft morning = new CheckInDraft(0, null, LocalDate.of(2026, 5, 11), "04:45", kolkata, Recorder.PATIENT,
                Map.of(), "", "", TemperatureUnit.CELSIUS, "", WeightUnit.KILOGRAM, "");
        CheckIn entry = lateEvening.validate(morning, ITEMS).value().orElseThrow();
        assertEquals(Instant.parse("2026-05-10T23:15:00Z"), entry.recordedAt().toInstant());
        assertEquals(kolkata, entry.recordedAt().getZone());
    }

    @Test
    void timeInTheSpringForwardGapResolvesToARealMoment() {
        // 01:30 on 29 March 2026 never happened in London: clocks went from 01:00 GMT to 02:00 BST
        CheckInValidator afterwards = new CheckInValidator(
                Clock.fixed(Instant.parse("2026-03-29T12:00:00Z"), ZoneOffset.UTC));
        CheckIn entry = afterwards.validate(draft(LocalDate.of(2026, 3, 29), "01:30", Map.of()), ITEMS)
                .value().orElseThrow();
        assertEquals(LocalDate.of(2026, 3, 29), entry.day());
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), entry.recordedAt().toInstant());
        assertEquals(ZonedDateTime.ofInstant(entry.recordedAt().toInstant(), LONDON), entry.recordedAt());
    }

    @Test
    void timeInTheAutumnOverlapIsAccepted() {
        // 01:30 on 25 October 2026 happened twice in London
        CheckInValidator afterwards = new CheckInValidator(
                Clock.fixed(Instant.parse("2026-10-25T12:00:00Z"), ZoneOffset.UTC));
        CheckIn entry = afterwards.validate(draft(LocalDate.of(2026, 10, 25), "01:30", Map.of()), ITEMS)
                .value().orElseThrow();
        assertEquals(LocalDate.of(2026, 10, 25), entry.day());
        assertEquals(1, entry.recordedAt().getHour());
        assertEquals(30, entry.recordedAt().getMinute());
        assertTrue(Set.of(Instant.parse("2026-10-25T00:30:00Z"), Instant.parse("2026-10-25T01:30:00Z"))
                .contains(entry.recordedAt().toInstant()));
    }

    @Test
    void newEntryGetsAFreshUid() {
        CheckIn first = validate(answers(Map.of())).value().orElseThrow();
        CheckIn second = validate(answers(Map.of())).value().orElseThrow();
        assertNotNull(first.uid());
        assertNotEquals(first.uid(), second.uid());
        assertEquals(0, first.id());
    }

    @Test
    void editKeepsIdAndUid() {
        CheckInDraft edit = new CheckInDraft(42, "3f2c-entry-uid", TODAY.minusDays(3), "08:15", LONDON,
                Recorder.PATIENT, Map.of(PAIN.id(), "6"), "", "", TemperatureUnit.CELSIUS, "", WeightUnit.KILOGRAM, "");
        CheckIn entry = validate(edit).value().orElseThrow();
        assertEquals(42, entry.id());
        assertEquals("3f2c-entry-uid", entry.uid());
        assertEquals(Map.of(PAIN.id(), 6), entry.answers());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Map<Long, String> answers = new HashMap<>();
        answers.put(PAIN.id(), "12");
        answers.put(NAUSEA.id(), "x");
        answers.put(VOMITING.id(), "100");
        CheckInDraft bad = new CheckInDraft(0, null, TODAY, "11:45", LONDON, Recorder.PATIENT, answers,
                "o".repeat(CheckIn.MAX_OTHER_PROBLEM_LENGTH + 1), "45", TemperatureUnit.CELSIUS, "5",
                WeightUnit.KILOGRAM, "n".repeat(CheckIn.MAX_NOTE_LENGTH + 1));
        Validated<CheckIn> result = validate(bad);
        assertTrue(result.value().isEmpty());
        assertEquals(Set.of(CheckInValidator.Field.TIME, CheckInValidator.itemField(PAIN.id()),
                CheckInValidator.itemField(NAUSEA.id()), CheckInValidator.itemField(VOMITING.id()),
                CheckInValidator.Field.TEMPERATURE, CheckInValidator.Field.WEIGHT, CheckInValidator.Field.NOTE,
                CheckInValidator.Field.OTHER_PROBLEM), fields(result));
    }

    @Test
    void validEntryKeepsEverythingTyped() {
        Recorder carer = new Recorder(RecorderRole.FAMILY_CAREGIVER, "Sam");
        CheckInDraft typed = new CheckInDraft(0, null, TODAY, "07:30", LONDON, carer,
                Map.of(PAIN.id(), "4", VOMITING.id(), "2"), " constipation ", "38,2", TemperatureUnit.CELSIUS,
                "61.5", WeightUnit.KILOGRAM, "Bad night.\nSlept 3 hours.");
        CheckIn entry = validate(typed).value().orElseThrow();
        assertEquals(ZonedDateTime.of(2026, 5, 10, 7, 30, 0, 0, LONDON), entry.recordedAt());
        assertEquals(carer, entry.recorder());
        assertEquals(Map.of(PAIN.id(), 4, VOMITING.id(), 2), entry.answers());
        assertEquals("constipation", entry.otherProblem());
        assertEquals(Temperature.celsius("38.2"), entry.temperature());
        assertEquals(new Weight(new BigDecimal("61.5"), WeightUnit.KILOGRAM), entry.weight());
        assertEquals("Bad night.\nSlept 3 hours.", entry.note());
    }

    @Test
    void tickedWarningSignsAreKept() {
        CheckInDraft typed = new CheckInDraft(0, null, TODAY, "07:30", LONDON, Recorder.PATIENT, Map.of(), "", "",
                TemperatureUnit.CELSIUS, "", WeightUnit.KILOGRAM, "", Set.of("line", "unwell"));
        assertEquals(Set.of("line", "unwell"), validate(typed).value().orElseThrow().signs());
    }
}
