package org.leiojournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.treatment.BodySurfaceArea;
import org.leiojournal.domain.treatment.CalendarEntry;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseHistory;
import org.leiojournal.domain.treatment.EntryKind;
import org.leiojournal.domain.treatment.Phase;
import org.leiojournal.domain.treatment.SupportPlan;

/**
 * Journals written before supportive medicines were tied to a drug: their courses stored the template's lines with
 * fixed cycle days. The plans under {@code legacy/} were written by the code at commit 5fcb6c6 for a course on a
 * template, day 1 = 4 Jan 2027; they must open and show the same days as then.
 */
class LegacyCoursePlanTest extends OpenJournalTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    static String legacyPlan(String template) throws IOException {
        try (InputStream in = LegacyCoursePlanTest.class.getResourceAsStream(
                "/org/leiojournal/legacy/plan-5fcb6c6-" + template + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Saves a course, then puts the old plan text in its row, as an old journal holds it. */
    private Course storedWithOldPlan(String template, int cycles) throws Exception {
        Course course = new Course(0, CoursePlanJson.read(legacyPlan(template)), START, List.of(cycles),
                BodySurfaceArea.entered(new BigDecimal("1.80")), "", CourseHistory.EMPTY);
        long id = store.courses().save(course).id();
        store.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder().resolve(JournalStore.FILE_NAME));
             PreparedStatement s = c.prepareStatement("UPDATE course SET plan_json = ? WHERE id = ?")) {
            s.setString(1, legacyPlan(template));
            s.setLong(2, id);
            assertEquals(1, s.executeUpdate());
        }
        reopen();
        return store.courses().find(id).orElseThrow();
    }

    private static List<LocalDate> dates(Course course, EntryKind kind) {
        return course.calendar().entries().stream().filter(e -> e.kind() == kind && e.cycle() == 1)
                .map(CalendarEntry::date).toList();
    }

    private static List<LocalDate> days(int... cycleDays) {
        return java.util.Arrays.stream(cycleDays).mapToObj(d -> START.plusDays(d - 1L)).toList();
    }

    @Test
    void oldPlanTextReallyHasFixedDays() throws Exception {
        String json = legacyPlan("gemcitabine-docetaxel-hensley");
        assertFalse(json.contains("\"offsets\""));
        assertFalse(json.contains("\"confirmed\""));
    }

    @Test
    void anOldGemcitabineDocetaxelCourseShowsTheSameDaysAndIsNowTiedToDocetaxel() throws Exception {
        Course course = storedWithOldPlan("gemcitabine-docetaxel-hensley", 2);
        assertEquals(days(7, 8, 9), dates(course, EntryKind.PREMEDICATION));
        assertEquals(days(9, 10, 11, 12, 13, 14, 15), dates(course, EntryKind.GROWTH_FACTOR));
        Phase phase = course.plan().phases().get(0);
        SupportPlan dex = phase.support().get(0);
        assertEquals("Docetaxel", dex.drug());
        assertEquals(List.of(-1, 0, 1), dex.offsets());
        assertFalse(dex.confirmed(), "an old copy of the template is still the template's, not the prescription");
        assertEquals("", dex.shownStrength());
    }

    @Test
    void anOldCoursesChecksAndLowCountDaysKeepTheirDaysAndNowFollowTheirDrug() throws Exception {
        Course course = storedWithOldPlan("gemcitabine-docetaxel-hensley", 2);
        assertEquals(days(1, 8), dates(course, EntryKind.MONITORING));
        assertEquals(days(14, 15, 16), dates(course, EntryKind.LOW_COUNTS));
        Phase phase = course.plan().phases().get(0);
        assertEquals("Gemcitabine", phase.monitoring().get(0).drug(), "the blood count before each gemcitabine");
        assertEquals("Docetaxel", phase.lowCounts().get(0).drug(), "'Docetaxel on day 8' follows docetaxel");
        assertEquals(6, phase.lowCounts().get(0).fromDaysAfter());
    }

    @Test
    void anOldDoxorubicinIfosfamideCourseKeepsItsHeartScanOnTheFirstDoxorubicin() throws Exception {
        Course course = storedWithOldPlan("doxorubicin-ifosfamide", 6);
        Phase phase = course.plan().phases().get(0);
        assertEquals(List.of("Ifosfamide", "Doxorubicin"), phase.monitoring().stream().map(m -> m.drug()).toList(),
                "the urine test before each ifosfamide day; the heart scan before the first doxorubicin");
        assertEquals(List.of(1, 2, 3, 4), phase.checkDays(phase.monitoring().get(0)));
        assertEquals(List.of(1), phase.checkDays(phase.monitoring().get(1)));
        assertEquals(days(8, 9, 10, 11, 12, 13, 14), dates(course, EntryKind.LOW_COUNTS).stream().distinct()
                .sorted().toList(), "ifosfamide days 8–14 and doxorubicin days 10–14, as before");
    }

    @Test
    void anOldCourseSavedAgainKeepsItsDays() throws Exception {
        Course course = storedWithOldPlan("gemcitabine-docetaxel-hensley", 2);
        Course saved = store.courses().save(course);
        reopen();
        Course again = store.courses().find(saved.id()).orElseThrow();
        assertEquals(course.plan(), again.plan());
        assertEquals(days(7, 8, 9), dates(again, EntryKind.PREMEDICATION));
    }

    @Test
    void oldMesnaFollowsEveryIfosfamideDay() throws Exception {
        Course course = storedWithOldPlan("doxorubicin-ifosfamide", 6);
        assertEquals("Ifosfamide", course.plan().phases().get(0).support().get(0).drug());
        assertEquals(days(1, 2, 3, 4), dates(course, EntryKind.PROTECTIVE));
        assertEquals(List.of(), dates(course, EntryKind.GROWTH_FACTOR), "pegfilgrastim had no days and has none");
    }

    @Test
    void anOldPazopanibCourseAsksForTheDoseOnTheLabel() throws Exception {
        Course course = new Course(0, CoursePlanJson.read(legacyPlan("pazopanib")), START, List.of(0),
                BodySurfaceArea.entered(new BigDecimal("1.80")), "", CourseHistory.EMPTY);
        assertEquals(true, course.plan().phases().get(0).drugs().get(0).awaitsDoseFromLabel(),
                "the 800 mg an older version filled in was never confirmed by the user");
    }
}
