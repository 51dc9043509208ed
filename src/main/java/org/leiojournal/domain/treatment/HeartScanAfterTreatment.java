package org.leiojournal.domain.treatment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.leiojournal.domain.review.ContentReview;

/**
 * The heart scan to ask about after anthracycline treatment (review finding M11), read from
 * {@code heart/after-anthracycline.json}: between {@code askFromMonths} and {@code askToMonths} after the last
 * anthracycline dose (ASCO 2017 suggests 6 to 12 months for people at increased risk). The window counts from the
 * dose really given, so it moves with delays, skipped doses and an early stop. It is something to ask the team
 * about, never an order: whether the user needs the scan is the team's call.
 */
public record HeartScanAfterTreatment(int askFromMonths, int askToMonths, List<String> sources, ContentReview review) {

    /** Where today falls against the window: before it, inside it (both ends included), or after it. */
    public enum Stage { COMING, DUE, PAST }

    /** The dates the user sees, worked out from the last dose for one day. */
    public record Window(LocalDate lastDose, LocalDate from, LocalDate to, Stage stage) {
    }

    public HeartScanAfterTreatment {
        if (askFromMonths < 0 || askToMonths < askFromMonths) {
            throw new IllegalArgumentException("the window runs forward from the last dose");
        }
        sources = List.copyOf(sources);
        Objects.requireNonNull(review, "review");
    }

    public Window windowFor(LocalDate lastDose, LocalDate today) {
        LocalDate from = lastDose.plusMonths(askFromMonths);
        LocalDate to = lastDose.plusMonths(askToMonths);
        Stage stage = today.isBefore(from) ? Stage.COMING : today.isAfter(to) ? Stage.PAST : Stage.DUE;
        return new Window(lastDose, from, to, stage);
    }
}
