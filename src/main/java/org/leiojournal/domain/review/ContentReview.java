package org.leiojournal.domain.review;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a medical data file (a guidance page, a regimen template, the alert rules, a follow-up preset) was last
 * checked against its sources, and when it is next due for a check. Shown beside the content, as dates: whether a
 * review is overdue depends on the day it is read, which only the caller's clock knows.
 */
public record ContentReview(LocalDate reviewedOn, LocalDate reviewDue) {

    public ContentReview {
        Objects.requireNonNull(reviewedOn, "reviewedOn");
        Objects.requireNonNull(reviewDue, "reviewDue");
        if (!reviewDue.isAfter(reviewedOn)) {
            throw new IllegalArgumentException("a review falls due after the day it was done");
        }
    }

    /** True on and after the day the review falls due. */
    public boolean dueOn(LocalDate day) {
        return !day.isBefore(reviewDue);
    }
}
