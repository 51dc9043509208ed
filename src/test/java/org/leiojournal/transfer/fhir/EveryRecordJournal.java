package org.leiojournal.transfer.fhir;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.alert.AlertEvaluator;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.lab.HomeVital;
import org.leiojournal.domain.lab.LabResult;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.Weight;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.symptom.RecorderRole;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.treatment.BodySurfaceArea;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseHistory;
import org.leiojournal.domain.treatment.Delay;
import org.leiojournal.domain.treatment.DoseOutcome;
import org.leiojournal.domain.treatment.DoseRecord;
import org.leiojournal.domain.treatment.Medicine;
import org.leiojournal.domain.treatment.MedicineDose;
import org.leiojournal.domain.treatment.MedicineSchedule;
import org.leiojournal.domain.treatment.Radiotherapy;
import org.leiojournal.domain.treatment.Surgery;
import org.leiojournal.storage.JournalStore;

/**
 * A journal holding one of every kind of record the FHIR export maps, and the awkward cases: a °F temperature and
 * a weight in pounds, a check-in by a carer, an unanswered item, a count and a user's own item, a dose given,
 * reduced and skipped, tablets taken at home, a fixed-time and an as-needed medicine, an operation done and one
 * planned, radiotherapy, an appointment booked, one to book and one with an end, an open and a read alert.
 * Today is Sunday 22 November 2026 ({@code TestClocks.SUNDAY}).
 */
final class EveryRecordJournal {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZonedDateTime NINE = ZonedDateTime.of(2026, 11, 20, 9, 0, 0, 0, LONDON);
    static final String NAME = "Ana Lima";
    static final LocalDate BIRTH = LocalDate.of(1970, 4, 12);

    private EveryRecordJournal() {
    }

    static void fill(JournalStore store) {
        store.profile().save(new Profile(NAME, Recorder.PATIENT, TemperatureUnit.CELSIUS, WeightUnit.KILOGRAM,
                new BigDecimal("37.5"), true, 1, Optional.of(BIRTH)));
        SymptomItem mouth = store.items().add("Mouth sores", ItemKind.SCORE);
        var check = new AlertEvaluator(AlertRuleCatalog.bundled()).checkWith(store.items().all(),
                new BigDecimal("37.5"), 1, List.of());
        Map<Long, Integer> answers = new HashMap<>();
        answers.put(item(store, "esas.pain"), 8);
        answers.put(item(store, "esas.other"), 4);
        answers.put(item(store, "count.vomiting"), 3);
        answers.put(mouth.id(), 5);
        CheckIn first = store.checkIns().save(new CheckIn(0, "entry-1", NINE, Recorder.PATIENT, answers,
                "Constipation", Temperature.celsius("38.2"), new Weight(new BigDecimal("61.0"), WeightUnit.KILOGRAM),
                "bad night", Set.of(AlertRuleCatalog.bundled().signs().get(0).code())), check).entry();
        var alerts = store.alerts().forCheckIn(first.id());
        store.alerts().acknowledge(alerts.get(0).id(), NINE.plusMinutes(5).toInstant(), "Called hotline");
        store.checkIns().save(new CheckIn(0, "entry-2", NINE.plusDays(1), new Recorder(RecorderRole.FAMILY_CAREGIVER,
                "Rui"), Map.of(item(store, "esas.tiredness"), 0), "", Temperature.fahrenheit("100.4"),
                new Weight(new BigDecimal("135.5"), WeightUnit.POUND), "", Set.of()), check);

        Course course = store.courses().save(new Course(0, RegimenCatalog.bundled()
                .find("doxorubicin-trabectedin-lms04").orElseThrow(), LocalDate.of(2026, 10, 1), List.of(6, 11),
                BodySurfaceArea.entered(new BigDecimal("1.80")), "", CourseHistory.EMPTY));
        store.courses().recordDelay(course.id(), new Delay(2, 1, LocalDate.of(2026, 10, 29), "low counts"));
        store.courses().recordDose(course.id(), new DoseRecord(1, 1, "Doxorubicin", DoseOutcome.REDUCED,
                Optional.of(new BigDecimal("50")), "nausea"));
        store.courses().recordDose(course.id(), new DoseRecord(1, 1, "Trabectedin", DoseOutcome.GIVEN,
                Optional.of(new BigDecimal("1.1")), ""));
        store.courses().recordDose(course.id(), new DoseRecord(2, 1, "Doxorubicin", DoseOutcome.SKIPPED,
                Optional.empty(), "low counts"));
        Course tablets = store.courses().save(new Course(0, RegimenCatalog.bundled().find("pazopanib").orElseThrow(),
                LocalDate.of(2025, 1, 6), List.of(0), BodySurfaceArea.entered(new BigDecimal("1.80")), "",
                CourseHistory.EMPTY));
        store.courses().markOralDoseTaken(tablets.id(), LocalDate.of(2025, 1, 6), NINE);

        Medicine ondansetron = store.medicines().add(new Medicine(0, "Ondansetron", "8 mg",
                MedicineSchedule.FIXED_TIMES, List.of(LocalTime.of(8, 0), LocalTime.of(20, 0)),
                LocalDate.of(2026, 11, 1), Optional.empty(), ""));
        store.medicines().logDose(MedicineDose.scheduled(ondansetron, LocalTime.of(8, 0), NINE));
        Medicine paracetamol = store.medicines().add(new Medicine(0, "Paracetamol", "1 g", MedicineSchedule.AS_NEEDED,
                List.of(), LocalDate.of(2026, 1, 1), Optional.of(LocalDate.of(2026, 11, 21)), ""));
        store.medicines().logDose(new MedicineDose(0, paracetamol.id(), NINE.plusHours(3), Optional.empty(), "1 g"));

        store.procedures().save(new Surgery(0, LocalDate.of(2026, 3, 2), "Hysterectomy", "Uterus", "open"));
        store.procedures().save(new Surgery(0, LocalDate.of(2027, 1, 12), "Lung metastasectomy", "", ""));
        store.procedures().save(new Radiotherapy(0, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 5),
                Optional.of(25), "Pelvis", "IMRT", false, ""));

        store.bloodTests().save(new BloodTest(0, LocalDateTime.of(2026, 11, 19, 8, 45), "City Hospital lab", List.of(
                new LabResult("platelets", "95", "10*9/L", Optional.of(new BigDecimal("150")),
                        Optional.of(new BigDecimal("400"))),
                LabResult.number("haemoglobin", "11.20", "g/dL"),
                LabResult.number("urine-protein-dipstick", "trace", ""))));
        store.homeVitals().save(new HomeVital(0, LocalDateTime.of(2026, 11, 21, 7, 30), 142, 91, Optional.of(78)));
        store.homeVitals().save(new HomeVital(0, LocalDateTime.of(2026, 11, 22, 7, 30), 128, 84, Optional.empty()));

        store.appointments().save(new Appointment(0, AppointmentKind.CT, "CT scan",
                LocalDateTime.of(2026, 11, 24, 9, 30), Optional.empty(), LONDON, "Ward 3", "Dr Okafor",
                List.of(), List.of(), AppointmentStatus.BOOKED, ""));
        store.appointments().save(new Appointment(0, AppointmentKind.CLINIC_VISIT, "",
                LocalDateTime.of(2027, 2, 1, 10, 0), Optional.empty(), LONDON, "", "", List.of(), List.of(),
                AppointmentStatus.TO_BOOK, ""));
        store.appointments().save(new Appointment(0, AppointmentKind.INFUSION, "Cycle 1",
                LocalDateTime.of(2026, 10, 1, 9, 0), Optional.of(LocalDateTime.of(2026, 10, 1, 16, 0)), LONDON,
                "Day unit", "", List.of(), List.of(), AppointmentStatus.ATTENDED, "went well"));
    }

    static long item(JournalStore store, String code) {
        return store.items().all().stream().filter(i -> code.equals(i.code())).map(SymptomItem::id).findFirst()
                .orElseThrow();
    }
}
