package org.leiojournal.domain.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.domain.validation.Validated;

class MedicineValidatorTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 20);

    private static MedicineDraft fixed(String name, String times, LocalDate end) {
        return new MedicineDraft(0, name, "8 mg", MedicineSchedule.FIXED_TIMES, times, START, end, "");
    }

    private static String keyFor(Validated<Medicine> result, FieldId field) {
        return result.problemFor(field).map(Problem::messageKey).orElse("");
    }

    @Test
    void fixedTimesAreReadAsPeopleTypeThemAndSorted() {
        Medicine m = MedicineValidator.validate(fixed(" Ondansetron ", "20:00, 8:00;14.30 0600", null))
                .value().orElseThrow();
        assertEquals("Ondansetron", m.name());
        assertEquals(List.of(LocalTime.of(6, 0), LocalTime.of(8, 0), LocalTime.of(14, 30), LocalTime.of(20, 0)),
                m.times());
        assertEquals(Optional.empty(), m.end());
        assertEquals("06:00, 08:00, 14:30, 20:00", MedicineDraft.timesText(m));
    }

    @Test
    void blankNameIsRefused() {
        assertEquals("medicine.name.required", keyFor(MedicineValidator.validate(fixed("  ", "08:00", null)),
                MedicineValidator.Field.NAME));
    }

    @Test
    void endBeforeStartIsRefusedButTheSameDayIsAllowed() {
        assertEquals("medicine.end.beforeStart",
                keyFor(MedicineValidator.validate(fixed("Dexamethasone", "08:00", START.minusDays(1))),
                        MedicineValidator.Field.END));
        assertTrue(MedicineValidator.validate(fixed("Dexamethasone", "08:00", START)).isValid());
    }

    @Test
    void fixedTimesMustBeGivenValidAndDistinct() {
        assertEquals("medicine.times.required", keyFor(MedicineValidator.validate(fixed("A", " ", null)),
                MedicineValidator.Field.TIMES));
        Validated<Medicine> bad = MedicineValidator.validate(fixed("A", "08:00, 25:00", null));
        assertEquals("medicine.times.invalid", keyFor(bad, MedicineValidator.Field.TIMES));
        assertEquals(List.of("25:00"), bad.problemFor(MedicineValidator.Field.TIMES).orElseThrow().args());
        assertEquals("medicine.times.invalid", keyFor(MedicineValidator.validate(fixed("A", "morning", null)),
                MedicineValidator.Field.TIMES));
        Validated<Medicine> twice = MedicineValidator.validate(fixed("A", "08:00, 8:00", null));
        assertEquals("medicine.times.duplicate", keyFor(twice, MedicineValidator.Field.TIMES));
        assertEquals(List.of("08:00"), twice.problemFor(MedicineValidator.Field.TIMES).orElseThrow().args());
    }

    @Test
    void asNeededHasNoTimes() {
        MedicineDraft asNeeded = new MedicineDraft(0, "Metoclopramide", "10 mg", MedicineSchedule.AS_NEEDED, "",
                START, null, "up to 3 a day");
        Medicine m = MedicineValidator.validate(asNeeded).value().orElseThrow();
        assertTrue(m.times().isEmpty());
        assertTrue(m.isAsNeeded());
        MedicineDraft withTimes = new MedicineDraft(0, "Metoclopramide", "10 mg", MedicineSchedule.AS_NEEDED,
                "08:00", START, null, "");
        assertEquals("medicine.times.asNeeded", keyFor(MedicineValidator.validate(withTimes), MedicineValidator.Field.TIMES));
    }

    @Test
    void missingStartAndEveryProblemIsReportedAtOnce() {
        MedicineDraft draft = new MedicineDraft(0, "", "x".repeat(81), MedicineSchedule.FIXED_TIMES, "", null, null,
                "");
        Validated<Medicine> result = MedicineValidator.validate(draft);
        assertFalse(result.isValid());
        assertEquals(List.of(MedicineValidator.Field.NAME, MedicineValidator.Field.DOSE, MedicineValidator.Field.TIMES,
                MedicineValidator.Field.START), result.problems().stream().map(Problem::field).toList());
    }

    @Test
    void theRecordRefusesWhatTheValidatorRefuses() {
        assertThrows(IllegalArgumentException.class, () -> new Medicine(0, "A", "", MedicineSchedule.FIXED_TIMES,
                List.of(), START, Optional.empty(), ""));
        assertThrows(IllegalArgumentException.class, () -> new Medicine(0, "A", "", MedicineSchedule.AS_NEEDED,
                List.of(LocalTime.NOON), START, Optional.empty(), ""));
        assertThrows(IllegalArgumentException.class, () -> new Medicine(0, "A", "", MedicineSchedule.FIXED_TIMES,
                List.of(LocalTime.NOON, LocalTime.NOON), START, Optional.empty(), ""));
        assertThrows(IllegalArgumentException.class, () -> new Medicine(0, "A", "", MedicineSchedule.FIXED_TIMES,
                List.of(LocalTime.NOON), START, Optional.of(START.minusDays(1)), ""));
    }

    @Test
    void editingStartsFromTheSavedValues() {
        Medicine m = MedicineValidator.validate(fixed("Ondansetron", "08:00, 20:00", START.plusDays(4)))
                .value().orElseThrow().withId(7);
        MedicineDraft draft = MedicineDraft.of(m);
        assertEquals(m, MedicineValidator.validate(draft).value().orElseThrow());
        assertTrue(m.isActiveOn(START) && m.isActiveOn(START.plusDays(4)));
        assertFalse(m.isActiveOn(START.minusDays(1)) || m.isActiveOn(START.plusDays(5)));
        assertFalse(m.hasEndedBy(START.plusDays(4)));
        assertTrue(m.hasEndedBy(START.plusDays(5)));
    }
}
