package org.leiojournal.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.alert.AlertCheck;
import org.leiojournal.domain.alert.AlertEvaluator;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.domain.appointment.PreparationStep;
import org.leiojournal.domain.appointment.Question;
import org.leiojournal.domain.appointment.QuestionState;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.Weight;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseDraft;
import org.leiojournal.domain.treatment.CourseValidator;
import org.leiojournal.domain.treatment.DoseOutcome;
import org.leiojournal.domain.treatment.DoseRecord;
import org.leiojournal.domain.treatment.DrugPlan;
import org.leiojournal.domain.treatment.TreatmentDay;
import org.leiojournal.settings.SettingsStore;
import org.leiojournal.settings.WindowSettings;
import org.leiojournal.storage.JournalStore;

/**
 * The benchmark's journal, to the installer issue's shape: ten years of daily check-ins (3,650 days, every one of
 * the 12 items answered, temperature, weight and a note), 60 cycles over six courses, 300 appointments and 600
 * blood tests. Written
 * through the app's own repositories and alert rules in one transaction, with a fixed seed: the same journal every
 * run. Unlike the sample it answers everything every day, so it is the heaviest ten years a user could have.
 */
final class BenchJournal {

    static final int DAYS = 3_650;
    static final int ITEMS = 12;
    static final int CYCLES = 60;
    static final int APPOINTMENTS = 300;
    /** Issue 22: about one blood test a week, every other one with liver tests too. */
    static final int BLOOD_TESTS = 600;
    private static final int DAYS_BETWEEN_TESTS = 6;

    /** The courses, in order: template and cycles; 60 cycles in all. */
    private static final List<Map.Entry<String, Integer>> COURSES = List.of(Map.entry("doxorubicin", 6),
            Map.entry("gemcitabine-docetaxel-hensley", 8), Map.entry("trabectedin", 12), Map.entry("dacarbazine", 10),
            Map.entry("eribulin", 12), Map.entry("gemcitabine", 12));
    private static final String[] NOTES = {"Slept badly, better after lunch.", "Walked to the shop and back.",
        "Queasy in the morning; the tablets helped.", "A good day. Saw friends in the afternoon.",
        "Tired all day, rested on the sofa.", "Fingertips tingling a little when cold."};
    private static final long SEED = 3_650L;
    /** The usual window (1280 × 760) where the app places it on the benchmark's 1366 × 768 screen. */
    static final WindowSettings RETURNING_WINDOW = new WindowSettings(1280, 760, false, 43.0, 4.0);

    private final JournalStore store;
    private final ZonedDateTime now;
    private final Random random = new Random(SEED);

    BenchJournal(JournalStore store, ZonedDateTime now) {
        this.store = store;
        this.now = now;
    }

    /** The first day of the journal whose last day is yesterday. */
    static LocalDate firstDay(LocalDate today) {
        return today.minusDays(DAYS);
    }

    void write() {
        store.inOneTransaction(() -> {
            store.profile().save(new Profile("Bench patient", Recorder.PATIENT, TemperatureUnit.CELSIUS,
                    WeightUnit.KILOGRAM, Profile.DEFAULT_THRESHOLD_CELSIUS, true, 2));
            List<SymptomItem> items = store.items().all();
            if (items.size() != ITEMS || items.stream().anyMatch(i -> i.kind() != ItemKind.SCORE
                    && i.kind() != ItemKind.COUNT)) {
                throw new IllegalStateException("a new journal was expected to have " + ITEMS + " items: " + items);
            }
            List<Course> courses = courses();
            checkIns(items, courses);
            store.appointments().saveAll(appointments());
            bloodTests();
        });
        // What the app writes when its window is closed with the usual choices, so that the start is measured as
        // every returning user's start: settings.json is read before the first window (issue 21).
        new SettingsStore(store.folder()).save(RETURNING_WINDOW);
    }

    /**
     * A full count every sixth day, liver tests with every other one, in the units UK labs print. Its own seeded
     * random, so the check-ins and appointments stay what they were before blood tests were added.
     */
    private void bloodTests() {
        Random values = new Random(SEED + 22);
        LocalDate first = firstDay(now.toLocalDate());
        for (int i = 0; i < BLOOD_TESTS; i++) {
            LocalDateTime drawn = first.plusDays(3L + (long) i * DAYS_BETWEEN_TESTS).atTime(8, 30 + values.nextInt(30));
            List<org.leiojournal.domain.lab.LabResult> results = new ArrayList<>(List.of(
                    org.leiojournal.domain.lab.LabResult.number("wbc", decimal(values, 2.0, 9.0), "10*9/L"),
                    org.leiojournal.domain.lab.LabResult.number("neutrophils", decimal(values, 0.4, 6.5), "10*9/L"),
                    org.leiojournal.domain.lab.LabResult.number("haemoglobin",
                            Integer.toString(95 + values.nextInt(50)), "g/L"),
                    org.leiojournal.domain.lab.LabResult.number("platelets",
                            Integer.toString(60 + values.nextInt(300)), "10*9/L")));
            if (i % 2 == 0) {
                results.add(org.leiojournal.domain.lab.LabResult.number("alt", Integer.toString(12 + values.nextInt(80)),
                        "U/L"));
                results.add(org.leiojournal.domain.lab.LabResult.number("bilirubin",
                        Integer.toString(4 + values.nextInt(18)), "umol/L"));
            }
            store.bloodTests().save(new org.leiojournal.domain.lab.BloodTest(0, drawn, "Day unit lab", results));
        }
    }

    private static String decimal(Random values, double low, double high) {
        return BigDecimal.valueOf(low + values.nextDouble() * (high - low)).setScale(1, RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** Six courses spread over the ten years, each given as planned up to today. */
    private List<Course> courses() {
        LocalDate today = now.toLocalDate();
        LocalDate start = firstDay(today).plusDays(30);
        List<Course> saved = new ArrayList<>();
        for (Map.Entry<String, Integer> plan : COURSES) {
            CourseDraft form = CourseDraft.fromTemplate(RegimenCatalog.bundled().find(plan.getKey()).orElseThrow(),
                    start);
            CourseDraft draft = new CourseDraft(0, form.template(), form.name(), form.cycleLengthTexts(),
                    List.of(Integer.toString(plan.getValue())), form.drugs(), start, true, "", "170", "70", "");
            Course course = store.courses().save(new CourseValidator().validate(draft, saved).value()
                    .orElseThrow(() -> new IllegalStateException("bench course " + plan.getKey() + " is invalid")));
            for (TreatmentDay day : course.calendar().treatmentDays()) {
                if (day.date().isBefore(today)) {
                    for (DrugPlan drug : day.drugs()) {
                        store.courses().recordDose(course.id(), new DoseRecord(day.cycle(), day.day(), drug.drug(),
                                DoseOutcome.GIVEN, Optional.of(drug.dose().amount()), ""));
                    }
                }
            }
            saved.add(store.courses().find(course.id()).orElseThrow());
            start = course.calendar().lastDay().orElseThrow().plusDays(DAYS / COURSES.size() / 2);
        }
        return saved;
    }

    /** One check-in a day with every item answered; each judged by the alert rules, its alerts marked read. */
    private void checkIns(List<SymptomItem> items, List<Course> courses) {
        AlertCheck check = new AlertEvaluator(AlertRuleCatalog.bundled()).checkWith(items,
                Profile.DEFAULT_THRESHOLD_CELSIUS, 2, courses);
        LocalDate first = firstDay(now.toLocalDate());
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = first.plusDays(d);
            CheckIn entry = checkIn(day, items);
            store.checkIns().save(entry, check).alerts().forEach(alert -> store.alerts().acknowledge(alert.id(),
                    entry.recordedAt().plusHours(1).toInstant(), "Rang the hotline"));
        }
    }

    private CheckIn checkIn(LocalDate day, List<SymptomItem> items) {
        Map<Long, Integer> answers = new HashMap<>();
        for (SymptomItem item : items) {
            answers.put(item.id(), item.kind() == ItemKind.COUNT ? random.nextInt(4) : score());
        }
        BigDecimal celsius = BigDecimal.valueOf(36.6 + random.nextGaussian() * 0.3).setScale(1, RoundingMode.HALF_UP);
        BigDecimal kg = BigDecimal.valueOf(68 + 3 * Math.sin(day.toEpochDay() / 90.0) + random.nextGaussian() * 0.3)
                .setScale(1, RoundingMode.HALF_UP);
        ZonedDateTime at = ZonedDateTime.of(day, LocalTime.of(8, 0).plusMinutes(random.nextInt(180)), now.getZone());
        return new CheckIn(0, uid(day), at, Recorder.PATIENT, answers, "Constipation",
                new Temperature(celsius, TemperatureUnit.CELSIUS), new Weight(kg, WeightUnit.KILOGRAM),
                NOTES[random.nextInt(NOTES.length)]);
    }

    /** Mostly mild, now and then a bad day. */
    private int score() {
        return Math.min(10, Math.max(0, (int) Math.round(2.5 + random.nextGaussian() * 2)));
    }

    /** 300 appointments about twelve days apart up to a month ahead; those past attended, the last few coming. */
    private List<Appointment> appointments() {
        ZoneId zone = now.getZone();
        LocalDateTime first = firstDay(now.toLocalDate()).plusDays(5).atTime(10, 30);
        double every = (DAYS + 30 - 5) / (APPOINTMENTS - 1.0);
        AppointmentKind[] kinds = {AppointmentKind.CLINIC_VISIT, AppointmentKind.BLOOD_TEST, AppointmentKind.CT,
            AppointmentKind.INFUSION, AppointmentKind.ECHO_MUGA};
        List<Appointment> all = new ArrayList<>();
        for (int i = 0; i < APPOINTMENTS; i++) {
            LocalDateTime start = first.plusDays(Math.round(i * every));
            boolean past = start.isBefore(now.toLocalDateTime());
            AppointmentKind kind = kinds[i % kinds.length];
            QuestionState state = past ? QuestionState.ANSWERED : QuestionState.OPEN;
            List<Question> questions = kind == AppointmentKind.CLINIC_VISIT ? List.of(
                    new Question("How are the scans looking?", state, past ? "Stable." : ""),
                    new Question("Who do I call at the weekend?", state, "")) : List.of();
            List<PreparationStep> preparation = kind == AppointmentKind.CT
                    ? List.of(PreparationStep.hoursBefore("Nothing to eat after midnight", 12)) : List.of();
            all.add(new Appointment(0, kind, kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + " " + (i + 1), start, Optional.of(start.plusMinutes(30)), zone, "Sample Hospital",
                    kind == AppointmentKind.CLINIC_VISIT ? "Dr Example" : "", preparation, questions,
                    past ? AppointmentStatus.ATTENDED : AppointmentStatus.BOOKED, past ? "Done." : ""));
        }
        return all;
    }

    private static String uid(LocalDate day) {
        return UUID.nameUUIDFromBytes(("leio-journal-bench " + day).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
