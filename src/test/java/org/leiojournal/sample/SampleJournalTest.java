package org.leiojournal.sample;

import org.leiojournal.TestClocks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.EsasItem;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseCalendar;
import org.leiojournal.domain.treatment.CyclePosition;
import org.leiojournal.domain.treatment.DoseOutcome;
import org.leiojournal.domain.treatment.EntryKind;
import org.leiojournal.domain.treatment.HeartScan;
import org.leiojournal.domain.treatment.TreatmentDay;
import org.leiojournal.storage.JournalStore;

/** The default one-year sample tells its story: what a demo, a screenshot or a first look relies on. */
class SampleJournalTest {

    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 22, 9, 30, 0, 0, ZoneId.of("Europe/London"));
    static final LocalDate TODAY = NOW.toLocalDate();

    @TempDir
    static Path temp;

    static SampleSummary summary;
    static JournalStore store;

    @BeforeAll
    static void writeSample() throws Exception {
        summary = SampleJournal.create(temp.resolve("sample"), NOW, 1);
        store = JournalStore.open(temp.resolve("sample"), TestClocks.SUNDAY);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Course course(String template) {
        return store.courses().all().stream().filter(c -> c.plan().id().equals(template)).findFirst().orElseThrow();
    }

    private static long itemId(EsasItem esas) {
        return store.items().all().stream().filter(i -> i.esas().filter(esas::equals).isPresent()).findFirst()
                .orElseThrow().id();
    }

    @Test
    void itIsMarkedAsASampleWithAnObviouslyInventedPatient() {
        assertTrue(store.isSample());
        assertEquals("Sample patient", store.profile().load().patientName());
        assertTrue(store.profile().load().welcomeCompleted(), "opens on Today, not the welcome");
        assertTrue(store.contacts().all().stream().allMatch(c -> c.name().contains("(sample)")
                && c.phone().startsWith("0100 000")));
        assertEquals(summary.checkIns(), store.checkIns().count());
        assertEquals(summary.appointments(), store.appointments().all().size());
        assertEquals(2, summary.courses());
    }

    @Test
    void sixCyclesOfDoxorubicinWereGivenWithAHeartScanBeforeAndAfter() {
        Course doxorubicin = course("doxorubicin");
        assertEquals(List.of(1, 2, 3, 4, 5, 6), doxorubicin.history().doses().stream()
                .filter(d -> d.drug().equals("Doxorubicin") && d.outcome() == DoseOutcome.GIVEN)
                .map(d -> d.cycle()).toList());
        assertTrue(doxorubicin.history().doses().stream().allMatch(d -> d.amount().orElseThrow()
                .compareTo(new BigDecimal("75")) == 0), "the template's 75 mg/m²");
        CourseCalendar calendar = doxorubicin.calendar();
        List<HeartScan> scans = store.heartScans().all();
        assertTrue(scans.stream().anyMatch(s -> s.date().isBefore(calendar.firstDay())));
        assertTrue(scans.stream().anyMatch(s -> s.date().isAfter(calendar.lastDay().orElseThrow())));
        assertEquals(1, store.procedures().surgeries().size());
        assertTrue(store.procedures().surgeries().get(0).date().isBefore(calendar.firstDay()));
    }

    @Test
    void todayIsMidwayThroughGemcitabineDocetaxelAfterOneCycleWasPutBackAWeek() {
        Course gemDoc = course("gemcitabine-docetaxel-hensley");
        CourseCalendar calendar = gemDoc.calendar();
        CyclePosition today = calendar.positionOn(TODAY).orElseThrow();
        assertEquals(3, today.cycle());
        assertEquals(9, today.day());
        assertEquals(1, gemDoc.history().delays().size());
        assertEquals("Neutrophils too low", gemDoc.history().delays().get(0).reason());
        TreatmentDay moved = calendar.treatmentDay(2, 1).orElseThrow();
        assertEquals(moved.plannedDate().plusWeeks(1), moved.date());
        assertTrue(gemDoc.history().doses().stream().allMatch(d -> calendar.treatmentDay(d.cycle(), d.day())
                .orElseThrow().date().isBefore(TODAY)), "only doses due before today are recorded");
        assertTrue(course("doxorubicin").calendar().lastDay().orElseThrow().isBefore(calendar.firstDay()));
    }

    @Test
    void thereIsExactlyOneFeverOnADayOfExpectedLowCounts() {
        List<CheckIn> fevers = store.checkIns().all().stream().filter(c -> c.temperatureReading()
                .filter(t -> t.unit() == TemperatureUnit.CELSIUS && t.value().compareTo(new BigDecimal("37.5")) >= 0)
                .isPresent()).toList();
        assertEquals(1, fevers.size());
        CheckIn fever = fevers.get(0);
        assertTrue(fever.note().contains("Called the hotline, went to the assessment unit"), fever.note());
        assertTrue(course("gemcitabine-docetaxel-hensley").calendar().entriesOn(fever.day()).stream()
                .anyMatch(e -> e.kind() == EntryKind.LOW_COUNTS));
        var alerts = store.alerts().forCheckIn(fever.id());
        assertTrue(alerts.stream().anyMatch(a -> a.ruleId().equals("temperature")), "the fever carries its alert");
        assertTrue(alerts.stream().noneMatch(a -> a.isOpen()), "read, as a patient who rang would have");
        assertTrue(store.alerts().open().isEmpty(), "the sample opens without alerts waiting on Today");
    }

    @Test
    void checkInsCoverMostDaysWithGapsAndUnansweredItems() {
        List<CheckIn> all = store.checkIns().all();
        Set<LocalDate> days = all.stream().map(CheckIn::day).collect(Collectors.toSet());
        assertEquals(all.size(), days.size(), "one a day");
        assertTrue(all.size() >= 330 && all.size() < 365, "most days, some missed: " + all.size());
        assertEquals(TODAY.minusDays(1), all.get(0).day(), "up to yesterday; today is left to try");
        assertTrue(days.stream().allMatch(d -> d.isBefore(TODAY) && !d.isBefore(TODAY.minusYears(1))));
        long pain = itemId(EsasItem.PAIN);
        long unanswered = all.stream().filter(c -> c.answer(pain).isEmpty()).count();
        assertTrue(unanswered > 5 && unanswered < all.size() / 5, "about 1 in 15 unanswered: " + unanswered);
        assertTrue(all.stream().filter(c -> !c.note().isEmpty()).count() >= 5, "a handful of notes");
    }

    @Test
    void scoresWorsenInTheDaysAfterEachDrugDayAndRecoverBeforeTheNextCycle() {
        long nausea = itemId(EsasItem.NAUSEA);
        long tiredness = itemId(EsasItem.TIREDNESS);
        for (Course course : store.courses().all()) {
            for (TreatmentDay day : course.calendar().treatmentDays()) {
                if (day.day() == 1 && day.date().plusDays(20).isBefore(TODAY)) {
                    double after = mean(day.date().plusDays(1), day.date().plusDays(3), nausea, tiredness);
                    double before = mean(day.date().plusDays(17), day.date().plusDays(20), nausea, tiredness);
                    assertTrue(after > before + 1, course.plan().id() + " cycle " + day.cycle() + ": " + after
                            + " after vs " + before + " before the next");
                }
            }
        }
    }

    private static double mean(LocalDate from, LocalDate to, long... items) {
        return store.checkIns().between(from, to).stream()
                .flatMap(c -> java.util.Arrays.stream(items).mapToObj(c::answer))
                .flatMap(java.util.Optional::stream).mapToInt(Integer::intValue).average().orElse(0);
    }

    @Test
    void numbnessIsTrackedFromTheFirstDocetaxelAndCreepsUp() {
        SymptomItem numbness = store.items().all().stream().filter(i -> i.name().equals("Numbness or tingling"))
                .findFirst().orElseThrow();
        LocalDate firstDocetaxel = course("gemcitabine-docetaxel-hensley").calendar().treatmentDay(1, 8)
                .orElseThrow().date();
        List<CheckIn> answered = store.checkIns().all().stream().filter(c -> c.answer(numbness.id()).isPresent())
                .sorted(java.util.Comparator.comparing(CheckIn::day)).toList();
        assertTrue(answered.stream().allMatch(c -> !c.day().isBefore(firstDocetaxel)));
        double first = answered.subList(0, 7).stream().mapToInt(c -> c.answer(numbness.id()).get()).average()
                .orElseThrow();
        double last = answered.subList(answered.size() - 7, answered.size()).stream()
                .mapToInt(c -> c.answer(numbness.id()).get()).average().orElseThrow();
        assertTrue(last >= first + 1.5, first + " → " + last);
    }

    @Test
    void appointmentsArePastAndAttendedOrComingAndBooked() {
        List<Appointment> all = store.appointments().all();
        Predicate<Appointment> coming = a -> a.startMoment().isAfter(NOW);
        assertTrue(all.stream().filter(coming.negate()).allMatch(a -> a.status() == AppointmentStatus.ATTENDED
                || a.status() == AppointmentStatus.BOOKED && a.startMoment().isAfter(NOW.minusWeeks(2))));
        assertEquals(1, all.stream().filter(a -> !coming.test(a) && a.status() == AppointmentStatus.BOOKED).count(),
                "one recent visit still to write up");
        assertTrue(all.stream().filter(coming).allMatch(a -> a.status().isUpcoming() && a.result().isEmpty()
                && a.startMoment().isBefore(NOW.plusWeeks(8))));
        List<Appointment> nextWeeks = all.stream().filter(coming)
                .filter(a -> a.status() == AppointmentStatus.BOOKED).toList();
        assertTrue(nextWeeks.size() >= 3, "booked ones in the coming weeks");
        assertTrue(nextWeeks.stream().anyMatch(a -> !a.preparation().isEmpty()), "one has preparation steps");
        assertTrue(nextWeeks.stream().anyMatch(Appointment::hasOpenQuestions), "one has questions ready");
        assertTrue(all.stream().filter(a -> a.kind() == org.leiojournal.domain.appointment.AppointmentKind.CT)
                .filter(coming.negate()).count() >= 4, "CTs about every three months, with results");
    }

    @Test
    void twoSamplesWrittenForTheSameDayAreTheSame() throws Exception {
        try (JournalStore again = JournalStore.open(temp.resolve("again"), TestClocks.SUNDAY)) {
            // opened first so the folder exists but holds an empty journal: create must refuse it
            assertThrows(IOException.class, () -> SampleJournal.create(temp.resolve("again"), NOW, 1));
        }
        SampleJournal.create(temp.resolve("twin"), NOW, 1);
        try (JournalStore twin = JournalStore.open(temp.resolve("twin"), TestClocks.SUNDAY)) {
            assertEquals(store.checkIns().all(), twin.checkIns().all());
            assertEquals(store.courses().all(), twin.courses().all());
            assertEquals(store.appointments().all(), twin.appointments().all());
            assertEquals(store.medicines().all(), twin.medicines().all());
            assertEquals(store.medicines().dosesBetween(TODAY.minusYears(2), TODAY),
                    twin.medicines().dosesBetween(TODAY.minusYears(2), TODAY));
        }
    }

    @Test
    void aFreshSampleReplacesTheLastOneButNeverARealJournal() throws Exception {
        Path folder = temp.resolve("replace");
        SampleJournal.create(folder, NOW.minusDays(3), 1);
        SampleSummary fresh = SampleJournal.recreate(folder, NOW);
        try (JournalStore replaced = JournalStore.open(folder, TestClocks.SUNDAY)) {
            assertEquals(fresh.checkIns(), replaced.checkIns().count(), "the old entries are gone");
            assertEquals(TODAY.minusDays(1), replaced.checkIns().all().get(0).day());
        }
        Path real = temp.resolve("real");
        JournalStore.open(real, TestClocks.SUNDAY).close();
        assertThrows(IOException.class, () -> SampleJournal.recreate(real, NOW));
        assertFalse(JournalStore.isSample(real));
    }

    @Test
    void theAppsSampleLivesBesideTheJournalFolderNotInsideIt() {
        Path home = Path.of("/home/ann/.local/share/leio-journal");
        assertEquals(Path.of("/home/ann/.local/share/leio-journal-sample"), SampleJournal.folderBeside(home));
        assertFalse(SampleJournal.folderBeside(home).startsWith(home));
    }

    @Test
    void theMarkerSaysTheDataIsInvented() throws Exception {
        String marker = Files.readString(temp.resolve("sample").resolve(JournalStore.SAMPLE_MARKER));
        assertTrue(marker.startsWith("SAMPLE"));
        assertTrue(marker.contains("invented"));
    }
}
