package org.leiojournal.domain.followup;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * How long ago treatment ended, in whole years and months. A month is complete on the day the plan's visit for it
 * falls ({@code end.plusMonths(n)}), so the screen says "1 year" on the day of the 12-month visit, also after a
 * 29 February end (on 28 February of the next year).
 */
public record TimeSinceTreatment(State state, int years, int months) {

    /** Not ended yet (the end date is in the future), ended today, or ended some time ago. */
    public enum State { NOT_YET_ENDED, ENDED_TODAY, ENDED }

    public TimeSinceTreatment {
        Objects.requireNonNull(state, "state");
        if (years < 0 || months < 0 || months > 11) {
            throw new IllegalArgumentException("years and months out of range");
        }
    }

    public static TimeSinceTreatment since(LocalDate end, LocalDate today) {
        if (end.isAfter(today)) {
            return new TimeSinceTreatment(State.NOT_YET_ENDED, 0, 0);
        }
        if (end.equals(today)) {
            return new TimeSinceTreatment(State.ENDED_TODAY, 0, 0);
        }
        long total = ChronoUnit.MONTHS.between(end, today);
        // MONTHS.between says 11 from 29 Feb 2024 to 28 Feb 2025; the visit calendar says 12.
        while (!end.plusMonths(total + 1).isAfter(today)) {
            total++;
        }
        return new TimeSinceTreatment(State.ENDED, (int) (total / 12), (int) (total % 12));
    }
}
