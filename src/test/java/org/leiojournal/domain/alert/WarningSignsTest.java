package org.leiojournal.domain.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.treatment.BodySurfaceArea;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseHistory;
import org.leiojournal.domain.treatment.CourseStop;
import org.leiojournal.domain.treatment.Regimen;

/** Which warning signs the check-in asks about, for every bundled regimen, before, during and after a course. */
class WarningSignsTest {

    private static final AlertRuleSet RULES = AlertRuleCatalog.bundled();
    private static final RegimenCatalog REGIMENS = RegimenCatalog.bundled();
    private static final List<String> GENERAL = List.of("unwell", "fluids", "diarrhoea", "mouth", "bleeding", "line",
            "spine", "bowel-blocked", "leg-clot");
    /** Monday 4 January 2027. */
    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    private static Course course(String regimenId, CourseHistory history) {
        Regimen plan = REGIMENS.find(regimenId).orElseThrow();
        List<Integer> cycles = plan.continuous() ? List.of(0) : plan.phases().stream().map(p -> 1).toList();
        return new Course(1, plan, START, cycles, BodySurfaceArea.entered(new BigDecimal("1.80")), "", history);
    }

    private static List<String> shown(LocalDate day, Course... courses) {
        return RULES.signsShownOn(day, List.of(courses)).stream().map(WarningSign::code).toList();
    }

    private static List<String> generalAnd(String drugSigns) {
        List<String> expected = new ArrayList<>(GENERAL);
        if (!drugSigns.isBlank()) {
            expected.addAll(List.of(drugSigns.split(" ")));
        }
        return expected;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "doxorubicin, heart",
        "doxorubicin-ifosfamide, confusion red-urine heart",
        "doxorubicin-dacarbazine, yellow heart",
        "doxorubicin-trabectedin-lms04, muscle yellow heart",
        "gemcitabine-docetaxel-hensley, breath-cough fluid numbness",
        "gemcitabine-docetaxel-geddis, breath-cough fluid numbness",
        "gemcitabine-docetaxel-after-pelvic-rt, breath-cough fluid numbness",
        "gemcitabine, breath-cough",
        "trabectedin, muscle yellow heart",
        "dacarbazine, yellow",
        "pazopanib, yellow blood-pressure heart",
        "eribulin, numbness",
        "ifosfamide-mesna, confusion red-urine",
    })
    void eachRegimenAddsItsDrugsSignsOnlyWhileItIsInThePlan(String regimen, String drugSigns) {
        Course course = course(regimen, CourseHistory.EMPTY);
        assertEquals(generalAnd(drugSigns), shown(START.plusDays(2), course), "during the course");
        assertEquals(GENERAL, shown(START.minusDays(1), course), "not before it starts");
        if (!course.plan().continuous()) {
            // past every drug's days after its last dose (28 at most); the heart sign stays for good after doxorubicin
            LocalDate wellAfter = course.calendar().lastDay().orElseThrow().plusDays(29);
            assertEquals(generalAnd(regimen.contains("doxorubicin") ? "heart" : ""), shown(wellAfter, course),
                    "not once it is over");
        }
    }

    @Test
    void withoutTreatmentOnlyTheGeneralSignsAreAsked() {
        assertEquals(GENERAL, shown(START));
    }

    @Test
    void everySignOfTheFileIsShownForSomeRegimen() {
        Set<String> seen = new java.util.HashSet<>();
        REGIMENS.all().forEach(r -> seen.addAll(shown(START.plusDays(2), course(r.id(), CourseHistory.EMPTY))));
        assertEquals(RULES.signs().stream().map(WarningSign::code).collect(java.util.stream.Collectors.toSet()), seen);
    }

    @Test
    void gemcitabineBreathlessnessIsAskedUntil14DaysAfterTheLastDose() {
        // One 21-day cycle: gemcitabine on days 1 and 8 (11 January), the course ends on day 21 (24 January).
        Course course = course("gemcitabine-docetaxel-hensley", CourseHistory.EMPTY);
        LocalDate lastGemcitabine = START.plusDays(7);
        assertEquals(Optional.of(LocalDate.of(2027, 1, 24)), course.calendar().lastDay());
        assertTrue(shown(lastGemcitabine.plusDays(14), course).contains("breath-cough"), "day 14 after: still asked");
        assertFalse(shown(lastGemcitabine.plusDays(15), course).contains("breath-cough"), "day 15 after: not");
        assertFalse(shown(lastGemcitabine.plusDays(14), course).contains("fluid"),
                "docetaxel signs end with the course");
    }

    @Test
    void aStoppedContinuousTreatmentWithoutDaysAfterStopsAskingOnTheDayAfterTheStop() {
        LocalDate stop = START.plusDays(30);
        Course pazopanib = course("pazopanib", new CourseHistory(List.of(), List.of(),
                Optional.of(new CourseStop(stop, "side effects"))));
        assertTrue(shown(stop, pazopanib).contains("blood-pressure"));
        assertEquals(GENERAL, shown(stop.plusDays(1), pazopanib));
    }

    @Test
    void drugNamesMatchIgnoringCaseAsAWholeWord() {
        assertTrue(PlanDrugs.inPlan("gemcitabine", START, List.of(course("gemcitabine", CourseHistory.EMPTY)), null));
        assertFalse(PlanDrugs.inPlan("ifosfamide", START, List.of(course("gemcitabine", CourseHistory.EMPTY)), null));
    }

    @Test
    void aSignFiresOnlyWhileItsDrugIsInThePlan() {
        AlertEvaluator evaluator = new AlertEvaluator(RULES);
        Course ifosfamide = course("ifosfamide-mesna", CourseHistory.EMPTY);
        var entry = new org.leiojournal.domain.symptom.CheckIn(7, "u-7",
                START.plusDays(2).atTime(9, 0).atZone(java.time.ZoneId.of("Europe/London")),
                org.leiojournal.domain.symptom.Recorder.PATIENT, java.util.Map.of(), "", null, null, "",
                Set.of("confusion"));
        AlertContext during = new AlertContext(List.of(), java.util.Map.of(), new BigDecimal("37.5"), 0,
                List.of(ifosfamide));
        AlertContext without = new AlertContext(List.of(), java.util.Map.of(), new BigDecimal("37.5"), 0, List.of());
        assertEquals(List.of(AlertSubject.sign("confusion")),
                evaluator.evaluate(entry, during).stream().map(Alert::subject).toList());
        assertEquals(List.of(), evaluator.evaluate(entry, without));
    }
}
