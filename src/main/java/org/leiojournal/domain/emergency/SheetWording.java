package org.leiojournal.domain.emergency;

import java.util.List;
import java.util.Objects;
import org.leiojournal.domain.alert.RuleSource;
import org.leiojournal.domain.review.ContentReview;

/**
 * The fixed words of the emergency sheet, kept with their sources and review dates in {@code emergency/sheet.json}
 * like the guidance pages. {@code daysAfterLastTreatment} is how long after the last chemotherapy day the sheet
 * still says "possible neutropenic sepsis" (UK trusts' alert cards: chemotherapy in the last six weeks).
 */
public record SheetWording(String heading, String subheading, String possibleSepsis, String urgentAction,
                           String lowCountNote, String patientHeld, String contactTeam, String alwaysNamed,
                           int daysAfterLastTreatment, ContentReview review, List<RuleSource> sources) {

    public SheetWording {
        for (String text : List.of(heading, subheading, possibleSepsis, urgentAction, lowCountNote, patientHeld,
                contactTeam, alwaysNamed)) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("the emergency sheet's wording has an empty text");
            }
        }
        Objects.requireNonNull(review, "review");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("the emergency sheet's wording names its sources");
        }
        if (daysAfterLastTreatment < 1) {
            throw new IllegalArgumentException("days after the last treatment: " + daysAfterLastTreatment);
        }
    }
}
