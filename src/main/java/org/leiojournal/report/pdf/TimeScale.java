package org.leiojournal.report.pdf;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.leiojournal.domain.trend.DateSpan;

/**
 * Days along a width: the start of the span's first day at the left edge, the end of its last at the right. A
 * moment sits at its wall-clock time of day, as on the Trends screen, so the clock change never moves a reading.
 */
record TimeScale(double firstDay, double days, float left, float width) {

    TimeScale(DateSpan span, float left, float width) {
        this(span.first().toEpochDay(), span.last().toEpochDay() - span.first().toEpochDay() + 1.0, left, width);
    }

    float of(ZonedDateTime at) {
        return at(at.toLocalDate().toEpochDay() + at.toLocalTime().toSecondOfDay() / 86_400.0);
    }

    /** The left edge of a day. */
    float start(LocalDate day) {
        return at(day.toEpochDay());
    }

    /** The right edge of a day. */
    float end(LocalDate day) {
        return at(day.toEpochDay() + 1.0);
    }

    float dayWidth() {
        return (float) (width / days);
    }

    private float at(double epochDays) {
        return (float) (left + (epochDays - firstDay) / days * width);
    }
}
