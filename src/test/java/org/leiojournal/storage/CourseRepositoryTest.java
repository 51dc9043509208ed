package org.leiojournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.treatment.BodySurfaceArea;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseHistory;
import org.leiojournal.domain.treatment.CourseStop;
import org.leiojournal.domain.treatment.Delay;
import org.leiojournal.domain.treatment.Dose;
import org.leiojournal.domain.treatment.DoseOutcome;
import org.leiojournal.domain.treatment.DoseRecord;
import org.leiojournal.domain.treatment.DoseUnit;
import org.leiojournal.domain.treatment.DrugPlan;
import org.leiojournal.domain.treatment.Phase;
import org.leiojournal.domain.treatment.PriorAnthracycline;
import org.leiojournal.domain.treatment.Regimen;

/** Courses, what happened in them, daily tablets and prior anthracycline, through a real journal file. */
class CourseRepositoryTest extends OpenJournalTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final BodySurfaceArea SHEET_BSA = BodySurfaceArea.entered(new BigDecimal("1.80"));

    private CourseRepository courses;

    @BeforeEach
    void prepare() {
        courses = store.courses();
    }

    @Override
    void reopen() throws Exception {
        super.reopen();
        courses = store.courses();
    }

    private static Regimen template(String id) {
        return RegimenCatalog.bundled().find(id).orElseThrow();
    }

    private static Course lms04() {
        return new Course(0, template("doxorubicin-trabectedin-lms04"), START, List.of(6, 11), SHEET_BSA,
                "plan from clinic letter", CourseHistory.EMPTY);
    }

    private static Course gemDoc(LocalDate start) {
        return new Course(0, template("gemcitabine-docetaxel-hensley"), start, List.of(6), SHEET_BSA, "",
                CourseHistory.EMPTY);
    }

    private static Course pazopanib() {
        return new Course(0, template("pazopanib"), START, List.of(0),
                BodySurfaceArea.mosteller(new BigDecimal("170"), new BigDecimal("70")), "", CourseHistory.EMPTY);
    }

    private static DoseRecord given(int cycle, int day, String drug) {
        return new DoseRecord(cycle, day, drug, DoseOutcome.GIVEN, Optional.empty(), "");
    }

    private Course reload(Course course) {
        return courses.find(course.id()).orElseThrow(() -> new AssertionError("course " + course.id() + " gone"));
    }

    /** The same plan with the doxorubicin dose of the first phase changed. */
    private static Regimen withDoxorubicinDose(Regimen plan, String amount) {
        List<Phase> phases = new ArrayList<>(plan.phases());
        Phase first = phases.get(0);
        List<DrugPlan> drugs = first.drugs().stream().map(d -> !d.drug().equals("Doxorubicin") ? d
                : new DrugPlan(d.drug(), Dose.of(amount, DoseUnit.MG_PER_M2), d.route(), d.infusion(), d.days(),
                        d.anthracycline(), d.note(), d.sources())).toList();
        phases.set(0, new Phase(first.name(), first.cycleLengthDays(), first.usualCycles(), first.lengthNote(), drugs,
                first.support(), first.monitoring(), first.lowCounts()));
        return new Regimen(plan.id(), plan.name(), phases, plan.cautions());
    }

    // ---- the plan ----

    @Test
    void aSavedCourseReadsBackEqual() {
        Course saved = courses.save(lms04());
        assertNotEquals(0, saved.id());
        assertEquals(lms04().withId(saved.id()), saved);
        assertEquals(saved, reload(saved));
        assertEquals(List.of(6, 11), saved.plannedCycles(), "planned cycles per phase");
        assertEquals(template("doxorubicin-trabectedin-lms04"), saved.plan(),
                "the whole plan survives JSON: phases, doses, sources, cautions, checks limited to cycles 1–2");
        assertEquals(new BigDecimal("1.80"), saved.bsa().squareMetres());
        assertTrue(saved.bsa().heightCm().isEmpty());
        assertEquals("plan from clinic letter", saved.note());
    }

    @Test
    void aBodySurfaceFromHeightAndWeightKeepsBoth() {
        // √(170 × 70 / 3600) = 1.818… → 1.82 m²
        Course saved = courses.save(pazopanib());
        assertEquals(pazopanib().withId(saved.id()), saved);
        assertEquals(new BigDecimal("1.82"), saved.bsa().squareMetres());
        assertEquals(Optional.of(new BigDecimal("170")), saved.bsa().heightCm());
        assertEquals(Optional.of(new BigDecimal("70")), saved.bsa().weightKg());
        assertEquals(List.of(0), saved.plannedCycles(), "continuous treatment has no cycles");
        assertTrue(saved.plan().continuous());
        // Review finding M10: week 0 is the baseline liver test.
        assertEquals(List.of(0, 3, 5, 7, 9), saved.plan().phases().get(0).monitoring().get(0).weeks());
    }

    @Test
    void coursesAreListedOldestStartFirst() {
        Course later = courses.save(gemDoc(LocalDate.of(2028, 1, 3)));
        Course earlier = courses.save(lms04());
        assertEquals(List.of(earlier, later), courses.all());
        assertEquals(Optional.empty(), courses.find(later.id() + earlier.id() + 100));
    }

    @Test
    void editingThePlanNeverLosesHistory() {
        Course saved = courses.save(lms04());
        Delay delay = new Delay(2, 1, LocalDate.of(2027, 2, 1), "low counts");
        DoseRecord dox = given(1, 1, "Doxorubicin");
        DoseRecord trab = new DoseRecord(1, 1, "Trabectedin", DoseOutcome.REDUCED, Optional.of(new BigDecimal("0.9")),
                "liver tests");
        courses.recordDelay(saved.id(), delay);
        courses.recordDose(saved.id(), dox);
        courses.recordDose(saved.id(), trab);
        courses.stop(saved.id(), new CourseStop(LocalDate.of(2027, 6, 1), "scan"));
        CourseHistory before = reload(saved).history();

        // the team moves the start a week and lowers doxorubicin to 50 mg/m²; the form sends no history
        Course edited = new Course(saved.id(), withDoxorubicinDose(saved.plan(), "50"), START.plusDays(7),
                List.of(6, 10), SHEET_BSA, "new dose", CourseHistory.EMPTY);
        Course after = courses.save(edited);

        assertEquals(START.plusDays(7), after.start());
        assertEquals(Dose.of("50", DoseUnit.MG_PER_M2), after.plan().phases().get(0).drugs().get(0).dose());
        assertEquals(List.of(6, 10), after.plannedCycles());
        assertEquals("new dose", after.note());
        assertEquals(before, after.history());
        assertEquals(List.of(delay), after.history().delays());
        assertEquals(List.of(dox, trab), after.history().doses());
        assertEquals(Optional.of(new CourseStop(LocalDate.of(2027, 6, 1), "scan")), after.history().stop());
        assertEquals(1, courses.all().size(), "updated, not added");
    }

    @Test
    void updatingOneCourseLeavesTheOthersAlone() {
        Course first = courses.save(lms04());
        Course second = courses.save(gemDoc(LocalDate.of(2028, 1, 3)));
        courses.recordDose(second.id(), given(1, 1, "Gemcitabine"));
        courses.markOralDoseTaken(second.id(), LocalDate.of(2028, 1, 3), ZonedDateTime.of(2028, 1, 3, 9, 0, 0, 0,
                LONDON));
        Course secondBefore = reload(second);

        courses.save(new Course(first.id(), first.plan(), START.plusDays(3), List.of(4, 2), SHEET_BSA, "", null));

        assertEquals(secondBefore, reload(second));
        assertEquals(Set.of(LocalDate.of(2028, 1, 3)), courses.oralDosesTaken(second.id()));
        assertEquals(2, courses.all().size());
    }

    // ---- what happened ----

    @Test
    void recordingADelayTwiceForTheSameDayReplacesIt() {
        Course saved = courses.save(gemDoc(START));
        courses.recordDelay(saved.id(), new Delay(2, 1, LocalDate.of(2027, 1, 28), "low counts"));
        courses.recordDelay(saved.id(), new Delay(2, 1, LocalDate.of(2027, 2, 1), "still low"));
        assertEquals(List.of(new Delay(2, 1, LocalDate.of(2027, 2, 1), "still low")), reload(saved).history().delays());
        // and the calendar follows the stored delay: planned 25 Jan, now 1 Feb
        assertEquals(LocalDate.of(2027, 2, 1), reload(saved).calendar().treatmentDay(2, 1).orElseThrow().date());
    }

    @Test
    void delaysOfDifferentDaysAreKeptApartAndCanBeRemoved() {
        Course saved = courses.save(gemDoc(START));
        Delay day8 = new Delay(1, 8, LocalDate.of(2027, 1, 13), "");
        Delay cycle2 = new Delay(2, 1, LocalDate.of(2027, 2, 1), "");
        courses.recordDelay(saved.id(), cycle2);
        courses.recordDelay(saved.id(), day8);
        assertEquals(List.of(day8, cycle2), reload(saved).history().delays(), "in cycle and day order");
        courses.removeDelay(saved.id(), 1, 8);
        assertEquals(List.of(cycle2), reload(saved).history().delays());
    }

    @Test
    void aReducedDoseKeepsTheExactAmount() {
        Course saved = courses.save(lms04());
        DoseRecord reduced = new DoseRecord(2, 1, "Trabectedin", DoseOutcome.REDUCED,
                Optional.of(new BigDecimal("1.25")), "platelets");
        courses.recordDose(saved.id(), reduced);
        DoseRecord read = reload(saved).history().doseOf(2, 1, "Trabectedin").orElseThrow();
        assertEquals(reduced, read);
        assertEquals("1.25", read.amount().orElseThrow().toPlainString());
    }

    @Test
    void recordingADoseAgainReplacesItAndRemovingItForgetsIt() {
        Course saved = courses.save(lms04());
        courses.recordDose(saved.id(), given(1, 1, "Doxorubicin"));
        courses.recordDose(saved.id(), given(1, 1, "Trabectedin"));
        DoseRecord skipped = new DoseRecord(1, 1, "Doxorubicin", DoseOutcome.SKIPPED, Optional.empty(), "infection");
        courses.recordDose(saved.id(), skipped);
        assertEquals(List.of(skipped, given(1, 1, "Trabectedin")), reload(saved).history().doses());

        courses.removeDose(saved.id(), 1, 1, "Doxorubicin");
        assertEquals(List.of(given(1, 1, "Trabectedin")), reload(saved).history().doses());
    }

    @Test
    void aCourseCanBeStoppedAndResumed() {
        Course saved = courses.save(gemDoc(START));
        CourseStop stop = new CourseStop(LocalDate.of(2027, 2, 10), "side effects");
        courses.stop(saved.id(), stop);
        Course stopped = reload(saved);
        assertEquals(Optional.of(stop), stopped.history().stop());
        assertEquals(Optional.of(LocalDate.of(2027, 2, 10)), stopped.calendar().lastDay());

        courses.resume(saved.id());
        Course resumed = reload(saved);
        assertEquals(Optional.empty(), resumed.history().stop());
        // 4 Jan + 6 × 21 − 1 days = 9 May 2027
        assertEquals(Optional.of(LocalDate.of(2027, 5, 9)), resumed.calendar().lastDay());
    }

    @Test
    void dailyTabletsAreTickedPerDayAndPerCourse() {
        Course paz = courses.save(pazopanib());
        Course other = courses.save(gemDoc(LocalDate.of(2028, 1, 3)));
        LocalDate day1 = START;
        LocalDate day2 = START.plusDays(1);
        LocalDate day3 = START.plusDays(2);
        assertEquals(Set.of(), courses.oralDosesTaken(paz.id()));

        courses.markOralDoseTaken(paz.id(), day1, ZonedDateTime.of(2027, 1, 4, 8, 0, 0, 0, LONDON));
        courses.markOralDoseTaken(paz.id(), day2, ZonedDateTime.of(2027, 1, 5, 7, 30, 0, 0, LONDON));
        courses.markOralDoseTaken(paz.id(), day3, ZonedDateTime.of(2027, 1, 6, 9, 0, 0, 0, LONDON));
        courses.markOralDoseTaken(paz.id(), day3, ZonedDateTime.of(2027, 1, 6, 9, 5, 0, 0, LONDON));
        assertEquals(Set.of(day1, day2, day3), courses.oralDosesTaken(paz.id()), "ticking twice is one day");

        courses.unmarkOralDoseTaken(paz.id(), day2);
        assertEquals(Set.of(day1, day3), courses.oralDosesTaken(paz.id()));
        assertEquals(Set.of(), courses.oralDosesTaken(other.id()), "another course has its own ticks");
    }

    @Test
    void everythingSurvivesClosingAndReopening() throws Exception {
        Course saved = courses.save(lms04());
        Course paz = courses.save(pazopanib());
        courses.recordDelay(saved.id(), new Delay(3, 1, LocalDate.of(2027, 3, 1), "holiday"));
        courses.recordDose(saved.id(), given(1, 1, "Doxorubicin"));
        courses.stop(paz.id(), new CourseStop(LocalDate.of(2027, 1, 20), "blood pressure"));
        courses.markOralDoseTaken(paz.id(), START, ZonedDateTime.of(2027, 1, 4, 8, 0, 0, 0, LONDON));
        store.priorAnthracycline().save(new PriorAnthracycline(new BigDecimal("100"), "lymphoma, 2015"));
        List<Course> before = courses.all();

        reopen();

        assertEquals(before, courses.all());
        assertEquals(2, before.size());
        assertEquals(Set.of(START), courses.oralDosesTaken(paz.id()));
        assertEquals(new PriorAnthracycline(new BigDecimal("100"), "lymphoma, 2015"), store.priorAnthracycline().load());
    }

    // ---- anthracycline before this journal ----

    @Test
    void priorAnthracyclineIsZeroUntilSaved() {
        PriorAnthracycline prior = store.priorAnthracycline().load();
        assertEquals(0, prior.mgPerSquareMetre().signum());
        assertEquals("", prior.note());
    }

    @Test
    void priorAnthracyclineIsSavedWithItsNote() {
        store.priorAnthracycline().save(new PriorAnthracycline(new BigDecimal("300"), "ABVD × 6"));
        store.priorAnthracycline().save(new PriorAnthracycline(new BigDecimal("240.5"), "corrected by the team"));
        assertEquals(new PriorAnthracycline(new BigDecimal("240.5"), "corrected by the team"),
                store.priorAnthracycline().load());
        store.priorAnthracycline().save(PriorAnthracycline.NONE);
        assertEquals(0, store.priorAnthracycline().load().mgPerSquareMetre().signum());
    }

    // ---- upgrade from the first schema ----

    @Test
    void aVersionOneJournalIsUpgradedWithItsCheckInsAndACopyBeforehand() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-04-01T09:00:00Z"), ZoneOffset.UTC);
        Path old = temp.resolve("old");
        try (JournalStore v1 = JournalStore.open(old, Migration.bundled().subList(0, 1), clock)) {
            assertEquals(0, v1.checkIns().count());
        }
        OldJournal.execute(old, "INSERT INTO check_in (id, uid, day, recorded_at, zone, recorder_role, note) VALUES "
                + "(1, 'before-treatment', '2026-03-30', '2026-03-30T07:00:00Z', 'Europe/London', 'PATIENT', "
                + "'written at version 1')", "INSERT INTO check_in_answer (check_in_id, item_id, value) VALUES (1, 1, 4)");
        CheckIn saved = new CheckIn(1, "before-treatment", ZonedDateTime.of(2026, 3, 30, 8, 0, 0, 0, LONDON),
                Recorder.PATIENT, Map.of(1L, 4), "", null, null, "written at version 1");
        assertEquals(1, userVersion(old.resolve(JournalStore.FILE_NAME)));

        try (JournalStore v2 = JournalStore.open(old, Migration.bundled(), clock)) {
            assertEquals(List.of(saved), v2.checkIns().all());
            assertEquals(List.of(), v2.courses().all());
            assertEquals(0, v2.priorAnthracycline().load().mgPerSquareMetre().signum());
            assertEquals("", v2.priorAnthracycline().load().note());
            Course course = v2.courses().save(gemDoc(START));
            assertEquals(List.of(course), v2.courses().all(), "the new tables work");
        }
        assertEquals(Migration.bundled().size(), userVersion(old.resolve(JournalStore.FILE_NAME)));

        List<Path> copies;
        try (Stream<Path> files = Files.list(old.resolve(JournalStore.BACKUP_FOLDER))) {
            copies = files.collect(Collectors.toList());
        }
        assertEquals(List.of(old.resolve(JournalStore.BACKUP_FOLDER).resolve("journal-before-v2-20260401-090000.sqlite")),
                copies);
        assertEquals(1, userVersion(copies.get(0)));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copies.get(0).toAbsolutePath());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT uid, note FROM check_in")) {
            assertTrue(rs.next());
            assertEquals("before-treatment", rs.getString(1));
            assertEquals("written at version 1", rs.getString(2));
        }
    }

    private static int userVersion(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }
}
