package org.leiojournal.ui.trend;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

/**
 * Where a moment sits on a chart's time axis: the epoch day of its local date plus the fraction of that day, so
 * 09:00 on a day is a quarter of the way across it. Local time, not the instant, so a check-in at 08:00 sits at
 * 08:00 in summer and in winter.
 */
public final class ChartTime {

    private static final double SECONDS_PER_DAY = 86_400.0;

    private ChartTime() {
    }

    public static double of(ZonedDateTime at) {
        LocalDateTime local = at.toLocalDateTime();
        return local.toLocalDate().toEpochDay() + local.toLocalTime().toSecondOfDay() / SECONDS_PER_DAY;
    }

    /** The left edge of a day. */
    public static double startOf(LocalDate day) {
        return day.toEpochDay();
    }

    /** The right edge of a day (the next day's start), so a one-day band has a width. */
    public static double endOf(LocalDate day) {
        return day.toEpochDay() + 1.0;
    }

    public static LocalDate dayAt(double x) {
        return LocalDate.ofEpochDay((long) Math.floor(x));
    }
}
