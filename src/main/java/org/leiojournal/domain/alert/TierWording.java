package org.leiojournal.domain.alert;

import java.util.List;
import java.util.Objects;

/**
 * What an alert of one tier tells the user, from the rules file: a label for lists and counts ("Call now"), a
 * heading ("Call your care team now"), the advice under it, and the patient leaflets that say so.
 */
public record TierWording(AlertTier tier, String label, String heading, String advice, List<RuleSource> sources) {

    public TierWording {
        Objects.requireNonNull(tier, "tier");
        label = label == null ? "" : label.strip();
        heading = heading == null ? "" : heading.strip();
        advice = advice == null ? "" : advice.strip();
        sources = sources == null ? List.of() : List.copyOf(sources);
        if (label.isEmpty() || heading.isEmpty() || advice.isEmpty() || sources.isEmpty()) {
            throw new IllegalArgumentException("tier " + tier.code() + " needs a label, heading, advice and sources");
        }
    }
}
