package org.leiojournal.domain.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.treatment.BodySurfaceArea;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseHistory;
import org.leiojournal.domain.treatment.CourseStop;
import org.leiojournal.domain.treatment.Regimen;

/**
 * M2: a drug's warning signs stay on after its last dose for the days the rules file gives that drug (28 after
 * dacarbazine and trabectedin, 7 after ifosfamide, 14 after gemcitabine), the heart sign for good after any
 * anthracycline, and a stop date never cuts them short.
 */
class SignsAfterLastDoseTest {

    private static final AlertRuleSet RULES = AlertRuleCatalog.bundled();
    /** Monday 4 January 2027. */
    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    private static Course course(String regimenId, int cycles, Optional<LocalDate> stoppedOn) {
        Regimen plan = RegimenCatalog.bundled().find(regimenId).orElseThrow();
        return new Course(1, plan, START, List.of(cycles), BodySurfaceArea.entered(new BigDecimal("1.80")), "",
                new CourseHistory(List.of(), List.of(), stoppedOn.map(d -> new CourseStop(d, "stopped"))));
    }

    private static boolean asked(String sign, LocalDate day, Course course) {
        return RULES.signsShownOn(day, List.of(course)).stream().anyMatch(s -> s.code().equals(sign));
    }

    @Test
    void theDaysAfterTheLastDoseAreSetPerDrugInTheRulesFile() {
        assertEquals(Map.of("trabectedin", 28, "dacarbazine", 28), RULES.find("sign-yellow").orElseThrow()
                .daysAfterLastDose());
        assertEquals(Map.of("trabectedin", 28), RULES.find("sign-muscle").orElseThrow().daysAfterLastDose());
        assertEquals(Map.of("ifosfamide", 7), RULES.find("sign-confusion").orElseThrow().daysAfterLastDose());
        assertEquals(Map.of("ifosfamide", 7), RULES.find("sign-red-urine").orElseThrow().daysAfterLastDose());
        assertEquals(Map.of("gemcitabine", 14), RULES.find("sign-breath-cough").orElseThrow().daysAfterLastDose());
        assertTrue(RULES.find("sign-heart").orElseThrow().forGoodAfterAnthracycline());
    }

    @Test
    void dacarbazineYellowSkinIsAskedOnDay28AfterTheLastDoseAndNotDay29() {
        Course dacarbazine = course("dacarbazine", 3, Optional.empty()); // doses 4 Jan, 25 Jan, 15 Feb
        LocalDate last = START.plusDays(42);
        assertEquals(Optional.of(last.plusDays(20)), dacarbazine.calendar().lastDay(), "the course ends on day 21");
        assertTrue(asked("yellow", last.plusDays(21), dacarbazine), "day 21 after: past the course, still asked");
        assertTrue(asked("yellow", last.plusDays(28), dacarbazine), "day 28 after the last dose: asked");
        assertFalse(asked("yellow", last.plusDays(29), dacarbazine), "day 29: not");
    }

    @Test
    void trabectedinSignsAreAskedUntil28DaysAfterTheLastDose() {
        Course trabectedin = course("trabectedin", 2, Optional.empty()); // doses 4 and 25 Jan
        LocalDate last = START.plusDays(21);
        for (String sign : List.of("muscle", "yellow", "heart")) {
            assertTrue(asked(sign, last.plusDays(28), trabectedin), sign + " on day 28");
            assertFalse(asked(sign, last.plusDays(29), trabectedin), sign + " not on day 29");
        }
    }

    @Test
    void ifosfamideSignsAreAsked7DaysAfterTheLastDoseOfACourseStoppedEarlyNot8() {
        // cycle 2 starts 25 January (ifosfamide days 1–5); stopped on its day 3, after that day's dose
        LocalDate stop = START.plusDays(23);
        Course ifosfamide = course("ifosfamide-mesna", 3, Optional.of(stop));
        assertEquals(Optional.of(stop), ifosfamide.calendar().lastDay(), "the course ends on the stop date");
        for (String sign : List.of("confusion", "red-urine")) {
            assertTrue(asked(sign, stop.plusDays(1), ifosfamide), sign + ": the stop date does not end it");
            assertTrue(asked(sign, stop.plusDays(7), ifosfamide), sign + ": day 7 after the last dose");
            assertFalse(asked(sign, stop.plusDays(8), ifosfamide), sign + ": day 8 after it");
        }
    }

    @Test
    void aStopCountsFromTheLastDosePlannedBeforeItNotFromTheStop() {
        // dacarbazine on 4 and 25 Jan; stopped on 2 Feb (cycle 2, day 9): 28 days count from 25 Jan
        Course dacarbazine = course("dacarbazine", 6, Optional.of(START.plusDays(29)));
        LocalDate last = START.plusDays(21);
        assertTrue(asked("yellow", last.plusDays(28), dacarbazine));
        assertFalse(asked("yellow", last.plusDays(29), dacarbazine));
    }

    @Test
    void theHeartSignIsStillAskedAYearAfterTheLastDoxorubicin() {
        Course doxorubicin = course("doxorubicin", 6, Optional.empty());
        LocalDate end = doxorubicin.calendar().lastDay().orElseThrow();
        assertTrue(asked("heart", end.plusYears(1), doxorubicin));
        assertTrue(asked("heart", end.plusYears(10), doxorubicin));
        assertFalse(asked("heart", START.minusDays(1), doxorubicin), "not before the first dose");
    }

    @Test
    void theHeartSignStaysAfterADoxorubicinCourseStoppedAfterItsFirstDose() {
        Course stopped = course("doxorubicin", 6, Optional.of(START.plusDays(3)));
        assertTrue(asked("heart", START.plusYears(1), stopped));
        Course neverStarted = course("doxorubicin", 6, Optional.of(START.minusDays(1)));
        assertFalse(asked("heart", START.plusYears(1), neverStarted), "no dose before the stop: no anthracycline");
    }

    @Test
    void anthracyclineRecordedFromBeforeThisJournalKeepsTheHeartSignOnWithoutACourse() {
        assertTrue(RULES.signsShownOn(START, List.of(), true).stream().anyMatch(s -> s.code().equals("heart")));
        assertFalse(RULES.signsShownOn(START, List.of(), false).stream().anyMatch(s -> s.code().equals("heart")));
        CheckIn heart = new CheckIn(7, "u-7", START.atTime(9, 0).atZone(ZoneId.of("Europe/London")),
                Recorder.PATIENT, Map.of(), "", null, null, "", Set.of("heart"));
        AlertEvaluator evaluator = new AlertEvaluator(RULES);
        assertEquals(List.of(AlertSubject.sign("heart")), evaluator.evaluate(heart, new AlertContext(List.of(),
                Map.of(), new BigDecimal("37.5"), 0, List.of(), true)).stream().map(Alert::subject).toList());
        assertEquals(List.of(), evaluator.evaluate(heart, new AlertContext(List.of(), Map.of(),
                new BigDecimal("37.5"), 0, List.of(), false)));
    }

    @Test
    void pazopanibsHeartSignEndsWithItsStopNoAnthracyclineNoDaysAfter() {
        LocalDate stop = START.plusDays(60);
        Regimen plan = RegimenCatalog.bundled().find("pazopanib").orElseThrow();
        Course pazopanib = new Course(1, plan, START, List.of(0), BodySurfaceArea.entered(new BigDecimal("1.80")),
                "", new CourseHistory(List.of(), List.of(), Optional.of(new CourseStop(stop, "stopped"))));
        assertTrue(asked("heart", stop, pazopanib));
        assertFalse(asked("heart", stop.plusDays(1), pazopanib));
    }
}
