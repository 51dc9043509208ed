package org.leiojournal.domain.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.EsasItem;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.symptom.SymptomItem;

/** The bundled rules at their boundaries, as the evaluator applies them to a saved check-in. */
class AlertEvaluatorTest {

    private static final ZonedDateTime AT = ZonedDateTime.of(2026, 2, 3, 21, 15, 0, 0, ZoneId.of("Europe/London"));
    private static final AlertEvaluator EVALUATOR = new AlertEvaluator(AlertRuleCatalog.bundled());
    private static final List<SymptomItem> ITEMS = items();
    private static final long STOOLS = 11;
    private static final long VOMITING = 12;
    private static final long OWN_ITEM = 20;

    private static List<SymptomItem> items() {
        List<SymptomItem> items = new ArrayList<>();
        for (EsasItem esas : EsasItem.values()) {
            items.add(new SymptomItem(esas.ordinal() + 1, esas.code(), esas.label(), ItemKind.SCORE, false, 0));
        }
        items.add(new SymptomItem(STOOLS, SymptomItem.LOOSE_STOOLS, "Loose stools", ItemKind.COUNT, false, 0));
        items.add(new SymptomItem(VOMITING, SymptomItem.VOMITING, "Vomiting", ItemKind.COUNT, false, 0));
        items.add(new SymptomItem(OWN_ITEM, null, "Swelling", ItemKind.SCORE, false, 0));
        return items;
    }

    private static long id(EsasItem esas) {
        return esas.ordinal() + 1;
    }

    private static CheckIn entry(Map<Long, Integer> answers, Temperature temperature, Set<String> signs) {
        return new CheckIn(42, "u-42", AT, Recorder.PATIENT, answers, "", temperature, null, "", signs);
    }

    private static List<Alert> evaluate(CheckIn entry, Map<Long, Integer> previous, String threshold, int usual) {
        return EVALUATOR.evaluate(entry, new AlertContext(ITEMS, previous, new BigDecimal(threshold), usual, List.of()));
    }

    private static List<Alert> answers(Map<Long, Integer> answers, Map<Long, Integer> previous) {
        return evaluate(entry(answers, null, Set.of()), previous, "37.5", 0);
    }

    @ParameterizedTest(name = "threshold {0} °C, measured {1} {2}: {3}")
    @CsvSource({
        "37.5, 37.4, CELSIUS, NONE",
        "37.5, 37.5, CELSIUS, TEMPERATURE_HIGH",
        "37.5, 39.0, CELSIUS, TEMPERATURE_HIGH",
        "38.0, 37.9, CELSIUS, NONE",
        "38.0, 38.0, CELSIUS, TEMPERATURE_HIGH",
        "37.5, 36.1, CELSIUS, NONE",
        "37.5, 36.0, CELSIUS, TEMPERATURE_LOW",
        "37.5, 35.9, CELSIUS, TEMPERATURE_LOW",
        "37.5, 34.0, CELSIUS, TEMPERATURE_LOW",
        "37.5, 99.4, FAHRENHEIT, NONE",
        "37.5, 99.5, FAHRENHEIT, TEMPERATURE_HIGH",
        "38.0, 100.3, FAHRENHEIT, NONE",
        "38.0, 100.4, FAHRENHEIT, TEMPERATURE_HIGH",
        "37.5, 97.0, FAHRENHEIT, NONE",
        "37.5, 96.9, FAHRENHEIT, NONE",
        "37.5, 96.8, FAHRENHEIT, TEMPERATURE_LOW",
        "37.5, 96.7, FAHRENHEIT, TEMPERATURE_LOW",
    })
    void temperatureFiresAtTheThresholdAndAtOrBelow36(String threshold, String value, TemperatureUnit unit, String kind) {
        List<Alert> alerts = evaluate(entry(Map.of(), new Temperature(new BigDecimal(value), unit), Set.of()),
                Map.of(), threshold, 0);
        assertEquals(kind, alerts.isEmpty() ? "NONE" : alerts.get(0).subject().type().name());
        assertTrue(alerts.size() <= 1);
    }

    @Test
    void temperatureAlertCarriesWhatWasMeasuredTheThresholdThatFiredAndTheMoment() {
        Alert high = evaluate(entry(Map.of(), Temperature.fahrenheit("100.4"), Set.of()), Map.of(), "38.0", 0).get(0);
        assertEquals("temperature", high.ruleId());
        assertEquals("100.4 °F", high.observed());
        assertEquals(0, new BigDecimal("38.0").compareTo(high.threshold()));
        assertEquals(AT, high.seenAt());
        assertEquals(42, high.checkInId());
        assertTrue(high.isOpen());

        Alert low = evaluate(entry(Map.of(), Temperature.celsius("35.5"), Set.of()), Map.of(), "38.0", 0).get(0);
        assertEquals(AlertSubject.TEMPERATURE_LOW, low.subject());
        assertEquals(0, new BigDecimal("36.0").compareTo(low.threshold()));
    }

    @Test
    void noTemperatureAndNoAnswersRaiseNothing() {
        assertEquals(List.of(), answers(Map.of(), Map.of()));
    }

    private static final AlertRuleSet RULES = AlertRuleCatalog.bundled();

    @ParameterizedTest
    @EnumSource(value = EsasItem.class, names = "SHORTNESS_OF_BREATH", mode = EnumSource.Mode.EXCLUDE)
    void everyEsasItemButBreathIsSevereAt7AndNotAt6AndThatIsTellSoon(EsasItem esas) {
        assertEquals(List.of(), answers(Map.of(id(esas), 6), Map.of()));
        List<Alert> alerts = answers(Map.of(id(esas), 7), Map.of());
        assertEquals(1, alerts.size());
        Alert alert = alerts.get(0);
        assertEquals("esas-severe", alert.ruleId());
        assertEquals(AlertTier.TELL_SOON, RULES.tierOf(alert));
        assertEquals(AlertSubject.item(esas.code()), alert.subject());
        assertEquals("7", alert.observed());
        assertEquals(0, BigDecimal.valueOf(7).compareTo(alert.threshold()));
    }

    @Test
    void shortnessOfBreathAt7IsCallNowAndAt6Nothing() {
        long breath = id(EsasItem.SHORTNESS_OF_BREATH);
        assertEquals(List.of(), answers(Map.of(breath, 6), Map.of()));
        List<Alert> alerts = answers(Map.of(breath, 7), Map.of());
        assertEquals(List.of("breath-severe"), alerts.stream().map(Alert::ruleId).toList(),
                "call now only: not also the tell-soon severe-score alert for the same symptom");
        assertEquals(AlertTier.CALL_NOW, RULES.tierOf(alerts.get(0)));
        assertEquals(AlertSubject.item(EsasItem.SHORTNESS_OF_BREATH.code()), alerts.get(0).subject());
    }

    @Test
    void itemsThatAreNotEsasAreNeverSevere() {
        assertEquals(List.of(), answers(Map.of(OWN_ITEM, 10), Map.of(OWN_ITEM, 0)));
    }

    @Test
    void aRiseOf3FiresAndARiseOf2DoesNot() {
        long pain = id(EsasItem.PAIN);
        assertEquals(List.of(), answers(Map.of(pain, 3), Map.of(pain, 1)));
        List<Alert> alerts = answers(Map.of(pain, 4), Map.of(pain, 1));
        assertEquals(1, alerts.size());
        assertEquals("esas-rise", alerts.get(0).ruleId());
        assertEquals(AlertTier.TELL_SOON, RULES.tierOf(alerts.get(0)), "the app's own rise rule: tell soon");
        assertEquals("4", alerts.get(0).observed());
        assertEquals(0, BigDecimal.valueOf(3).compareTo(alerts.get(0).threshold()));
        assertEquals(0, BigDecimal.ONE.compareTo(alerts.get(0).reference()), "the answer it rose from");
    }

    @Test
    void aRiseNeedsAPreviousAnswerAndZeroIsOne() {
        long nausea = id(EsasItem.NAUSEA);
        assertEquals(List.of(), answers(Map.of(nausea, 6), Map.of()), "never answered before: no rise");
        assertEquals(List.of("esas-rise"), answers(Map.of(nausea, 3), Map.of(nausea, 0)).stream()
                .map(Alert::ruleId).toList(), "0 is an answer to rise from");
        assertEquals(List.of(), answers(Map.of(), Map.of(nausea, 0)), "unanswered now: nothing to compare");
    }

    @Test
    void aSevereScoreThatAlsoRoseRaisesBothTellSoonRules() {
        long pain = id(EsasItem.PAIN);
        assertEquals(List.of("esas-severe", "esas-rise"), answers(Map.of(pain, 8), Map.of(pain, 2)).stream()
                .map(Alert::ruleId).toList());
    }

    @Test
    void breathlessnessThatRoseTo8IsOneCallNowAlert() {
        long breath = id(EsasItem.SHORTNESS_OF_BREATH);
        assertEquals(List.of("breath-severe"), answers(Map.of(breath, 8), Map.of(breath, 2)).stream()
                .map(Alert::ruleId).toList());
    }

    @Test
    void aTellSoonAlertOnAnotherSymptomStaysBesideACallNowOne() {
        long breath = id(EsasItem.SHORTNESS_OF_BREATH);
        long pain = id(EsasItem.PAIN);
        List<Alert> alerts = answers(Map.of(breath, 9, pain, 7), Map.of());
        assertEquals(List.of("breath-severe", "esas-severe"), alerts.stream().map(Alert::ruleId).toList());
        assertEquals(java.util.Map.of(AlertTier.CALL_NOW, 1L, AlertTier.TELL_SOON, 1L), RULES.countByTier(alerts));
    }

    @ParameterizedTest(name = "usual {0}: {1} loose stools → call now {2}")
    @CsvSource({"0, 3, false", "0, 4, true", "2, 3, false", "2, 4, true", "5, 4, true", "0, 0, false"})
    void fourOrMoreLooseStoolsAreCallNowWhateverTheUsualNumber(int usual, int stools, boolean fires) {
        List<Alert> alerts = evaluate(entry(Map.of(STOOLS, stools), null, Set.of()), Map.of(), "37.5", usual);
        assertEquals(fires, !alerts.isEmpty());
        if (fires) {
            Alert alert = alerts.get(0);
            assertEquals("loose-stools", alert.ruleId());
            assertEquals(AlertTier.CALL_NOW, RULES.tierOf(alert));
            assertEquals(AlertSubject.item(SymptomItem.LOOSE_STOOLS), alert.subject());
            assertEquals(0, BigDecimal.valueOf(4).compareTo(alert.threshold()));
            assertTrue(alert.referenceValue().isEmpty(), "not measured from a usual number (review M4)");
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"spine", "bowel-blocked", "leg-clot"})
    void theNewEmergencySignsFireWithoutTreatmentAsCallNow(String sign) {
        List<Alert> alerts = evaluate(entry(Map.of(), null, Set.of(sign)), Map.of(), "37.5", 0);
        assertEquals(List.of("sign-" + sign), alerts.stream().map(Alert::ruleId).toList());
        assertEquals(AlertTier.CALL_NOW, RULES.tierOf(alerts.get(0)));
        assertEquals(List.of(), evaluate(entry(Map.of(), null, Set.of()), Map.of(), "37.5", 0), "not ticked: nothing");
    }

    @Test
    void diarrhoeaLastingMoreThanADayIsAnAlwaysOnCallNowSign() {
        List<Alert> alerts = evaluate(entry(Map.of(), null, Set.of("diarrhoea")), Map.of(), "37.5", 0);
        assertEquals(List.of("sign-diarrhoea"), alerts.stream().map(Alert::ruleId).toList());
        assertEquals(AlertTier.CALL_NOW, RULES.tierOf(alerts.get(0)));
    }

    @ParameterizedTest(name = "{0} vomits in 24 h → call now {1}")
    @CsvSource({"0, false", "2, false", "3, true", "8, true"})
    void vomiting3OrMoreTimesIsCallNowAnd2IsNot(int vomits, boolean fires) {
        List<Alert> alerts = answers(Map.of(VOMITING, vomits), Map.of(VOMITING, 0));
        assertEquals(fires, !alerts.isEmpty(), alerts::toString);
        if (fires) {
            Alert alert = alerts.get(0);
            assertEquals(1, alerts.size(), "a count never rises: only the count rule");
            assertEquals("vomiting", alert.ruleId());
            assertEquals(AlertTier.CALL_NOW, RULES.tierOf(alert));
            assertEquals(AlertSubject.item(SymptomItem.VOMITING), alert.subject());
            assertEquals(Integer.toString(vomits), alert.observed());
            assertEquals(0, BigDecimal.valueOf(3).compareTo(alert.threshold()));
        }
    }

    @Test
    void theFluidsSignIsAskedFromOneVomit() {
        assertFalse(FluidsQuestion.asked(0));
        assertTrue(FluidsQuestion.asked(1));
        assertTrue(RULES.sign(FluidsQuestion.SIGN).isPresent(), "the question is the rules file's own sign");
        assertEquals(AlertTier.CALL_NOW, RULES.ruleFor(RULES.sign(FluidsQuestion.SIGN).orElseThrow()).tier());
    }

    @Test
    void aGeneralSignFiresWithoutAnyTreatmentPlanned() {
        List<Alert> alerts = evaluate(entry(Map.of(), null, Set.of("unwell", "line")), Map.of(), "37.5", 0);
        assertEquals(List.of(AlertSubject.sign("unwell"), AlertSubject.sign("line")),
                alerts.stream().map(Alert::subject).toList());
        assertEquals(List.of("sign-unwell", "sign-line"), alerts.stream().map(Alert::ruleId).toList());
        assertTrue(alerts.stream().allMatch(a -> RULES.tierOf(a) == AlertTier.CALL_NOW), "every sign is call-now");
        assertEquals("", alerts.get(0).observed());
        assertTrue(alerts.get(0).thresholdValue().isEmpty());
    }

    @Test
    void aDrugSignDoesNotFireWhenTheDrugIsNotInThePlan() {
        assertEquals(List.of(), evaluate(entry(Map.of(), null, Set.of("confusion", "yellow", "no-such-sign")),
                Map.of(), "37.5", 0));
    }

    @Test
    void checkWithHandsThePreviousAnswersFromTheStoreToTheRules() {
        long pain = id(EsasItem.PAIN);
        AlertCheck check = EVALUATOR.checkWith(ITEMS, new BigDecimal("37.5"), 0, List.of());
        Map<Long, Integer> previous = new HashMap<>(Map.of(pain, 2));
        assertEquals(List.of("esas-rise"), check.evaluate(entry(Map.of(pain, 5), null, Set.of()), previous).stream()
                .map(Alert::ruleId).toList());
    }
}
