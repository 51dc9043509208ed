package org.leiojournal.domain.trend;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Stream;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.treatment.Course;

/**
 * The date spans a chart may show for one journal on one day: the preset ranges ending today, and panning and
 * zooming from any span. The whole journal runs from its first check-in or course day to today; panning may look
 * {@link #FUTURE_DAYS} past today, so the coming treatment days can be seen, and no further.
 */
public final class TrendRanges {

    /** How far past today the chart may be panned. */
    public static final int FUTURE_DAYS = 7;
    /** The narrowest zoom: a week. */
    public static final int MIN_DAYS = 7;

    private final LocalDate journalFirst;
    private final LocalDate today;

    /** {@code journalFirst} after today (a course planned ahead, or none at all) is taken as today. */
    public TrendRanges(LocalDate journalFirst, LocalDate today) {
        Objects.requireNonNull(journalFirst, "journalFirst");
        this.today = Objects.requireNonNull(today, "today");
        this.journalFirst = journalFirst.isAfter(today) ? today : journalFirst;
    }

    /**
     * Returns the ranges of a journal: its first day is the earliest of its check-ins' dates and its courses'
     * first days, or today for an empty journal.
     */
    public static TrendRanges of(Collection<CheckIn> checkIns, Collection<Course> courses, LocalDate today) {
        LocalDate first = Stream.concat(checkIns.stream().map(CheckIn::day),
                        courses.stream().map(c -> c.calendar().firstDay()))
                .min(LocalDate::compareTo).orElse(today);
        return new TrendRanges(first, today);
    }

    /** Returns the whole journal: its first day to today (just today for an empty journal). */
    public DateSpan whole() {
        return new DateSpan(journalFirst, today);
    }

    /**
     * Returns the span of a preset ending today: the last 30, 90 or 365 days including today, or {@link #whole()}
     * for {@link TrendRange#ALL}.
     */
    public DateSpan span(TrendRange range) {
        return range == TrendRange.ALL ? whole() : new DateSpan(today.minusDays(range.days() - 1L), today);
    }

    /**
     * Returns the span moved back by half its length (at least a day), the same length, but not starting before the
     * journal's first day; a span that already starts there or earlier is returned unchanged.
     */
    public DateSpan earlier(DateSpan span) {
        long first = Math.max(span.first().toEpochDay() - step(span), journalFirst.toEpochDay());
        return first >= span.first().toEpochDay() ? span : shifted(span, first);
    }

    /**
     * Returns the span moved on by half its length (at least a day), the same length, but not ending after today
     * plus {@link #FUTURE_DAYS}; a span that already ends there or later is returned unchanged.
     */
    public DateSpan later(DateSpan span) {
        long limit = today.plusDays(FUTURE_DAYS).toEpochDay();
        long last = Math.min(span.last().toEpochDay() + step(span), limit);
        return last <= span.last().toEpochDay() ? span : shifted(span, last - (length(span) - 1));
    }

    /**
     * Returns a span of half the length (rounded down, at least {@link #MIN_DAYS}) around the same centre; a span of
     * {@link #MIN_DAYS} or fewer is returned unchanged.
     */
    public DateSpan zoomIn(DateSpan span) {
        long length = length(span);
        return length <= MIN_DAYS ? span : centred(span, Math.max(MIN_DAYS, length / 2));
    }

    /**
     * Returns a span of twice the length around the same centre, moved as little as needed to lie between the
     * journal's first day and today plus {@link #FUTURE_DAYS}; {@link #whole()} when twice the length would reach
     * the whole journal's; the span itself when it is already as long as the whole journal or longer.
     */
    public DateSpan zoomOut(DateSpan span) {
        long length = length(span);
        long wholeLength = length(whole());
        if (length >= wholeLength) {
            return span;
        }
        if (2 * length >= wholeLength) {
            return whole();
        }
        DateSpan wider = centred(span, 2 * length);
        long limit = today.plusDays(FUTURE_DAYS).toEpochDay();
        long first = wider.first().toEpochDay() - Math.max(0, wider.last().toEpochDay() - limit);
        return shifted(wider, Math.max(first, journalFirst.toEpochDay()));
    }

    private static long length(DateSpan span) {
        return span.last().toEpochDay() - span.first().toEpochDay() + 1;
    }

    private static long step(DateSpan span) {
        return Math.max(1, length(span) / 2);
    }

    private static DateSpan shifted(DateSpan span, long firstEpochDay) {
        return new DateSpan(LocalDate.ofEpochDay(firstEpochDay),
                LocalDate.ofEpochDay(firstEpochDay + length(span) - 1));
    }

    /** A span of the given length whose centre is the old span's centre (the earlier day when between two). */
    private static DateSpan centred(DateSpan span, long length) {
        long twiceCentre = span.first().toEpochDay() + span.last().toEpochDay();
        long first = Math.floorDiv(twiceCentre - (length - 1), 2);
        return new DateSpan(LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(first + length - 1));
    }
}
