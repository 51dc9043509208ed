package org.leiojournal.domain.followup;

import java.time.LocalDate;
import java.util.List;
import org.leiojournal.domain.review.ContentReview;
import org.leiojournal.domain.validation.Required;

/**
 * A published follow-up schedule for a group of patients, labelled with its source: a starting point the care
 * team's own intervals replace, never advice for one person, with the dates it was checked and is due again. {@code note} says where sources are vague or
 * disagree.
 */
public record FollowUpPreset(String id, String name, String source, String setting, String note,
                             List<PresetPhase> phases, LocalDate reviewedOn, LocalDate reviewDue) {

    /** Ten years: where the app stops drafting a phase to which the source gives no end. */
    public static final int DRAFTING_HORIZON_MONTHS = 120;

    public FollowUpPreset {
        Required.all("id, name, source, setting", id, name, source, setting);
        note = note == null ? "" : note;
        new ContentReview(reviewedOn, reviewDue); // both dates present, due after done
        phases = List.copyOf(phases);
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("a preset has at least one phase");
        }
    }

    /** When the preset was last checked against its sources and when it is due again. */
    public ContentReview review() {
        return new ContentReview(reviewedOn, reviewDue);
    }

    public List<FollowUpInterval> intervals() {
        return phases.stream().map(PresetPhase::interval).toList();
    }

    /** Every source the phases cite, once each, in order of first mention. */
    public List<String> sources() {
        return phases.stream().flatMap(p -> p.sources().stream()).distinct().toList();
    }
}
