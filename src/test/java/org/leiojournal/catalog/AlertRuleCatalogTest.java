package org.leiojournal.catalog;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.alert.AlertRule;
import org.leiojournal.domain.alert.AlertRuleSet;
import org.leiojournal.domain.alert.AlertTier;
import org.leiojournal.domain.alert.RuleKind;
import org.leiojournal.domain.alert.RuleSource;
import org.leiojournal.domain.alert.WarningSign;

/** The bundled rules file loads whole, and every rule, sign and emergency line can be traced to its sources. */
class AlertRuleCatalogTest {

    private static final AlertRuleSet RULES = AlertRuleCatalog.bundled();

    @Test
    void theFileLoadsWithOneRuleOfEachNumberedKindAndASignRulePerSign() {
        assertEquals(1, count(RuleKind.TEMPERATURE));
        assertEquals(2, count(RuleKind.SCORE_AT_LEAST));
        assertEquals(1, count(RuleKind.SCORE_RISE));
        assertEquals(0, count(RuleKind.COUNT_ABOVE_USUAL), "kept for a team's own rules file, not bundled (M4)");
        assertEquals(2, count(RuleKind.COUNT_AT_LEAST));
        assertEquals(RULES.signs().size(), count(RuleKind.SIGN));
        assertEquals(18, RULES.signs().size());
        assertEquals(6, RULES.emergency().signs().size());
    }

    private static long count(RuleKind kind) {
        return RULES.rules().stream().filter(r -> r.kind() == kind).count();
    }

    @Test
    void theNumbersAreTheOnesTheSourcesGive() {
        assertEquals(0, new java.math.BigDecimal("36.0").compareTo(RULES.find("temperature").orElseThrow().atOrBelowCelsius()));
        assertEquals(7, RULES.find("esas-severe").orElseThrow().atLeast());
        assertEquals(3, RULES.find("esas-rise").orElseThrow().riseOf());
        assertEquals(4, RULES.find("loose-stools").orElseThrow().atLeast());
        assertEquals("count.stools", RULES.find("loose-stools").orElseThrow().items());
        assertEquals(3, RULES.find("vomiting").orElseThrow().atLeast());
        assertEquals("count.vomiting", RULES.find("vomiting").orElseThrow().items());
        assertEquals(java.util.Map.of("gemcitabine", 14), RULES.find("sign-breath-cough").orElseThrow().daysAfterLastDose());
        assertTrue(RULES.find("esas-rise").orElseThrow().note().contains("this app’s own rule"),
                "the rise of 3 says it is the app's rule, not a guideline's");
    }

    @Test
    void theTiersAreTheReviewsDefaults() {
        for (AlertRule rule : RULES.rules()) {
            AlertTier expected = Set.of("esas-severe", "esas-rise").contains(rule.id()) ? AlertTier.TELL_SOON
                    : AlertTier.CALL_NOW;
            assertEquals(expected, rule.tier(), rule.id());
        }
        assertEquals("esas.breath", RULES.find("breath-severe").orElseThrow().items());
        assertEquals(7, RULES.find("breath-severe").orElseThrow().atLeast());
        assertEquals("call-now", AlertTier.CALL_NOW.code());
        assertEquals("tell-soon", AlertTier.TELL_SOON.code());
        assertEquals(AlertTier.TELL_SOON, AlertTier.fromCode("tell-soon"));
    }

    @Test
    void eachTierHasItsHeadingAdviceAndSources() {
        assertEquals("Call your care team now", RULES.wording(AlertTier.CALL_NOW).heading());
        assertEquals("Tell your care team soon", RULES.wording(AlertTier.TELL_SOON).heading());
        assertEquals("Call now", RULES.wording(AlertTier.CALL_NOW).label());
        assertEquals("Tell your team", RULES.wording(AlertTier.TELL_SOON).label());
        assertTrue(RULES.wording(AlertTier.CALL_NOW).advice().contains("whatever the time of day"));
        assertTrue(RULES.wording(AlertTier.TELL_SOON).advice().contains("next contact"));
        for (AlertTier tier : AlertTier.values()) {
            assertFalse(RULES.wording(tier).sources().isEmpty(), tier.code());
        }
    }

    @Test
    void anAlertOfARuleNoLongerInTheFileReadsAsCallNow() {
        org.leiojournal.domain.alert.Alert old = new org.leiojournal.domain.alert.Alert(1, 1, "retired-rule",
                org.leiojournal.domain.alert.AlertSubject.item("esas.pain"), "7", null, null,
                java.time.ZonedDateTime.parse("2026-11-22T09:30Z[Europe/London]"), null);
        assertEquals(AlertTier.CALL_NOW, RULES.tierOf(old));
    }

    @Test
    void aRuleWithoutATierOrWithAnUnknownOneIsRefused() {
        String without = """
                {"reviewedOn": "2026-11-22", "tiers": %s, "signs": [], "rules": [
                  {"id": "x", "kind": "SCORE_AT_LEAST", "items": "esas.*", "atLeast": 7,
                   "sources": [{"title": "t", "url": "https://example.org"}]}],
                 "emergency": {"signs": ["Chest pain"], "sources": [{"title": "t", "url": "https://example.org"}]}}
                """.formatted(TIERS);
        assertThrows(Exception.class, () -> read(without));
        assertThrows(Exception.class, () -> read(without.replace("\"kind\"", "\"tier\": \"later\", \"kind\"")));
        assertEquals(AlertTier.TELL_SOON, assertDoesNotThrow(() -> read(without.replace("\"kind\"",
                "\"tier\": \"tell-soon\", \"kind\""))).rules().get(0).tier());
    }

    @Test
    void aFileWithATierNotWordedIsRefused() {
        String file = """
                {"reviewedOn": "2026-11-22", "signs": [], "rules": [], "tiers": %s,
                 "emergency": {"signs": ["Chest pain"], "sources": [{"title": "t", "url": "https://example.org"}]}}
                """;
        String callNowOnly = """
                [{"tier": "call-now", "label": "l", "heading": "h", "advice": "a", "sources": [{"title": "t", "url": "https://e.org"}]}]
                """;
        assertThrows(Exception.class, () -> read(file.formatted(callNowOnly)));
        assertDoesNotThrow(() -> read(file.formatted(TIERS)), "both tiers worded: read");
    }

    private static final String TIERS = """
            [{"tier": "call-now", "label": "l", "heading": "h", "advice": "a", "sources": [{"title": "t", "url": "https://e.org"}]},
             {"tier": "tell-soon", "label": "l", "heading": "h", "advice": "a", "sources": [{"title": "t", "url": "https://e.org"}]}]
            """;

    private static AlertRuleSet read(String file) throws IOException {
        return AlertRuleCatalog.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSignTextsCarryWhatTheReviewAsked() {
        String muscle = RULES.sign("muscle").orElseThrow().text();
        assertTrue(muscle.contains("pain") && muscle.contains("weakness") && muscle.contains("dark")
                && muscle.contains(", or ") && !muscle.contains("together"), "pain OR weakness OR dark urine (M3)");
        String yellow = RULES.sign("yellow").orElseThrow().text();
        assertTrue(yellow.contains("dark urine") && yellow.contains("upper right of your tummy"), yellow);
        assertEquals(List.of("docetaxel", "eribulin"), RULES.find("sign-numbness").orElseThrow().drugs());
    }

    @Test
    void theNewEmergencySignsAreAlwaysAskedAndCallNow() {
        for (String code : List.of("spine", "bowel-blocked", "leg-clot")) {
            AlertRule rule = RULES.ruleFor(RULES.sign(code).orElseThrow());
            assertEquals(AlertTier.CALL_NOW, rule.tier(), code);
            assertEquals(List.of(), rule.drugs(), code + " is asked whatever the treatment");
            assertTrue(rule.sources().size() >= 2, code);
        }
        assertTrue(RULES.sign("spine").orElseThrow().text().contains("bladder or bowel control"));
        assertTrue(RULES.sign("bowel-blocked").orElseThrow().text().contains("not passing stool or wind"));
        assertEquals("One leg swollen, painful or warm", RULES.sign("leg-clot").orElseThrow().text());
    }

    @Test
    void idsAreUniqueAndEveryRuleHasSources() {
        Set<String> ids = new HashSet<>();
        for (AlertRule rule : RULES.rules()) {
            assertTrue(ids.add(rule.id()), rule.id());
            assertFalse(rule.sources().isEmpty(), rule.id());
        }
    }

    @Test
    void everySignHasExactlyOneRule() {
        for (WarningSign sign : RULES.signs()) {
            assertEquals(1, RULES.rules().stream().filter(r -> sign.code().equals(r.sign())).count(), sign.code());
            assertEquals(sign.code(), RULES.ruleFor(sign).sign());
        }
    }

    /**
     * Review finding M14: facts.md points to some facts through drug-database mirrors and test servers that may not
     * be cited; the rules now cite the canonical text (the label on DailyMed, the paper), which facts.md does not
     * always list. So the check is the allow-list kept in the data, not the fact base's exact addresses.
     */
    @Test
    void everySourceAddressIsOnTheAllowList() {
        List<String> urls = Stream.of(RULES.rules().stream().flatMap(r -> r.sources().stream()),
                RULES.tiers().stream().flatMap(t -> t.sources().stream()), RULES.emergency().sources().stream())
                .flatMap(s -> s).map(RuleSource::url).distinct().toList();
        Set<String> refused = urls.stream().filter(SourceAllowList.bundled()::refuses).collect(Collectors.toSet());
        assertEquals(Set.of(), refused);
    }

    @Test
    void aRuleWithANumberItsKindDoesNotUseIsRefused() {
        String file = """
                {"reviewedOn": "2026-11-22", "tiers": %s, "signs": [], "rules": [
                  {"id": "x", "kind": "SCORE_AT_LEAST", "tier": "call-now", "items": "esas.*", "atLeast": 7,
                   "riseOf": 3, "sources": [{"title": "t", "url": "https://example.org"}]}],
                 "emergency": {"signs": ["Chest pain"], "sources": [{"title": "t", "url": "https://example.org"}]}}
                """.formatted(TIERS);
        assertThrows(Exception.class, () -> read(file));
        assertDoesNotThrow(() -> read(file.replace("\"riseOf\": 3,", "")), "refused for the extra number only");
    }

    @Test
    void aSignWithoutARuleIsRefused() {
        String file = """
                {"reviewedOn": "2026-11-22", "tiers": %s, "rules": [],
                 "signs": [{"code": "orphan", "text": "No rule"}],
                 "emergency": {"signs": ["Chest pain"], "sources": [{"title": "t", "url": "https://example.org"}]}}
                """.formatted(TIERS);
        assertThrows(Exception.class, () -> read(file));
        assertDoesNotThrow(() -> read(file.replace("{\"code\": \"orphan\", \"text\": \"No rule\"}", "")),
                "refused for the orphan sign only");
    }
}
