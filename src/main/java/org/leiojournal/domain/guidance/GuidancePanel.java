package org.leiojournal.domain.guidance;

import java.time.LocalDate;
import java.util.List;
import org.leiojournal.domain.review.ContentReview;
import org.leiojournal.domain.validation.Required;

/**
 * One short educational panel in plain words: a summary, headed sections, the signs that mean "call your care
 * team", the topics it explains, related panels, its sources, the date its text was last checked against them and the date it is due again.
 * A panel informs; it never advises a dose or diagnoses.
 */
public record GuidancePanel(String id, String title, GuidanceCategory category, String summary,
                            List<GuidanceSection> sections, List<String> whenToCall, GuidanceTopics appliesTo,
                            List<String> related, List<GuidanceSource> sources, LocalDate reviewedOn,
                            LocalDate reviewDue) {

    public GuidancePanel {
        Required.all("id, title, category, reviewedOn, reviewDue", id, title, category, reviewedOn, reviewDue);
        summary = summary == null ? "" : summary.strip();
        sections = sections == null ? List.of() : List.copyOf(sections);
        whenToCall = whenToCall == null ? List.of() : List.copyOf(whenToCall);
        appliesTo = appliesTo == null ? GuidanceTopics.NONE : appliesTo;
        related = related == null ? List.of() : List.copyOf(related);
        sources = sources == null ? List.of() : List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("panel " + id + " names no source");
        }
        new ContentReview(reviewedOn, reviewDue); // refuses a review due before it was done
        if (summary.isEmpty()) {
            throw new IllegalArgumentException("panel " + id + " has no summary");
        }
    }

    /** When the page was last checked against its sources and when it is due again. */
    public ContentReview review() {
        return new ContentReview(reviewedOn, reviewDue);
    }

    /** All the panel's words, for search. */
    public String text() {
        StringBuilder all = new StringBuilder(title).append('\n').append(summary);
        for (GuidanceSection section : sections) {
            all.append('\n').append(section.heading());
            section.paragraphs().forEach(p -> all.append('\n').append(p));
            section.bullets().forEach(b -> all.append('\n').append(b));
        }
        whenToCall.forEach(w -> all.append('\n').append(w));
        appliesTo.keywords().forEach(k -> all.append('\n').append(k));
        return all.toString();
    }
}
