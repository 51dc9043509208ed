package org.leiojournal.storage;

import org.leiojournal.TestClocks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.appointment.Agenda;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.domain.appointment.PreparationStep;
import org.leiojournal.domain.appointment.Question;
import org.leiojournal.domain.appointment.QuestionState;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.symptom.Recorder;

/** Appointments with their preparation and questions, and the journal's calendar id, through a real journal file. */
class AppointmentRepositoryTest extends OpenJournalTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final LocalDateTime JUNE_11_NINE = LocalDateTime.of(2026, 6, 11, 9, 0);

    private AppointmentRepository appointments;

    @BeforeEach
    void prepare() {
        appointments = store.appointments();
    }

    @Override
    void reopen() throws Exception {
        super.reopen();
        appointments = store.appointments();
    }

    private static Appointment simple(String title, LocalDateTime start, ZoneId zone) {
        return new Appointment(0, AppointmentKind.CLINIC_VISIT, title, start, Optional.empty(), zone, "", "",
                List.of(), List.of(), AppointmentStatus.BOOKED, "");
    }

    /** Every field filled in, with an end, reminders both ways and questions in every state. */
    private static Appointment full() {
        return new Appointment(0, AppointmentKind.CT, "CT chest, abdomen and pelvis", JUNE_11_NINE,
                Optional.of(JUNE_11_NINE.plusMinutes(45)), LONDON, "Royal Marsden, Sutton", "Dr Okafor",
                List.of(PreparationStep.hoursBefore("Nothing to eat for 4 hours", 4),
                        PreparationStep.withoutReminder("Bring the contrast allergy letter"),
                        PreparationStep.hoursBefore("Blood test for kidney function", 168)),
                List.of(Question.open("Has the lung nodule grown?"),
                        new Question("Do I need the cannula again?", QuestionState.ANSWERED, "yes, left arm"),
                        new Question("Next scan in 3 months?", QuestionState.CARRIED_OVER, "")),
                AppointmentStatus.BOOKED, "");
    }

    private Appointment reload(Appointment a) {
        return appointments.all().stream().filter(saved -> saved.id() == a.id()).findFirst()
                .orElseThrow(() -> new AssertionError("appointment " + a.id() + " gone"));
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file().toAbsolutePath());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.getLong(1);
        }
    }

    // ---- round trip ----

    @Test
    void everyFieldReadsBackEqualAfterReopening() throws Exception {
        Appointment saved = appointments.save(full());
        assertNotEquals(0, saved.id());
        assertEquals(full().withId(saved.id()), saved);
        reopen();
        Appointment read = reload(saved);
        assertEquals(saved, read);
        assertEquals(Optional.of(LocalDateTime.of(2026, 6, 11, 9, 45)), read.end());
        assertEquals(LONDON, read.zone());
        assertEquals(List.of(Optional.of(Duration.ofHours(4)), Optional.empty(), Optional.of(Duration.ofDays(7))),
                read.preparation().stream().map(PreparationStep::remindBefore).toList());
        assertEquals(List.of(QuestionState.OPEN, QuestionState.ANSWERED, QuestionState.CARRIED_OVER),
                read.questions().stream().map(Question::state).toList());
        assertEquals("yes, left arm", read.questions().get(1).answer());
    }

    @Test
    void noEndStaysNoEndAndOtherZonesAndNonLatinTextSurvive() throws Exception {
        Appointment tokyo = appointments.save(new Appointment(0, AppointmentKind.MRI, "骨盤MRI 造影あり",
                LocalDateTime.of(2026, 7, 2, 14, 30), Optional.empty(), TOKYO, "国立がん研究センター中央病院",
                "Δρ. Παπαδόπουλος", List.of(PreparationStep.hoursBefore("Не есть за 6 часов", 6)),
                List.of(new Question("هل الورم أصغر؟", QuestionState.ANSWERED, "نعم 👍")),
                AppointmentStatus.ATTENDED, "Stable disease — RECIST SD\nsecond line"));
        reopen();
        Appointment read = reload(tokyo);
        assertEquals(tokyo, read);
        assertEquals(Optional.empty(), read.end());
        assertEquals(TOKYO, read.zone());
        assertEquals("骨盤MRI 造影あり", read.title());
        assertEquals("نعم 👍", read.questions().get(0).answer());
        assertEquals("Stable disease — RECIST SD\nsecond line", read.result());
        assertEquals(AppointmentStatus.ATTENDED, read.status());
    }

    @Test
    void everyStatusAndKindIsKept() throws Exception {
        int day = 1;
        for (AppointmentStatus status : AppointmentStatus.values()) {
            for (AppointmentKind kind : AppointmentKind.values()) {
                appointments.save(new Appointment(0, kind, "", LocalDateTime.of(2026, 8, day++, 9, 0),
                        Optional.empty(), LONDON, "", "", List.of(), List.of(), status, ""));
                if (day > 28) {
                    day = 1;
                }
            }
        }
        reopen();
        List<Appointment> all = appointments.all();
        assertEquals(AppointmentStatus.values().length * AppointmentKind.values().length, all.size());
        for (AppointmentStatus status : AppointmentStatus.values()) {
            for (AppointmentKind kind : AppointmentKind.values()) {
                assertTrue(all.stream().anyMatch(a -> a.status() == status && a.kind() == kind), status + " " + kind);
            }
        }
    }

    // ---- editing ----

    @Test
    void anUpdateReplacesItsStepsAndQuestionsWhole() throws Exception {
        Appointment saved = appointments.save(full());
        Appointment other = appointments.save(full());
        Appointment edited = new Appointment(saved.id(), AppointmentKind.CLINIC_VISIT, "Results clinic",
                JUNE_11_NINE.plusDays(7), Optional.empty(), NEW_YORK, "", "Dr Okafor",
                List.of(PreparationStep.withoutReminder("Write down the questions")),
                List.of(new Question("Has the lung nodule grown?", QuestionState.ANSWERED, "no, 4 mm as before")),
                AppointmentStatus.ATTENDED, "good news");
        assertEquals(edited, appointments.save(edited));
        reopen();
        assertEquals(edited, reload(saved));
        assertEquals(other, reload(other), "the other appointment's steps and questions are untouched");
        assertEquals(4, count("SELECT count(*) FROM appointment_preparation"));
        assertEquals(4, count("SELECT count(*) FROM appointment_question"));

        Appointment cleared = edited.withQuestions(List.of());
        appointments.save(cleared);
        assertEquals(List.of(), reload(saved).questions());
    }

    @Test
    void saveAllKeepsBothSidesOfACarryOver() throws Exception {
        Appointment from = appointments.save(full().withStatus(AppointmentStatus.ATTENDED));
        Appointment to = appointments.save(simple("Clinic", JUNE_11_NINE.plusDays(21), LONDON)
                .withQuestions(List.of(Question.open("Results of the CT?"))));
        Agenda.CarryOver carried = Agenda.carryOpenQuestions(from, to);
        assertEquals(List.of(carried.from(), carried.to()), appointments.saveAll(List.of(carried.from(),
                carried.to())));
        reopen();
        assertEquals(carried.from(), reload(from));
        assertEquals(carried.to(), reload(to));
        assertEquals(List.of("Results of the CT?", "Has the lung nodule grown?"),
                reload(to).questions().stream().map(Question::text).toList());
    }

    @Test
    void saveAllSavesNothingWhenOneFails() throws Exception {
        Appointment kept = appointments.save(full());
        Appointment gone = appointments.save(simple("Bloods", JUNE_11_NINE.minusDays(1), LONDON));
        appointments.delete(gone.id());
        List<Appointment> before = appointments.all();

        Appointment newOne = simple("New clinic", JUNE_11_NINE.plusDays(30), LONDON)
                .withQuestions(List.of(Question.open("Carried question")));
        Appointment keptEdited = kept.withStatus(AppointmentStatus.CANCELLED).withQuestions(List.of());
        assertThrows(StorageException.class,
                () -> appointments.saveAll(List.of(newOne, keptEdited, gone)), "an update of a deleted row");

        assertEquals(before, appointments.all(), "the insert and the edit before the failure are rolled back");
        assertEquals(1, count("SELECT count(*) FROM appointment"));
        assertEquals(3, count("SELECT count(*) FROM appointment_question"));
        reopen();
        assertEquals(List.of(kept), appointments.all());
    }

    @Test
    void saveOfADeletedAppointmentFails() {
        Appointment gone = appointments.save(full());
        appointments.delete(gone.id());
        assertThrows(StorageException.class, () -> appointments.save(gone));
        assertEquals(List.of(), appointments.all());
    }

    @Test
    void aDeletedAppointmentsIdIsNeverGivenToANewOne() throws Exception {
        Appointment first = appointments.save(simple("Clinic", JUNE_11_NINE, LONDON));
        Appointment latest = appointments.save(full());
        appointments.delete(latest.id());
        reopen();
        Appointment next = appointments.save(simple("Echo", JUNE_11_NINE.plusDays(2), LONDON));
        assertNotEquals(latest.id(), next.id(), "a calendar export would take the new one for the deleted one");
        assertThrows(StorageException.class, () -> appointments.save(latest),
                "an edit of the deleted appointment, still open on screen, must not overwrite the new one");
        assertEquals(List.of(first, next), appointments.all());
    }

    // ---- deleting ----

    @Test
    void deletingRemovesItsStepsAndQuestions() throws Exception {
        Appointment doomed = appointments.save(full());
        Appointment kept = appointments.save(simple("Clinic", JUNE_11_NINE.plusDays(21), LONDON)
                .withQuestions(List.of(Question.open("Results of the CT?"))));
        assertEquals(3, count("SELECT count(*) FROM appointment_preparation WHERE appointment_id = " + doomed.id()));
        assertEquals(3, count("SELECT count(*) FROM appointment_question WHERE appointment_id = " + doomed.id()));

        appointments.delete(doomed.id());

        assertEquals(List.of(kept), appointments.all());
        assertEquals(0, count("SELECT count(*) FROM appointment_preparation WHERE appointment_id = " + doomed.id()));
        assertEquals(0, count("SELECT count(*) FROM appointment_question WHERE appointment_id = " + doomed.id()));
        assertEquals(1, count("SELECT count(*) FROM appointment_question"));
        reopen();
        assertEquals(List.of(kept), appointments.all());
    }

    // ---- order ----

    @Test
    void appointmentsComeEarliestFirstByTheClockAcrossZones() throws Exception {
        // 11 June: New York 08:00 EDT = 12:00 UTC; London 09:00 BST = 08:00 UTC; Tokyo 18:00 JST = 09:00 UTC;
        // London 13:30 BST = 12:30 UTC. By the time written the order would be New York, London, London, Tokyo.
        Appointment newYork = appointments.save(simple("New York", JUNE_11_NINE.minusHours(1), NEW_YORK));
        Appointment london = appointments.save(simple("London", JUNE_11_NINE, LONDON));
        Appointment tokyo = appointments.save(simple("Tokyo", JUNE_11_NINE.plusHours(9), TOKYO));
        Appointment londonAfternoon = appointments.save(simple("London afternoon", JUNE_11_NINE.plusHours(4).plusMinutes(30),
                LONDON));
        reopen();
        assertEquals(List.of(london, tokyo, newYork, londonAfternoon), appointments.all());

        Appointment moved = appointments.save(new Appointment(newYork.id(), newYork.kind(), newYork.title(),
                JUNE_11_NINE.minusHours(6), Optional.empty(), NEW_YORK, "", "", List.of(), List.of(),
                AppointmentStatus.BOOKED, ""));            // 03:00 EDT = 07:00 UTC
        assertEquals(List.of(moved, london, tokyo, londonAfternoon), appointments.all());
    }

    // ---- the journal's calendar id ----

    @Test
    void theCalendarIdIs32HexDigitsAndStaysTheSame() throws Exception {
        String uid = store.profile().calendarUid();
        assertTrue(uid.matches("[0-9a-f]{32}"), uid);
        store.profile().save(new Profile("Ana", Recorder.PATIENT, TemperatureUnit.CELSIUS, WeightUnit.KILOGRAM,
                new BigDecimal("38.0"), true));
        assertEquals(uid, store.profile().calendarUid(), "saving the profile keeps it");
        reopen();
        assertEquals(uid, store.profile().calendarUid(), "reopening keeps it");
    }

    @Test
    void twoNewJournalsHaveDifferentCalendarIds() throws Exception {
        try (JournalStore other = JournalStore.open(temp.resolve("other"), TestClocks.SUNDAY)) {
            String otherUid = other.profile().calendarUid();
            assertTrue(otherUid.matches("[0-9a-f]{32}"), otherUid);
            assertNotEquals(store.profile().calendarUid(), otherUid);
        }
    }

    // ---- upgrade from the treatment schema ----

    @Test
    void aVersionTwoJournalIsUpgradedWithACopyAndGetsACalendarId() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-20T10:15:30Z"), ZoneOffset.UTC);
        Path old = temp.resolve("old");
        Profile profile = new Profile("Ana", Recorder.PATIENT, TemperatureUnit.FAHRENHEIT, WeightUnit.POUND,
                new BigDecimal("38.0"), true);
        try (JournalStore v2 = JournalStore.open(old, Migration.bundled().subList(0, 2), clock)) {
            assertEquals(0, v2.checkIns().count());
        }
        OldJournal.execute(old, "UPDATE profile SET patient_name = 'Ana', temperature_unit = 'FAHRENHEIT', "
                + "weight_unit = 'POUND', fever_threshold_c = '38.0', welcome_completed = 1");
        assertEquals(2, userVersion(old.resolve(JournalStore.FILE_NAME)));

        String uid;
        try (JournalStore v3 = JournalStore.open(old, Migration.bundled(), clock)) {
            assertEquals(profile, v3.profile().load(), "the profile survives");
            uid = v3.profile().calendarUid();
            assertTrue(uid.matches("[0-9a-f]{32}"), uid);
            assertEquals(List.of(), v3.appointments().all());
            Appointment saved = v3.appointments().save(full());
            assertEquals(List.of(saved), v3.appointments().all(), "the new tables work");
        }
        assertEquals(Migration.bundled().size(), userVersion(old.resolve(JournalStore.FILE_NAME)));
        try (JournalStore again = JournalStore.open(old, Migration.bundled(), clock)) {
            assertEquals(uid, again.profile().calendarUid());
        }

        List<Path> copies;
        try (Stream<Path> files = Files.list(old.resolve(JournalStore.BACKUP_FOLDER))) {
            copies = files.collect(Collectors.toList());
        }
        assertEquals(List.of(old.resolve(JournalStore.BACKUP_FOLDER)
                .resolve("journal-before-v3-20261120-101530.sqlite")), copies);
        assertEquals(2, userVersion(copies.get(0)));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copies.get(0).toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'appointment'")) {
            assertFalse(rs.next() && rs.getInt(1) > 0, "the copy is the journal as it was");
        }
    }

    private static int userVersion(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }
}
