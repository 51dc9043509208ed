package org.leiojournal.domain.alert;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The most urgent tier each journal entry raised, read or not: what the Journal's alert column shows. Built from
 * which rules raised alerts on which entries, not from the alerts themselves: ten years hold 7,269 alerts, and
 * reading each whole set off collections that froze the window (issue 21).
 */
public final class EntryTiers {

    private final Map<Long, AlertTier> byEntry;

    private EntryTiers(Map<Long, AlertTier> byEntry) {
        this.byEntry = byEntry;
    }

    /** Each rule's tier from the rules ({@link AlertRuleSet#tierOf(String)}), the entries' ids by rule id. */
    public static EntryTiers of(Map<String, long[]> entriesByRule, AlertRuleSet rules) {
        Map<Long, AlertTier> byEntry = new HashMap<>();
        entriesByRule.forEach((rule, entries) -> {
            AlertTier tier = rules.tierOf(rule);
            for (long entry : entries) {
                byEntry.merge(entry, tier, EntryTiers::moreUrgent);
            }
        });
        return new EntryTiers(byEntry);
    }

    public static EntryTiers none() {
        return new EntryTiers(Map.of());
    }

    /** The most urgent tier the entry raised; empty when it raised none. */
    public Optional<AlertTier> of(long entryId) {
        return Optional.ofNullable(byEntry.get(entryId));
    }

    private static AlertTier moreUrgent(AlertTier a, AlertTier b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
