package org.leiojournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.alert.AlertEvaluator;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.domain.appointment.PreparationStep;
import org.leiojournal.domain.appointment.Question;
import org.leiojournal.domain.appointment.QuestionState;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.profile.CareContact;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseHistory;
import org.leiojournal.domain.treatment.Delay;
import org.leiojournal.domain.treatment.DoseOutcome;
import org.leiojournal.domain.treatment.DoseRecord;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.lab.HomeVital;
import org.leiojournal.domain.lab.LabResult;
import org.leiojournal.domain.lab.LevelDirection;
import org.leiojournal.domain.lab.TeamLevel;
import org.leiojournal.domain.treatment.HeartScan;
import org.leiojournal.domain.treatment.HeartScanKind;
import org.leiojournal.domain.treatment.Medicine;
import org.leiojournal.domain.treatment.MedicineDose;
import org.leiojournal.domain.treatment.MedicineSchedule;
import org.leiojournal.domain.treatment.Radiotherapy;
import org.leiojournal.domain.treatment.Surgery;

/**
 * D1: every kind of record the app can delete comes back whole from its undo, with every row that hangs off it
 * (each dependent table filled), and undoing one record leaves the others as they are.
 */
class DeleteAndUndoTest extends OpenJournalTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZonedDateTime NINE = ZonedDateTime.of(2026, 11, 20, 9, 0, 0, 0, LONDON);

    private CheckIn checkIn;
    private Appointment appointment;
    private Course course;
    private MedicineDose dose;
    private Surgery surgery;
    private Radiotherapy radiotherapy;
    private HeartScan scan;
    private CareContact contact;
    private BloodTest bloodTest;
    private HomeVital reading;

    @BeforeEach
    void fillEveryTable() {
        long pain = store.items().all().stream().filter(i -> "esas.pain".equals(i.code())).map(SymptomItem::id)
                .findFirst().orElseThrow();
        var check = new AlertEvaluator(AlertRuleCatalog.bundled()).checkWith(store.items().all(),
                new BigDecimal("37.5"), 0, List.of());
        checkIn = store.checkIns().save(new CheckIn(0, "entry-1", NINE, Recorder.PATIENT, Map.of(pain, 8), "",
                Temperature.celsius("38.2"), null, "bad night", Set.of(firstSign())), check).entry();
        var alerts = store.alerts().forCheckIn(checkIn.id());
        assertTrue(alerts.size() >= 2, "fever and severe pain raise alerts");
        store.alerts().acknowledge(alerts.get(0).id(), NINE.plusMinutes(5).toInstant(), "Called hotline");

        appointment = store.appointments().save(new Appointment(0, AppointmentKind.CT, "CT scan",
                LocalDateTime.of(2026, 11, 24, 9, 30), Optional.empty(), LONDON, "Ward 3", "Dr Okafor",
                List.of(PreparationStep.hoursBefore("Nothing to eat", 4)),
                List.of(new Question("Has it grown?", QuestionState.ANSWERED, "no")), AppointmentStatus.BOOKED, ""));
        store.reminders().markDone(appointment.id(), "prep-0");

        course = store.courses().save(new Course(0, RegimenCatalog.bundled().find("doxorubicin-trabectedin-lms04")
                .orElseThrow(), LocalDate.of(2026, 10, 1), List.of(6, 11), org.leiojournal.domain.treatment.BodySurfaceArea.entered(new BigDecimal("1.80")), "",
                CourseHistory.EMPTY));
        store.courses().recordDelay(course.id(), new Delay(2, 1, LocalDate.of(2026, 10, 29), "low counts"));
        store.courses().recordDose(course.id(), new DoseRecord(1, 1, "Doxorubicin", DoseOutcome.REDUCED,
                Optional.of(new BigDecimal("50")), "nausea"));
        store.courses().markOralDoseTaken(course.id(), LocalDate.of(2026, 10, 2), NINE);

        Medicine medicine = store.medicines().add(new Medicine(0, "Ondansetron", "8 mg", MedicineSchedule.FIXED_TIMES,
                List.of(LocalTime.of(8, 0)), LocalDate.of(2026, 11, 1), Optional.empty(), ""));
        dose = store.medicines().logDose(MedicineDose.scheduled(medicine, LocalTime.of(8, 0), NINE));
        surgery = store.procedures().save(new Surgery(0, LocalDate.of(2026, 3, 2), "Hysterectomy", "Uterus", "open"));
        radiotherapy = store.procedures().save(new Radiotherapy(0, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 5),
                Optional.of(25), "Pelvis", "IMRT", false, ""));
        scan = store.heartScans().save(new HeartScan(0, LocalDate.of(2026, 9, 1), HeartScanKind.ECHO,
                new BigDecimal("58.5"), ""));
        contact = store.contacts().add(new CareContact(0, "Chemo hotline", "0161 446 3000", "24 hours"));
        bloodTest = store.bloodTests().save(new BloodTest(0, LocalDateTime.of(2026, 10, 28, 8, 0), "",
                List.of(LabResult.number("neutrophils", "1.2", "10*9/L"))));
        store.bloodTests().setLevel(new TeamLevel("neutrophils", LevelDirection.AT_LEAST, new BigDecimal("1.5"),
                "10*9/L"));
        reading = store.homeVitals().save(new HomeVital(0, LocalDateTime.of(2026, 11, 20, 8, 0), 128, 82,
                Optional.of(70)));

        // every table a record hangs off, and every table that hangs off one, has a row
        for (JournalTable table : JournalTables.all()) {
            if (!table.name().startsWith("follow_up")) {
                assertNotEquals(0, store.rows().of(table).size(), table.name() + " is filled");
            }
        }
    }

    private String firstSign() {
        return AlertRuleCatalog.bundled().signs().get(0).code();
    }

    @Test
    void aCheckInComesBackWithItsAnswersSignsAlertsAndTheirAcknowledgement() {
        assertUndone(() -> store.checkIns().delete(checkIn.id()), "check_in", "check_in_answer", "check_in_sign",
                "alert");
        assertEquals("Called hotline", store.alerts().forCheckIn(checkIn.id()).get(0).acknowledgement().note());
    }

    @Test
    void anAppointmentComesBackWithItsPreparationQuestionsAndReminderStates() {
        assertUndone(() -> store.appointments().delete(appointment.id()), "appointment", "appointment_preparation",
                "appointment_question", "reminder_state");
    }

    @Test
    void eachTreatmentRecordComesBack() {
        assertUndone(() -> store.medicines().undoDose(dose.id()), "medicine_taken");
        assertUndone(() -> store.procedures().deleteSurgery(surgery.id()), "surgery");
        assertUndone(() -> store.procedures().deleteRadiotherapy(radiotherapy.id()), "radiotherapy");
        assertUndone(() -> store.heartScans().delete(scan.id()), "heart_scan");
        assertUndone(() -> store.courses().removeDose(course.id(), 1, 1, "Doxorubicin"), "course_dose");
        assertUndone(() -> store.courses().removeDelay(course.id(), 2, 1), "course_delay");
        assertUndone(() -> store.courses().unmarkOralDoseTaken(course.id(), LocalDate.of(2026, 10, 2)),
                "oral_dose_taken");
        assertUndone(() -> store.contacts().remove(contact.id()), "care_contact");
        assertUndone(() -> store.bloodTests().delete(bloodTest.id()), "blood_test", "blood_test_value");
        assertUndone(() -> store.homeVitals().delete(reading.id()), "home_vital");
    }

    @Test
    void undoIsKeptAcrossNothingButTheRowsItTook() throws Exception {
        Deleted deleted = store.checkIns().delete(checkIn.id());
        CheckIn later = store.checkIns().save(new CheckIn(0, "entry-2", NINE.plusDays(1), Recorder.PATIENT, Map.of(),
                "", null, null, "", Set.of()));
        deleted.restore();
        assertEquals(2, store.checkIns().count(), "the entry saved since stays");
        assertEquals(List.of(later.uid(), checkIn.uid()), store.checkIns().all().stream().map(CheckIn::uid).toList());
    }

    /** The delete takes rows out of exactly these tables, and its undo puts every row back as it was. */
    private void assertUndone(Supplier<Deleted> delete, String... tables) {
        Map<String, List<JournalRow>> before = JournalSnapshot.of(store);
        Deleted deleted = delete.get();
        Map<String, List<JournalRow>> gone = JournalSnapshot.of(store);
        for (String table : before.keySet()) {
            boolean touched = List.of(tables).contains(table);
            assertEquals(touched, gone.get(table).size() < before.get(table).size(),
                    table + (touched ? " loses rows" : " is left alone"));
        }
        deleted.restore();
        assertEquals(before, JournalSnapshot.of(store));
    }
}
