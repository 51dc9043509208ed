package org.leiojournal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.alert.AlertRule;
import org.leiojournal.domain.alert.AlertRuleSet;
import org.leiojournal.domain.alert.RuleKind;
import org.leiojournal.domain.alert.RuleSource;
import org.leiojournal.domain.alert.WarningSign;

/** The bundled rules file loads whole, and every rule, sign and emergency line can be traced to its sources. */
class AlertRuleCatalogTest {

    private static final AlertRuleSet RULES = AlertRuleCatalog.bundled();

    @Test
    void theFileLoadsWithOneRuleOfEachNumberedKindAndASignRulePerSign() {
        assertEquals(1, count(RuleKind.TEMPERATURE));
        assertEquals(1, count(RuleKind.SCORE_AT_LEAST));
        assertEquals(1, count(RuleKind.SCORE_RISE));
        assertEquals(1, count(RuleKind.COUNT_ABOVE_USUAL));
        assertEquals(RULES.signs().size(), count(RuleKind.SIGN));
        assertEquals(14, RULES.signs().size());
        assertEquals(6, RULES.emergency().signs().size());
    }

    private static long count(RuleKind kind) {
        return RULES.rules().stream().filter(r -> r.kind() == kind).count();
    }

    @Test
    void theNumbersAreTheOnesTheSourcesGive() {
        assertEquals(0, new java.math.BigDecimal("36.0").compareTo(RULES.find("temperature").orElseThrow().belowCelsius()));
        assertEquals(7, RULES.find("esas-severe").orElseThrow().atLeast());
        assertEquals(3, RULES.find("esas-rise").orElseThrow().riseOf());
        assertEquals(4, RULES.find("loose-stools").orElseThrow().aboveUsualBy());
        assertEquals(14, RULES.find("sign-breath-cough").orElseThrow().daysAfterLastDose());
        assertTrue(RULES.find("esas-rise").orElseThrow().note().contains("this app’s own rule"),
                "the rise of 3 says it is the app's rule, not a guideline's");
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
        List<String> urls = Stream.concat(RULES.rules().stream().flatMap(r -> r.sources().stream()),
                RULES.emergency().sources().stream()).map(RuleSource::url).distinct().toList();
        Set<String> refused = urls.stream().filter(SourceAllowList.bundled()::refuses).collect(Collectors.toSet());
        assertEquals(Set.of(), refused);
    }

    @Test
    void aRuleWithANumberItsKindDoesNotUseIsRefused() {
        String file = """
                {"reviewedOn": "2026-11-22", "signs": [], "rules": [
                  {"id": "x", "kind": "SCORE_AT_LEAST", "items": "esas.*", "atLeast": 7, "riseOf": 3,
                   "sources": [{"title": "t", "url": "https://example.org"}]}],
                 "emergency": {"signs": ["Chest pain"], "sources": [{"title": "t", "url": "https://example.org"}]}}
                """;
        assertThrows(Exception.class, () -> AlertRuleCatalog.read(
                new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aSignWithoutARuleIsRefused() {
        String file = """
                {"reviewedOn": "2026-11-22", "rules": [], "signs": [{"code": "orphan", "text": "No rule"}],
                 "emergency": {"signs": ["Chest pain"], "sources": [{"title": "t", "url": "https://example.org"}]}}
                """;
        assertThrows(Exception.class, () -> AlertRuleCatalog.read(
                new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))));
    }
}
