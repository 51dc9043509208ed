package org.leiojournal.bench;

import org.leiojournal.TestClocks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.storage.JournalStore;

/** The benchmark's figures are only worth their journal: it must have the shape the installer issue names. */
class BenchJournalTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 22, 9, 30, 0, 0, ZoneId.of("Europe/London"));

    @TempDir
    static Path folder;
    private static List<CheckIn> checkIns;
    private static List<Course> courses;
    private static List<Appointment> appointments;
    private static List<org.leiojournal.domain.lab.BloodTest> bloodTests;
    private static int items;

    @BeforeAll
    static void write() throws Exception {
        try (JournalStore store = JournalStore.open(folder, TestClocks.SUNDAY)) {
            new BenchJournal(store, NOW).write();
            checkIns = store.checkIns().all();
            courses = store.courses().all();
            appointments = store.appointments().all();
            bloodTests = store.bloodTests().all();
            items = store.items().all().size();
        }
    }

    @Test
    void theJournalsFolderHasTheSettingsAReturningUserHas() {
        assertEquals(BenchJournal.RETURNING_WINDOW, new org.leiojournal.settings.SettingsStore(folder).load());
    }

    @Test
    void eachRunsCopyOfTheJournalKeepsTheReturningUsersSettings(@TempDir Path run) throws Exception {
        Bench.copyJournal(folder, run);
        assertEquals(BenchJournal.RETURNING_WINDOW, new org.leiojournal.settings.SettingsStore(run).load());
    }

    @Test
    void tenYearsOfDailyCheckInsEndYesterdayWithEveryItemAnsweredAndVitalsAndANote() {
        assertEquals(BenchJournal.DAYS, checkIns.size());
        assertEquals(3_650, checkIns.stream().map(c -> c.recordedAt().toLocalDate()).distinct().count());
        assertEquals(NOW.toLocalDate().minusDays(1), checkIns.stream().map(c -> c.recordedAt().toLocalDate())
                .max(java.util.Comparator.naturalOrder()).orElseThrow());
        assertEquals(12, items);
        assertTrue(checkIns.stream().allMatch(c -> c.answers().size() == 12 && c.temperature() != null
                && c.weight() != null && !c.note().isBlank()));
    }

    @Test
    void sixtyCyclesOverSeveralCoursesAllGivenBeforeToday() {
        assertEquals(6, courses.size());
        assertEquals(60, courses.stream().mapToInt(c -> c.plannedCycles().stream().mapToInt(Integer::intValue)
                .sum()).sum());
        assertTrue(courses.stream().allMatch(c -> c.calendar().lastDay().orElseThrow().isBefore(NOW.toLocalDate())));
    }

    @Test
    void sixHundredBloodTestsEveryOneWithACountBeforeToday() {
        assertEquals(BenchJournal.BLOOD_TESTS, bloodTests.size());
        assertTrue(bloodTests.stream().allMatch(t -> t.result("neutrophils").isPresent()
                && t.result("platelets").isPresent() && t.drawnAt().toLocalDate().isBefore(NOW.toLocalDate())));
        assertEquals(300, bloodTests.stream().filter(t -> t.result("alt").isPresent()).count());
    }

    /** Issue 22: the ten-year journal with its blood tests comes back from a JSON export byte for byte. */
    @Test
    void withItsBloodTestsTheJournalComesBackFromJsonByteForByte(@TempDir Path temp) throws Exception {
        Path first = temp.resolve("first.json");
        Path second = temp.resolve("second.json");
        try (JournalStore store = JournalStore.open(folder, TestClocks.SUNDAY)) {
            org.leiojournal.transfer.JournalExport.toJson(store, first);
        }
        try (JournalStore empty = JournalStore.open(temp.resolve("empty"), TestClocks.SUNDAY)) {
            org.leiojournal.transfer.JournalImport.fromJson(empty, first,
                    org.leiojournal.storage.ImportMode.REPLACE);
            org.leiojournal.transfer.JournalExport.toJson(empty, second);
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(java.nio.file.Files.readAllBytes(first),
                java.nio.file.Files.readAllBytes(second));
    }

    @Test
    void threeHundredAppointmentsTheLastFewStillToCome() {
        assertEquals(300, appointments.size());
        long coming = appointments.stream().filter(a -> a.start().isAfter(NOW.toLocalDateTime())).count();
        assertTrue(coming > 0 && coming < 10, coming + " coming");
    }
}
