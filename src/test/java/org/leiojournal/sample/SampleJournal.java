package org.leiojournal.sample;

import java.math.BigDecimal;
import java.util.Optional;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseDraft;
import org.leiojournal.domain.treatment.CourseValidator;
import org.leiojournal.domain.treatment.Delay;
import org.leiojournal.domain.treatment.DoseOutcome;
import org.leiojournal.domain.treatment.DoseRecord;
import org.leiojournal.domain.treatment.Medicine;
import org.leiojournal.domain.treatment.MedicineSchedule;
import org.leiojournal.domain.treatment.Regimen;
import java.nio.file.Path;
import java.time.LocalDate;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.domain.appointment.PreparationStep;
import org.leiojournal.domain.appointment.Question;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.Weight;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.profile.CareContact;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.symptom.RecorderRole;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.storage.JournalStore;

/**
 * Fills a data folder with a few weeks of invented, plausible check-ins (for screenshots and demos):
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.leiojournal.sample.SampleJournal -Dexec.args="DIR DAYS"}. Not shipped in the app.
 */
public final class SampleJournal {

    private SampleJournal() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 21;
        try (JournalStore store = JournalStore.open(folder)) {
            store.profile().save(new Profile("Maria", new Recorder(RecorderRole.PATIENT, ""), TemperatureUnit.CELSIUS,
                    WeightUnit.KILOGRAM, Profile.DEFAULT_THRESHOLD_CELSIUS, true));
            store.contacts().add(new CareContact(0, "Chemotherapy hotline", "0161 446 3658", "24 hours"));
            SymptomItem numbness = store.items().add("Numbness or tingling", ItemKind.SCORE);
            store.items().add("Vomiting episodes", ItemKind.COUNT);
            List<SymptomItem> items = store.items().all();
            Random random = new Random(42);
            ZoneId zone = ZoneId.of("Europe/London");
            LocalDate today = LocalDate.now(zone);
            for (int d = days; d >= 1; d--) {
                LocalDate day = today.minusDays(d);
                int cycleDay = (days - d) % 21 + 1; // a made-up 21-day cycle: worse in the first week
                int base = cycleDay <= 5 ? 5 : cycleDay <= 10 ? 3 : 1;
                Map<Long, Integer> answers = new HashMap<>();
                for (SymptomItem item : items) {
                    if (item.kind() == ItemKind.COUNT) {
                        answers.put(item.id(), cycleDay <= 3 ? random.nextInt(3) : 0);
                    } else if (!"esas.other".equals(item.code()) && random.nextInt(12) != 0) {
                        answers.put(item.id(), Math.max(0, Math.min(10, base + random.nextInt(3) - 1
                                + (item.id() == numbness.id() ? 1 : 0))));
                    }
                }
                String temp = cycleDay == 9 ? "37.8" : new BigDecimal("36.5").add(
                        BigDecimal.valueOf(random.nextInt(6), 1)).toPlainString();
                ZonedDateTime at = ZonedDateTime.of(day, LocalTime.of(8 + random.nextInt(3), random.nextInt(60)), zone);
                store.checkIns().save(new CheckIn(0, CheckIn.newUid(), at,
                        d % 4 == 0 ? new Recorder(RecorderRole.FAMILY_CAREGIVER, "Tom") : Recorder.PATIENT,
                        answers, "", new Temperature(new BigDecimal(temp), TemperatureUnit.CELSIUS),
                        new Weight(new BigDecimal("64.0").subtract(BigDecimal.valueOf(days - d, 1)), WeightUnit.KILOGRAM),
                        cycleDay == 1 ? "Day 1 of the cycle. Anti-sickness tablets taken." : cycleDay == 9
                                ? "Felt shivery in the evening, called the hotline." : ""));
            }
            addCourse(store, today);
            store.medicines().add(new Medicine(0, "Ondansetron", "8 mg tablet", MedicineSchedule.FIXED_TIMES,
                    List.of(LocalTime.of(8, 0), LocalTime.of(20, 0)), today.minusDays(10), Optional.empty(),
                    "For sickness after chemotherapy"));
            store.medicines().add(new Medicine(0, "Paracetamol", "1 g", MedicineSchedule.AS_NEEDED, List.of(),
                    today.minusDays(30), Optional.empty(), "Not more than 4 doses in 24 hours"));
            addAppointments(store, today, zone);
        }
    }

    /** A clinic visit last week still to write up, a CT with fasting, bloods before the next cycle, a visit. */
    private static void addAppointments(JournalStore store, LocalDate today, ZoneId zone) {
        store.appointments().saveAll(List.of(
                appointment(AppointmentKind.CLINIC_VISIT, "Sarcoma clinic", today.minusDays(4).atTime(11, 0), zone,
                        "The Christie, Outpatients 2", "Dr Okafor", List.of(),
                        List.of(Question.open("Is the numbness in my fingers from docetaxel?"))),
                appointment(AppointmentKind.CT, "CT chest, abdomen and pelvis", today.plusDays(1).atTime(9, 30), zone,
                        "The Christie, Imaging", "", List.of(PreparationStep.hoursBefore(
                                "Nothing to eat after midnight", 12), PreparationStep.withoutReminder(
                                "Bring the list of medicines")), List.of()),
                appointment(AppointmentKind.BLOOD_TEST, "Bloods before cycle 4", today.plusDays(12).atTime(8, 15),
                        zone, "Day unit", "", List.of(), List.of()),
                appointment(AppointmentKind.CLINIC_VISIT, "Results of the CT", today.plusDays(4).atTime(14, 0), zone,
                        "The Christie, Outpatients 2", "Dr Okafor", List.of(), List.of(
                                Question.open("What did the CT show?"),
                                Question.open("Can the next cycle be on a Monday?"))),
                appointment(AppointmentKind.ECHO_MUGA, "", today.plusDays(19).atTime(10, 40), zone,
                        "Cardiology", "", List.of(), List.of())));
    }

    private static Appointment appointment(AppointmentKind kind, String title, java.time.LocalDateTime start,
                                           ZoneId zone, String place, String clinician,
                                           List<PreparationStep> steps, List<Question> questions) {
        return new Appointment(0, kind, title, start, Optional.of(start.plusMinutes(30)), zone, place, clinician,
                steps, questions, AppointmentStatus.BOOKED, "");
    }

    /** Gemcitabine + docetaxel, cycle 2 delayed a week for low counts, today in cycle 3 day 9. */
    private static void addCourse(JournalStore store, LocalDate today) {
        Regimen plan = RegimenCatalog.bundled().find("gemcitabine-docetaxel-hensley").orElseThrow();
        LocalDate start = today.minusDays(21 + 7 + 21 + 8);
        CourseDraft template = CourseDraft.fromTemplate(plan, start);
        CourseDraft draft = new CourseDraft(0, template.template(), template.name(), template.cycleLengthTexts(),
                template.cycleCountTexts(), template.drugs(), start, true, "", "165", "64", "");
        Course course = store.courses().save(new CourseValidator().validate(draft, List.of()).value().orElseThrow());
        long id = course.id();
        store.courses().recordDelay(id, new Delay(2, 1, start.plusDays(28), "Neutrophils too low"));
        for (int cycle = 1; cycle <= 3; cycle++) {
            store.courses().recordDose(id, new DoseRecord(cycle, 1, "Gemcitabine", DoseOutcome.GIVEN,
                    Optional.empty(), ""));
            store.courses().recordDose(id, new DoseRecord(cycle, 8, "Gemcitabine", DoseOutcome.GIVEN,
                    Optional.empty(), ""));
        }
        store.courses().recordDose(id, new DoseRecord(1, 8, "Docetaxel", DoseOutcome.GIVEN, Optional.empty(), ""));
        store.courses().recordDose(id, new DoseRecord(2, 8, "Docetaxel", DoseOutcome.REDUCED,
                Optional.of(new BigDecimal("75")), ""));
        store.courses().recordDose(id, new DoseRecord(3, 8, "Docetaxel", DoseOutcome.GIVEN, Optional.empty(), ""));
    }
}
