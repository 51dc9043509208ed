package org.leiojournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.TestClocks;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.domain.alert.AlertRuleSet;
import org.leiojournal.domain.alert.EntryTiers;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.sample.SampleCopies;

/**
 * Issue 21: the Journal's first read is its newest entries with their alert tiers, which must be exactly the head of
 * the whole read that follows (the older entries are then only added behind them).
 */
class NewestEntriesTest {

    private static final AlertRuleSet RULES = AlertRuleCatalog.bundled();
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 22, 9, 30, 0, 0, ZoneId.of("Europe/London"));

    @TempDir
    Path temp;

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
