package org.leiojournal.domain.symptom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.Weight;
import org.leiojournal.domain.measure.WeightUnit;

class CheckInDraftTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final SymptomItem PAIN = new SymptomItem(1, "esas.pain", "Pain", ItemKind.SCORE, false, 10);
    private static final SymptomItem TIREDNESS =
            new SymptomItem(2, "esas.tiredness", "Tiredness", ItemKind.SCORE, false, 20);
    private static final SymptomItem NAUSEA = new SymptomItem(4, "esas.nausea", "Nausea", ItemKind.SCORE, false, 40);
    private static final SymptomItem MOUTH_SORES = new SymptomItem(12, null, "Mouth sores", ItemKind.SCORE, true, 120);
    private static final SymptomItem VOMITING =
            new SymptomItem(13, SymptomItem.VOMITING, "Vomiting", ItemKind.COUNT, false, 102);

    private static final Recorder CARER = new Recorder(RecorderRole.FAMILY_CAREGIVER, "Sam");

    /**
     * Yesterday's entry: pain 0, tiredness 6, mouth sores 3 (an item since retired), nausea unanswered, and the
     * warning sign "generally unwell" ticked.
     */
    private static CheckIn yesterday() {
        return new CheckIn(7, "uid-yesterday", ZonedDateTime.of(2026, 1, 14, 20, 0, 0, 0, NEW_YORK), CARER,
                Map.of(PAIN.id(), 0, TIREDNESS.id(), 6, MOUTH_SORES.id(), 3), "constipation",
                Temperature.fahrenheit("100.4"), new Weight(new BigDecimal("154.3"), WeightUnit.POUND),
                "yesterday's note", Set.of("unwell"));
    }

    private static CheckInDraft todayDraft() {
        return new CheckInDraft(0, null, LocalDate.of(2026, 1, 15), "08:30", NEW_YORK, Recorder.PATIENT, Map.of(),
                "", "98.9", TemperatureUnit.FAHRENHEIT, "", WeightUnit.KILOGRAM, "today's note");
    }

    @Test
    void sameAsCopiesAnsweredItemsThatAreStillAsked() {
        CheckInDraft copied = todayDraft().sameAs(yesterday(), List.of(PAIN, TIREDNESS, NAUSEA));
        assertEquals(Map.of(PAIN.id(), "0", TIREDNESS.id(), "6"), copied.answers());
    }

    @Test
    void sameAsKeepsUnansweredItemsUnanswered() {
        CheckInDraft copied = todayDraft().sameAs(yesterday(), List.of(PAIN, TIREDNESS, NAUSEA));
        assertFalse(copied.answers().containsKey(NAUSEA.id()), "nausea was not answered yesterday");
        assertFalse(copied.answers().containsKey(MOUTH_SORES.id()), "mouth sores is no longer asked");
    }

    @Test
    void sameAsCopiesOtherProblemAndRecorderButNotWeight() {
        CheckInDraft copied = todayDraft().sameAs(yesterday(), List.of(PAIN));
        assertEquals("constipation", copied.otherProblem());
        assertEquals(CARER, copied.recorder());
        assertEquals("", copied.weight(), "a weight is weighed afresh: a copy would hide fluid build-up (m5)");
        assertEquals(WeightUnit.KILOGRAM, copied.weightUnit(), "the draft's own unit stays");
    }

    @Test
    void sameAsNeverCopiesCountsAndKeepsTodaysTypedCountAndWeight() {
        CheckIn sick = new CheckIn(7, "uid", ZonedDateTime.of(2026, 1, 14, 20, 0, 0, 0, NEW_YORK),
                Recorder.PATIENT, Map.of(PAIN.id(), 4, VOMITING.id(), 5), "", null,
                new Weight(new BigDecimal("70.0"), WeightUnit.KILOGRAM), "");
        CheckInDraft blank = todayDraft();
        assertEquals(Map.of(PAIN.id(), "4"), blank.sameAs(sick, List.of(PAIN, VOMITING)).answers(),
                "yesterday's 5 vomits are not today's (m5)");
        CheckInDraft typed = new CheckInDraft(0, null, LocalDate.of(2026, 1, 15), "08:30", NEW_YORK,
                Recorder.PATIENT, Map.of(VOMITING.id(), "1"), "", "", TemperatureUnit.CELSIUS, "71.2",
                WeightUnit.KILOGRAM, "");
        CheckInDraft copied = typed.sameAs(sick, List.of(PAIN, VOMITING));
        assertEquals(Map.of(PAIN.id(), "4", VOMITING.id(), "1"), copied.answers(), "today's count stays");
        assertEquals("71.2", copied.weight(), "today's weight stays");
    }

    @Test
    void sameAsDoesNotCopyTemperatureNoteOrMoment() {
        CheckInDraft today = todayDraft();
        CheckInDraft copied = today.sameAs(yesterday(), List.of(PAIN, TIREDNESS));
        // a temperature must be measured afresh and a note belongs to its day
        assertEquals("98.9", copied.temperature());
        assertEquals(TemperatureUnit.FAHRENHEIT, copied.temperatureUnit());
        assertEquals("today's note", copied.note());
        assertEquals(today.date(), copied.date());
        assertEquals(today.time(), copied.time());
        assertEquals(today.zone(), copied.zone());
        assertNull(copied.uid(), "copying must not turn a new entry into an edit of yesterday's");
        assertEquals(0, copied.id());
    }

    @Test
    void sameAsNeverCopiesWarningSigns() {
        assertEquals(Set.of(), todayDraft().sameAs(yesterday(), List.of(PAIN)).signs(),
                "a warning sign is reported when it is noticed, not carried over");
        CheckInDraft ticked = new CheckInDraft(0, null, LocalDate.of(2026, 1, 15), "08:30", NEW_YORK,
                Recorder.PATIENT, Map.of(), "", "", TemperatureUnit.CELSIUS, "", WeightUnit.KILOGRAM, "",
                Set.of("mouth"));
        assertEquals(Set.of("mouth"), ticked.sameAs(yesterday(), List.of(PAIN)).signs(), "today's ticks stay");
    }

    @Test
    void sameAsOnABlankTemperatureLeavesItBlank() {
        CheckInDraft blank = CheckInDraft.blank(ZonedDateTime.of(2026, 1, 15, 8, 30, 0, 0, NEW_YORK),
                Recorder.PATIENT, TemperatureUnit.CELSIUS, WeightUnit.KILOGRAM);
        CheckInDraft copied = blank.sameAs(yesterday(), List.of(PAIN));
        assertEquals("", copied.temperature());
        assertEquals("", copied.note());
    }

    @Test
    void sameAsWithoutWeightYesterdayLeavesWeightEmptyInTheUsersUnit() {
        CheckIn noWeight = new CheckIn(7, "uid", ZonedDateTime.of(2026, 1, 14, 20, 0, 0, 0, NEW_YORK),
                Recorder.PATIENT, Map.of(), "", null, null, "");
        CheckInDraft copied = todayDraft().sameAs(noWeight, List.of(PAIN));
        assertEquals("", copied.weight());
        assertEquals(WeightUnit.KILOGRAM, copied.weightUnit());
    }

    @Test
    void draftOfAnEntryShowsItAsEnteredAndValidatesBackToTheSameEntry() {
        CheckIn entry = yesterday();
        // the user's preferred units are now °C and kg; the entry keeps °F and lb
        CheckInDraft draft = CheckInDraft.of(entry, TemperatureUnit.CELSIUS, WeightUnit.KILOGRAM);
        assertTrue(draft.isEdit());
        assertEquals("100.4", draft.temperature());
        assertEquals(TemperatureUnit.FAHRENHEIT, draft.temperatureUnit());
        assertEquals("154.3", draft.weight());
        assertEquals(WeightUnit.POUND, draft.weightUnit());
        assertEquals(LocalDate.of(2026, 1, 14), draft.date());
        assertEquals("20:00", draft.time());
        assertEquals(NEW_YORK, draft.zone());
        assertEquals(Map.of(PAIN.id(), "0", TIREDNESS.id(), "6", MOUTH_SORES.id(), "3"), draft.answers());
        assertEquals(Set.of("unwell"), draft.signs());

        CheckInValidator validator = new CheckInValidator(Clock.fixed(Instant.parse("2026-02-01T00:00:00Z"),
                ZoneOffset.UTC));
        CheckIn again = validator.validate(draft, List.of(PAIN, TIREDNESS, NAUSEA, MOUTH_SORES))
                .value().orElseThrow();
        assertEquals(entry, again);
    }

    @Test
    void draftOfAnEntryWithoutReadingsUsesTheUsersUnits() {
        CheckIn entry = new CheckIn(3, "uid", ZonedDateTime.of(2026, 1, 14, 7, 5, 0, 0, NEW_YORK),
                Recorder.PATIENT, Map.of(), "", null, null, "");
        CheckInDraft draft = CheckInDraft.of(entry, TemperatureUnit.FAHRENHEIT, WeightUnit.POUND);
        assertEquals("", draft.temperature());
        assertEquals(TemperatureUnit.FAHRENHEIT, draft.temperatureUnit());
        assertEquals("", draft.weight());
        assertEquals(WeightUnit.POUND, draft.weightUnit());
        assertEquals("07:05", draft.time());
    }

    @Test
    void blankDraftIsNewAndEmpty() {
        CheckInDraft blank = CheckInDraft.blank(ZonedDateTime.of(2026, 1, 15, 8, 30, 45, 0, NEW_YORK),
                Recorder.PATIENT, TemperatureUnit.CELSIUS, WeightUnit.KILOGRAM);
        assertFalse(blank.isEdit());
        assertTrue(blank.answers().isEmpty());
        assertEquals("08:30", blank.time());
        assertEquals(LocalTime.of(8, 30), blank.parsedTimeOrNull());
    }
}
