package org.leiojournal.domain.trend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseCalendar;

/**
 * The bands behind a chart for the courses over a date range, and which band a day belongs to. Where two
 * courses overlap (a new treatment started before the old one's last cycle ended), the course that started
 * later is the one a day is labelled with.
 */
public final class CycleBands {

    private static final Comparator<Placed> LATEST_COURSE_FIRST = Comparator.comparing(Placed::courseFirstDay)
            .thenComparingLong(p -> p.band().courseId()).reversed();

    private final List<Placed> placed;

    private CycleBands(List<Placed> placed) {
        this.placed = List.copyOf(placed);
    }

    /**
     * Returns the bands of the given courses that overlap {@code range}: one per cycle (dates as moved by delays,
     * the cycle holding a stop ending on the stop date, cycles after it gone) and one with cycle 0 per continuous
     * course (from its first day to its stop, or to the range's last day while it goes on). Bands are not cut at
     * the range, except that open-ended one. Ordered by first day, then by course id.
     */
    public static CycleBands of(Collection<Course> courses, DateSpan range) {
        List<Placed> placed = new ArrayList<>();
        for (Course course : courses) {
            CourseCalendar calendar = course.calendar();
            for (CycleBand band : CourseBands.of(calendar, range)) {
                placed.add(new Placed(band, calendar.firstDay()));
            }
        }
        placed.sort(Comparator.comparing((Placed p) -> p.band().span().first())
                .thenComparingLong(p -> p.band().courseId()));
        return new CycleBands(placed);
    }

    /** Returns every band, ordered by first day, then by course id. */
    public List<CycleBand> bands() {
        return placed.stream().map(Placed::band).toList();
    }

    /** Returns the bands of one course in cycle order. */
    public List<CycleBand> ofCourse(long courseId) {
        return bands().stream().filter(b -> b.courseId() == courseId).toList();
    }

    /**
     * Returns the band covering the date and the date's day in it (day 1 is the band's first day), taking the
     * course with the latest first day when several cover it; empty when no band covers it.
     */
    public Optional<BandPosition> on(LocalDate date) {
        return placed.stream().filter(p -> p.band().span().contains(date))
                .min(LATEST_COURSE_FIRST)
                .map(p -> new BandPosition(p.band(), p.band().cycleDay(date)));
    }

    /** Returns true when no course has a band in the range. */
    public boolean isEmpty() {
        return placed.isEmpty();
    }

    /** A band with the first day of its course, which decides between overlapping courses. */
    private record Placed(CycleBand band, LocalDate courseFirstDay) {
    }
}
