package org.leiojournal.domain.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leiojournal.catalog.AlertRuleCatalog;

/** The Journal's alert column: an entry shows the most urgent tier of the rules that raised alerts on it. */
class EntryTiersTest {

    private static final AlertRuleSet RULES = AlertRuleCatalog.bundled();

    @Test
    void callNowWinsOverTellSoonWhicheverRuleComesFirst() {
        Map<String, long[]> byRule = new LinkedHashMap<>();
        byRule.put("esas-severe", new long[] {1, 2, 3});   // tell-soon
        byRule.put("vomiting", new long[] {2});            // call-now
        byRule.put("esas-rise", new long[] {3, 4});         // tell-soon
        EntryTiers tiers = EntryTiers.of(byRule, RULES);

        assertEquals(Optional.of(AlertTier.TELL_SOON), tiers.of(1));
        assertEquals(Optional.of(AlertTier.CALL_NOW), tiers.of(2));
        assertEquals(Optional.of(AlertTier.TELL_SOON), tiers.of(3));
        assertEquals(Optional.of(AlertTier.TELL_SOON), tiers.of(4));
        assertEquals(Optional.empty(), tiers.of(5), "an entry that raised nothing shows nothing");
    }

    @Test
    void aRuleNoLongerInTheFileReadsAsCallNow() {
        Map<String, long[]> byRule = new LinkedHashMap<>();
        byRule.put("esas-rise", new long[] {7});
        byRule.put("a-rule-since-retired", new long[] {7});
        assertEquals(Optional.of(AlertTier.CALL_NOW), EntryTiers.of(byRule, RULES).of(7));
        assertEquals(AlertTier.CALL_NOW, RULES.tierOf("a-rule-since-retired"));
        assertEquals(AlertTier.TELL_SOON, RULES.tierOf("esas-severe"));
    }

    @Test
    void noAlertsNoTiers() {
        assertEquals(Optional.empty(), EntryTiers.of(Map.of(), RULES).of(1));
        assertEquals(Optional.empty(), EntryTiers.none().of(1));
    }
}
