package org.leiojournal.domain.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.validation.Validated;

class MedicineTimetableTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate MON = LocalDate.of(2026, 11, 16);
    private static final LocalTime EIGHT = LocalTime.of(8, 0);
    private static final LocalTime EIGHT_PM = LocalTime.of(20, 0);

    private final Medicine ondansetron = new Medicine(1, "Ondansetron", "8 mg", MedicineSchedule.FIXED_TIMES,
            List.of(EIGHT_PM, EIGHT), MON, Optional.of(MON.plusDays(2)), "");
    private final Medicine dexamethasone = new Medicine(2, "Dexamethasone", "4 mg", MedicineSchedule.FIXED_TIMES,
            List.of(EIGHT), MON.plusDays(1), Optional.empty(), "");
    private final Medicine metoclopramide = new Medicine(3, "Metoclopramide", "10 mg", MedicineSchedule.AS_NEEDED,
            List.of(), MON, Optional.empty(), "");

    private static ZonedDateTime at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), LONDON);
    }

    private static MedicineDose tick(Medicine m, LocalDate day, LocalTime time, int hour) {
        return MedicineDose.scheduled(m, time, at(day, hour, 5));
    }

    @Test
    void dueDosesFollowStartAndEndAndSortByTime() {
        MedicineTimetable timetable = new MedicineTimetable(List.of(ondansetron, dexamethasone, metoclopramide),
                List.of());
        assertEquals(List.of("08:00 Ondansetron", "20:00 Ondansetron"), describe(timetable.dueOn(MON)));
        assertEquals(List.of("08:00 Dexamethasone", "08:00 Ondansetron", "20:00 Ondansetron"),
                describe(timetable.dueOn(MON.plusDays(1))));
        assertEquals(List.of("08:00 Dexamethasone"), describe(timetable.dueOn(MON.plusDays(3))), "after the end");
        assertEquals(List.of(), describe(timetable.dueOn(MON.minusDays(1))), "before the start");
        assertEquals(List.of(metoclopramide), timetable.asNeededOn(MON));
    }

    @Test
    void aTickMarksOnlyItsOwnDoseOnItsOwnDay() {
        MedicineDose morning = tick(ondansetron, MON, EIGHT, 8).withId(10);
        MedicineTimetable timetable = new MedicineTimetable(List.of(ondansetron), List.of(morning));
        List<MedicineDue> monday = timetable.dueOn(MON);
        assertEquals(Optional.of(morning), monday.get(0).taken());
        assertFalse(monday.get(1).isTaken(), "the evening dose is a separate tick");
        assertFalse(timetable.dueOn(MON.plusDays(1)).get(0).isTaken(), "Tuesday's morning dose is not Monday's");
    }

    @Test
    void adherenceCountsTakenAgainstDueAndListsMissedDosesInOrder() {
        List<MedicineDose> doses = List.of(
                tick(ondansetron, MON, EIGHT, 8), tick(ondansetron, MON, EIGHT_PM, 20),
                tick(ondansetron, MON.plusDays(1), EIGHT, 9), tick(dexamethasone, MON.plusDays(1), EIGHT, 9),
                tick(ondansetron, MON.plusDays(2), EIGHT_PM, 19));
        MedicineTimetable timetable = new MedicineTimetable(List.of(ondansetron, dexamethasone), doses);
        // Wednesday 09:30: Wednesday's 20:00 Ondansetron was ticked early; it counts because it was taken.
        MedicineAdherence adherence = timetable.adherence(MON, MON.plusDays(2),
                LocalDateTime.of(MON.plusDays(2), LocalTime.of(9, 30)));
        assertEquals(8, adherence.due());
        assertEquals(5, adherence.taken());
        assertEquals(List.of("2026-11-17 20:00 Ondansetron", "2026-11-18 08:00 Dexamethasone",
                "2026-11-18 08:00 Ondansetron"), adherence.missed().stream()
                .map(d -> d.day() + " " + d.time() + " " + d.medicine().name()).toList());
        assertEquals(Optional.of(63), adherence.percentTaken());
    }

    @Test
    void laterDosesOfTodayAreNotYetMissedAndAnEmptyRangeHasNoPercentage() {
        MedicineTimetable timetable = new MedicineTimetable(List.of(ondansetron), List.of());
        MedicineAdherence morning = timetable.adherence(MON, MON, LocalDateTime.of(MON, LocalTime.of(7, 59)));
        assertEquals(0, morning.due());
        assertEquals(Optional.empty(), morning.percentTaken());
        MedicineAdherence evening = timetable.adherence(MON, MON, LocalDateTime.of(MON, EIGHT_PM));
        assertEquals(2, evening.due());
        assertEquals(2, evening.missed().size());
    }

    @Test
    void asNeededDosesAreListedPerDayAndNotCountedAsScheduled() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-16T15:00:00Z"), LONDON);
        MedicineDose first = MedicineDose.asNeeded(metoclopramide, at(MON, 9, 0), clock).value().orElseThrow();
        MedicineDose second = MedicineDose.asNeeded(metoclopramide, at(MON, 14, 0), clock).value().orElseThrow();
        MedicineTimetable timetable = new MedicineTimetable(List.of(metoclopramide), List.of(second, first));
        assertEquals(List.of(first, second), timetable.asNeededTakenOn(metoclopramide.id(), MON));
        assertEquals(List.of(), timetable.asNeededTakenOn(metoclopramide.id(), MON.plusDays(1)));
        assertEquals(0, timetable.adherence(MON, MON, LocalDateTime.of(MON, LocalTime.MAX)).due());
        assertEquals("10 mg", first.doseText(), "the dose text is copied when taken");
    }

    @Test
    void anAsNeededDoseCannotBeLoggedInTheFutureOrOutsideTheMedicinesDays() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-16T15:00:00Z"), LONDON);
        assertTrue(MedicineDose.asNeeded(metoclopramide, at(MON, 15, 1), clock).isValid(), "a minute of grace");
        Validated<MedicineDose> later = MedicineDose.asNeeded(metoclopramide, at(MON, 16, 0), clock);
        assertEquals("medicine.taken.future", later.problemFor(MedicineDose.Field.TAKEN_AT).orElseThrow().messageKey());
        Validated<MedicineDose> before = MedicineDose.asNeeded(metoclopramide, at(MON.minusDays(1), 9, 0), clock);
        assertEquals("medicine.taken.notActive", before.problemFor(MedicineDose.Field.TAKEN_AT).orElseThrow().messageKey());
    }

    private static List<String> describe(List<MedicineDue> due) {
        return due.stream().map(d -> MedicineDraft.time(d.time()) + " " + d.medicine().name()).toList();
    }
}
