package org.leiojournal.domain.followup;

/**
 * One line of a follow-up plan: from month {@code fromMonth} to month {@code untilMonth} after the end of
 * treatment, a visit every {@code everyMonths} months. Months count from the treatment end date, so month 0 is
 * that day.
 */
public record FollowUpInterval(int fromMonth, int untilMonth, int everyMonths) {

    /** Two years between visits: more than any source gives, few enough to catch a slip of the keyboard. */
    public static final int MAX_EVERY_MONTHS = 24;
    /** Twenty years: beyond any source, and still a plan a journal can draft. */
    public static final int MAX_UNTIL_MONTH = 240;

    public FollowUpInterval {
        if (fromMonth < 0 || untilMonth <= fromMonth || untilMonth > MAX_UNTIL_MONTH) {
            throw new IllegalArgumentException("months " + fromMonth + "–" + untilMonth + " out of range");
        }
        if (everyMonths < 1 || everyMonths > MAX_EVERY_MONTHS) {
            throw new IllegalArgumentException("every " + everyMonths + " months out of range");
        }
    }
}
