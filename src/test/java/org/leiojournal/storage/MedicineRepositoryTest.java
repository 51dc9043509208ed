package org.leiojournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.treatment.Medicine;
import org.leiojournal.domain.treatment.MedicineDose;
import org.leiojournal.domain.treatment.MedicineSchedule;

class MedicineRepositoryTest extends OpenJournalTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate START = LocalDate.of(2026, 11, 16);
    private static final LocalTime EIGHT = LocalTime.of(8, 0);

    private MedicineRepository medicines;

    @BeforeEach
    void prepare() {
        medicines = store.medicines();
    }

    private static Medicine ondansetron() {
        return new Medicine(0, "Ondansetron", "8 mg", MedicineSchedule.FIXED_TIMES,
                List.of(LocalTime.of(20, 0), EIGHT), START, Optional.empty(), "with food – ✓");
    }

    @Test
    void everyFieldSurvivesARoundTripAndReopening() throws Exception {
        Medicine saved = medicines.add(ondansetron());
        Medicine asNeeded = medicines.add(new Medicine(0, "Metoclopramide", "", MedicineSchedule.AS_NEEDED, List.of(),
                START.plusDays(1), Optional.of(START.plusDays(20)), ""));
        assertTrue(saved.id() > 0);
        reopen();
        assertEquals(List.of(saved, asNeeded), store.medicines().all());
        assertEquals(List.of(EIGHT, LocalTime.of(20, 0)), store.medicines().all().get(0).times());
    }

    @Test
    void updateAndEndKeepTheLogAsItWasTaken() {
        Medicine saved = medicines.add(ondansetron());
        MedicineDose tick = medicines.logDose(MedicineDose.scheduled(saved, EIGHT,
                ZonedDateTime.of(START, LocalTime.of(8, 10), LONDON)));

        Medicine changed = new Medicine(saved.id(), "Ondansetron", "4 mg", MedicineSchedule.FIXED_TIMES,
                List.of(EIGHT), START, Optional.empty(), "");
        assertEquals(changed, medicines.update(changed));
        Medicine ended = medicines.end(saved.id(), START.plusDays(5));

        assertEquals(Optional.of(START.plusDays(5)), ended.end());
        assertEquals(List.of(ended), medicines.all());
        List<MedicineDose> log = medicines.dosesBetween(START, START);
        assertEquals(List.of(tick), log);
        assertEquals("8 mg", log.get(0).doseText(), "the dose as it was taken");
    }

    @Test
    void endingBeforeTheStartOrAMissingMedicineIsRefusedAndChangesNothing() {
        Medicine saved = medicines.add(ondansetron());
        assertThrows(IllegalArgumentException.class, () -> medicines.end(saved.id(), START.minusDays(1)));
        assertThrows(StorageException.class, () -> medicines.end(saved.id() + 99, START));
        assertThrows(StorageException.class, () -> medicines.update(saved.withId(saved.id() + 99)));
        assertEquals(List.of(saved), medicines.all());
    }

    @Test
    void aScheduledDoseIsLoggedOnceAndCanBeUndone() {
        Medicine saved = medicines.add(ondansetron());
        ZonedDateTime now = ZonedDateTime.of(START, LocalTime.of(9, 30, 42, 5), LONDON);
        MedicineDose first = medicines.logDose(MedicineDose.scheduled(saved, EIGHT, now));
        MedicineDose again = medicines.logDose(MedicineDose.scheduled(saved, EIGHT, now.plusMinutes(2)));
        assertEquals(first, again, "a second tick of the same dose is the same tick");
        assertEquals(Instant.parse("2026-11-16T09:30:42Z"), first.takenAt().toInstant(), "whole seconds");
        assertEquals(List.of(first), medicines.dosesBetween(START, START));

        medicines.undoDose(first.id());
        assertEquals(List.of(), medicines.dosesBetween(START, START));
    }

    @Test
    void dosesAreFoundByTheDayOfTheirOwnZoneNewestFirst() {
        Medicine saved = medicines.add(new Medicine(0, "Paracetamol", "1 g", MedicineSchedule.AS_NEEDED, List.of(),
                START, Optional.empty(), ""));
        // 23:30 in New York on the 16th is already the 17th in UTC; it belongs to the 16th, where it was taken.
        MedicineDose late = medicines.logDose(new MedicineDose(0, saved.id(),
                ZonedDateTime.of(START, LocalTime.of(23, 30), NEW_YORK), Optional.empty(), "1 g"));
        MedicineDose next = medicines.logDose(new MedicineDose(0, saved.id(),
                ZonedDateTime.of(START.plusDays(1), LocalTime.of(7, 0), LONDON), Optional.empty(), "1 g"));
        assertEquals(List.of(late), medicines.dosesBetween(START, START));
        assertEquals(NEW_YORK, medicines.dosesBetween(START, START).get(0).takenAt().getZone());
        assertEquals(List.of(next, late), medicines.dosesBetween(START, START.plusDays(1)));
    }
}
