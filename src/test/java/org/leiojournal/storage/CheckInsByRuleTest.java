package org.leiojournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.TestClocks;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.alert.AlertRuleSet;
import org.leiojournal.domain.alert.AlertTier;
import org.leiojournal.domain.alert.EntryTiers;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.sample.SampleCopies;

/**
 * Issue 21: the Journal's alert column is read as "which rules raised alerts on which entries", not as every whole
 * alert; on a sample year it gives every entry the same tier as the whole alerts did, and a delete shows at once.
 * The Journal's first read is its newest entries with their tiers (thirteenth session), which must be exactly the
 * head of the whole read that follows (the older entries are then only added behind them).
 */
class CheckInsByRuleTest {

    private static final AlertRuleSet RULES = AlertRuleCatalog.bundled();
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 22, 9, 30, 0, 0, ZoneId.of("Europe/London"));

    @TempDir
    Path temp;

    @Test
    void aSampleYearGivesEveryEntryTheTierItsWholeAlertsGive() throws Exception {
        SampleCopies.copy(temp, NOW, 1);
        try (JournalStore store = JournalStore.open(temp, TestClocks.SUNDAY)) {
            Map<String, long[]> byRule = store.alerts().checkInsByRule();
            Map<String, Set<Long>> expected = store.alerts().all().stream().collect(Collectors.groupingBy(
                    Alert::ruleId, TreeMap::new, Collectors.mapping(Alert::checkInId, Collectors.toSet())));
            assertTrue(expected.size() >= 3,
                    "the sample raises alerts of several rules: " + expected.keySet());
            assertEquals(expected, byRule.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    e -> Arrays.stream(e.getValue()).boxed().collect(Collectors.toCollection(TreeSet::new)),
                    (a, b) -> a, TreeMap::new)), "each rule's entries, each once");

            EntryTiers tiers = EntryTiers.of(byRule, RULES);
            Map<Long, AlertTier> wholeAlerts = new HashMap<>();
            store.alerts().all().forEach(a -> wholeAlerts.merge(a.checkInId(), RULES.tierOf(a),
                    (x, y) -> x.compareTo(y) <= 0 ? x : y));
            assertTrue(wholeAlerts.containsValue(AlertTier.CALL_NOW) && wholeAlerts.containsValue(AlertTier.TELL_SOON),
                    "both tiers occur in the sample");
            for (CheckIn entry : store.checkIns().all()) {
                assertEquals(Optional.ofNullable(wholeAlerts.get(entry.id())), tiers.of(entry.id()),
                        "entry " + entry.id() + " of " + entry.day());
            }
        }
    }

    @Test
    void aDeletedEntryTakesItsAlertsOutAndItsUndoBringsThemBack() throws Exception {
        SampleCopies.copy(temp, NOW, 1);
        try (JournalStore store = JournalStore.open(temp, TestClocks.SUNDAY)) {
            long withAlert = store.alerts().all().get(0).checkInId();
            assertTrue(EntryTiers.of(store.alerts().checkInsByRule(), RULES).of(withAlert).isPresent());

            Deleted deleted = store.checkIns().delete(withAlert);
            assertEquals(Optional.empty(), EntryTiers.of(store.alerts().checkInsByRule(), RULES).of(withAlert));

            deleted.restore();
            assertTrue(EntryTiers.of(store.alerts().checkInsByRule(), RULES).of(withAlert).isPresent());
        }
    }

    @Test
    void anEmptyJournalHasNoRules() throws Exception {
        try (JournalStore store = JournalStore.open(temp, TestClocks.SUNDAY)) {
            assertEquals(Map.of(), store.alerts().checkInsByRule());
        }
    }

    @Test
    void theNewestEntriesAreTheWholeReadsHeadWithTheSameTiers() throws Exception {
        SampleCopies.copy(temp, NOW, 1);
        try (JournalStore store = JournalStore.open(temp, TestClocks.SUNDAY)) {
            List<CheckIn> all = store.checkIns().all();
            List<CheckIn> newest = store.checkIns().newest(100);
            assertTrue(all.size() > 300, "a sample year: " + all.size());
            assertEquals(all.subList(0, 100), newest, "the newest 100, newest first, whole");

            List<Long> ids = newest.stream().map(CheckIn::id).toList();
            EntryTiers whole = EntryTiers.of(store.alerts().checkInsByRule(), RULES);
            EntryTiers ofNewest = EntryTiers.of(store.alerts().checkInsByRule(ids), RULES);
            assertTrue(ids.stream().anyMatch(id -> whole.of(id).isPresent()), "some of the newest raised alerts");
            for (CheckIn entry : all) {
                assertEquals(ids.contains(entry.id()) ? whole.of(entry.id()) : java.util.Optional.empty(),
                        ofNewest.of(entry.id()), "entry " + entry.id() + " of " + entry.day());
            }
        }
    }

    @Test
    void aJournalSmallerThanAskedForIsReadWhole() throws Exception {
        try (JournalStore store = JournalStore.open(temp, TestClocks.SUNDAY)) {
            assertEquals(List.of(), store.checkIns().newest(100));
            assertEquals(java.util.Map.of(), store.alerts().checkInsByRule(List.of()));
        }
    }
}
