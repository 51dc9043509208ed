package org.leiojournal.domain.followup;

import java.util.ArrayList;
import java.util.List;

/**
 * The visit dates a plan gives. Within a line, a visit comes every N months; the next line's rhythm carries on
 * from the last visit of the line before, so no gap is ever longer than the rhythm of the line it falls in.
 * A line's last month is included: "every 3 months for 2 years" ends with the visit at month 24.
 *
 * <p>Every date is the end date plus a whole number of months, counted from the end date each time rather than
 * from the previous visit, so month ends do not drift: from 31 January the dates are 30 April, 31 July, 31 October,
 * not 30 April, 30 July, 30 October. {@link java.time.LocalDate#plusMonths} takes the month's last day when the
 * day does not exist (29 February 2024 + 12 months = 28 February 2025).
 */
public final class FollowUpSchedule {

    private FollowUpSchedule() {
    }

    public static List<PlannedVisit> visits(FollowUpPlan plan) {
        List<PlannedVisit> visits = new ArrayList<>();
        int month = 0;
        for (FollowUpInterval line : plan.intervals()) {
            while (month + line.everyMonths() <= line.untilMonth()) {
                month += line.everyMonths();
                visits.add(new PlannedVisit(month, plan.treatmentEnd().plusMonths(month)));
            }
        }
        return visits;
    }
}
