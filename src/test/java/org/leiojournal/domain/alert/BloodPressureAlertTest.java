package org.leiojournal.domain.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.lab.BloodPressureLevels;
import org.leiojournal.domain.lab.HomeVital;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseDraft;
import org.leiojournal.domain.treatment.CourseValidator;

/** Home blood pressure against the bundled rules: 180/110 whatever the team's level, and the team's level ±1. */
class BloodPressureAlertTest {

    private static final ZonedDateTime AT = ZonedDateTime.of(2026, 11, 22, 9, 30, 0, 0, ZoneId.of("Europe/London"));
    private static final AlertRuleSet RULES = AlertRuleCatalog.bundled();
    private static final AlertEvaluator EVALUATOR = new AlertEvaluator(RULES);
    private static final BloodPressureLevels TEAM_150_100 = new BloodPressureLevels(Optional.of(150), Optional.of(100));

    private static List<Alert> evaluate(int systolic, int diastolic, BloodPressureLevels levels) {
        CheckIn entry = new CheckIn(7, "u-7", AT, Recorder.PATIENT, Map.of(), "", null, null, "", Set.of());
        HomeVital reading = new HomeVital(0, AT.toLocalDateTime(), systolic, diastolic, Optional.empty());
        return EVALUATOR.evaluate(entry, new AlertContext(List.of(), Map.of(), new BigDecimal("37.5"), 0, List.of(),
                false, Optional.of(reading), levels));
    }

    private static String only(List<Alert> alerts) {
        assertEquals(1, alerts.size(), alerts.toString());
        return alerts.get(0).ruleId();
    }

    @ParameterizedTest(name = "{0}/{1}: {2}")
    @CsvSource({
        "179, 109, ''",
        "180, 109, bp-systolic-180",
        "179, 110, bp-diastolic-110",
        "200, 120, bp-systolic-180",
    })
    void oneEightyOverOneTenCallsNowWithNoTeamLevel(int systolic, int diastolic, String rule) {
        List<Alert> alerts = evaluate(systolic, diastolic, BloodPressureLevels.NONE);
        if (rule.isEmpty()) {
            assertTrue(alerts.isEmpty(), alerts.toString());
        } else {
            assertEquals(rule, only(alerts));
            assertEquals(AlertTier.CALL_NOW, RULES.tierOf(alerts.get(0)));
            assertEquals(systolic + "/" + diastolic, alerts.get(0).observed());
        }
    }

    @Test
    void oneEightyCallsNowEvenWhenTheTeamsLevelIsHigher() {
        BloodPressureLevels high = new BloodPressureLevels(Optional.of(190), Optional.of(120));
        assertEquals("bp-systolic-180", only(evaluate(180, 90, high)));
        assertEquals("bp-diastolic-110", only(evaluate(150, 110, high)));
        assertTrue(evaluate(179, 109, high).isEmpty());
    }

    @ParameterizedTest(name = "{0}/{1} against 150/100: {2}")
    @CsvSource({
        "149, 99, ''",
        "150, 99, bp.systolic",
        "149, 100, bp.diastolic",
        "151, 101, bp.systolic",
    })
    void theTeamsLevelAtPlusAndMinusOne(int systolic, int diastolic, String subject) {
        List<Alert> alerts = evaluate(systolic, diastolic, TEAM_150_100);
        if (subject.isEmpty()) {
            assertTrue(alerts.isEmpty(), alerts.toString());
            return;
        }
        assertEquals("bp-team-level", only(alerts));
        assertEquals(subject, alerts.get(0).subject().code());
        assertEquals(subject.equals("bp.systolic") ? 150 : 100, alerts.get(0).threshold().intValue());
        assertEquals(AlertTier.CALL_NOW, RULES.tierOf(alerts.get(0)));
    }

    @Test
    void onlyTheUpperOrOnlyTheLowerLevelGiven() {
        BloodPressureLevels upper = new BloodPressureLevels(Optional.of(160), Optional.empty());
        assertTrue(evaluate(159, 105, upper).isEmpty(), "no lower level: 105 raises nothing below 110");
        assertEquals("bp-team-level", only(evaluate(160, 80, upper)));
        BloodPressureLevels lower = new BloodPressureLevels(Optional.empty(), Optional.of(95));
        assertEquals("bp.diastolic", evaluate(140, 95, lower).get(0).subject().code());
        assertTrue(evaluate(170, 94, lower).isEmpty());
    }

    @Test
    void aVeryHighReadingRaisesOneAlertNotAlsoTheTeamLevelOne() {
        assertEquals("bp-systolic-180", only(evaluate(185, 115, TEAM_150_100)));
    }

    @Test
    void noReadingNoTeamLevelNoAlert() {
        CheckIn entry = new CheckIn(7, "u-7", AT, Recorder.PATIENT, Map.of(), "", null, null, "", Set.of());
        assertTrue(EVALUATOR.evaluate(entry, new AlertContext(List.of(), Map.of(), new BigDecimal("37.5"), 0,
                List.of(), false, Optional.empty(), TEAM_150_100)).isEmpty());
        assertTrue(evaluate(120, 80, BloodPressureLevels.NONE).isEmpty());
    }

    @Test
    void pazopanibInThePlanAsksForHomeReadingsAndDoxorubicinDoesNot() {
        LocalDate start = LocalDate.of(2026, 11, 1);
        assertTrue(RULES.asksHomeBloodPressure(start.plusDays(21), List.of(course("pazopanib", start))));
        assertFalse(RULES.asksHomeBloodPressure(start.plusDays(21), List.of(course("doxorubicin", start))));
        assertFalse(RULES.asksHomeBloodPressure(start.minusDays(1), List.of(course("pazopanib", start))));
        assertFalse(RULES.asksHomeBloodPressure(start, List.of()));
    }

    @Test
    void levelsAreValidatedLikeAReading() {
        assertEquals(BloodPressureLevels.NONE, BloodPressureLevels.validate(" ", "").value().orElseThrow());
        assertEquals(TEAM_150_100, BloodPressureLevels.validate("150", "100").value().orElseThrow());
        assertTrue(BloodPressureLevels.validate("100", "150").problemFor(BloodPressureLevels.Field.DIASTOLIC)
                .isPresent());
        assertTrue(BloodPressureLevels.validate("15o", "").problemFor(BloodPressureLevels.Field.SYSTOLIC)
                .isPresent());
    }

    private static Course course(String template, LocalDate start) {
        CourseDraft draft = CourseDraft.fromTemplate(RegimenCatalog.bundled().find(template).orElseThrow(), start);
        CourseDraft withBsa = new CourseDraft(0, draft.template(), draft.name(), draft.cycleLengthTexts(),
                draft.cycleCountTexts(), draft.drugs(), start, false, "1.80", "", "", "");
        return new CourseValidator().validate(withBsa, List.of()).value().orElseThrow();
    }
}
