package org.leiojournal.domain.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.domain.validation.Validated;

/**
 * m9: where the sources give no number of cycles the course runs "until your team stops it" instead of a made-up
 * 6, so its calendar, and the drug-specific signs that ask whether the course covers a day, do not end after cycle
 * 6. Day 1 = Mon 4 Jan 2027, 21-day cycles: cycle 7 starts on day 127, Mon 10 May 2027.
 */
class UntilStoppedTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    private static Validated<Course> validate(String template, List<String> counts) {
        CourseDraft d = CourseDraft.fromTemplate(RegimenCatalog.bundled().find(template).orElseThrow(), START);
        return new CourseValidator().validate(new CourseDraft(0, d.template(), d.name(), d.cycleLengthTexts(),
                counts, d.drugs(), START, false, "1.80", "", "", "", d.care()), List.of());
    }

    @ParameterizedTest(name = "{0} starts with no number of cycles")
    @ValueSource(strings = {"gemcitabine-docetaxel-hensley", "trabectedin", "eribulin", "dacarbazine", "gemcitabine",
            "doxorubicin-dacarbazine", "ifosfamide-mesna", "gemcitabine-docetaxel-after-pelvic-rt"})
    void templatesWithoutAUsualNumberStartEmpty(String template) {
        CourseDraft d = CourseDraft.fromTemplate(RegimenCatalog.bundled().find(template).orElseThrow(), START);
        assertEquals(List.of(""), d.cycleCountTexts());
        assertEquals(List.of(Course.UNTIL_STOPPED), validate(template, d.cycleCountTexts()).value().orElseThrow()
                .plannedCycles());
    }

    @Test
    void aUsualNumberFromTheSourcesIsKept() {
        assertEquals(List.of("6"), CourseDraft.fromTemplate(RegimenCatalog.bundled().find("doxorubicin").orElseThrow(),
                START).cycleCountTexts());
    }

    @Test
    void aCourseUntilStoppedGoesOnPastCycleSix() {
        Course course = validate("trabectedin", List.of("")).value().orElseThrow();
        CourseCalendar calendar = course.calendar();
        assertEquals(Optional.empty(), calendar.lastDay());
        assertTrue(calendar.covers(START.plusYears(3)), "drug-specific signs stay on");
        assertEquals(LocalDate.of(2027, 5, 10), calendar.treatmentDay(7, 1).orElseThrow().date());
        assertTrue(calendar.cycles().size() > 6);
    }

    @Test
    void aStopEndsIt() {
        Course course = validate("trabectedin", List.of("")).value().orElseThrow();
        LocalDate stop = LocalDate.of(2027, 5, 12);
        CourseCalendar stopped = course.withHistory(new CourseHistory(List.of(), List.of(),
                Optional.of(new CourseStop(stop, "scan")))).calendar();
        assertEquals(Optional.of(stop), stopped.lastDay());
        assertTrue(stopped.covers(stop));
        assertTrue(!stopped.covers(stop.plusDays(1)));
    }

    @Test
    void aNumberTypedStillEndsTheCalendarThere() {
        CourseCalendar calendar = validate("trabectedin", List.of("6")).value().orElseThrow().calendar();
        assertEquals(Optional.of(START.plusDays(6 * 21 - 1)), calendar.lastDay());
    }

    @Test
    void onlyTheLastPhaseMayRunUntilStopped() {
        Validated<Course> lms04 = validate("doxorubicin-trabectedin-lms04", List.of("6", ""));
        assertEquals(List.of(6, Course.UNTIL_STOPPED), lms04.value().orElseThrow().plannedCycles());
        List<Problem> problems = validate("doxorubicin-trabectedin-lms04", List.of("", "11")).problems();
        assertEquals(List.of(CourseValidator.cycleCountField(0)), problems.stream().map(Problem::field).toList());
        assertEquals("treatment.cycles.invalidBeforeNextPhase", problems.get(0).messageKey());
    }

    @Test
    void listsShowTheCyclesBegunAndTheNextTwo() {
        CourseCalendar calendar = validate("trabectedin", List.of("")).value().orElseThrow().calendar();
        assertEquals(3, calendar.cyclesToShow(START.minusDays(1)).size(), "not begun: the first three");
        assertEquals(3, calendar.cyclesToShow(START).size());
        assertEquals(4, calendar.cyclesToShow(START.plusDays(21)).size(), "cycle 2 begun");
        List<CycleDates> all = new ArrayList<>(validate("trabectedin", List.of("6")).value().orElseThrow().calendar()
                .cyclesToShow(START));
        assertEquals(6, all.size(), "a counted course shows every cycle");
        assertEquals(new BigDecimal("1.80"), validate("trabectedin", List.of("")).value().orElseThrow().bsa()
                .squareMetres());
    }
}
