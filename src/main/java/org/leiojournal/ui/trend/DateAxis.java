package org.leiojournal.ui.trend;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.chart.ValueAxis;

/**
 * A time axis over epoch days whose ticks fall on calendar boundaries people read: days, Mondays, the first of a
 * month, the first of January. The step is the smallest that leaves room for every label.
 */
final class DateAxis extends ValueAxis<Number> {

    private static final double LABEL_SPACE = 84;

    private enum Step { DAY, TWO_DAYS, WEEK, TWO_WEEKS, MONTH, TWO_MONTHS, QUARTER, HALF_YEAR, YEAR, TWO_YEARS, FIVE_YEARS }

    private final DateTimeFormatter dayFormat;
    private final DateTimeFormatter monthFormat;
    private final DateTimeFormatter yearFormat;
    private Step step = Step.WEEK;

    DateAxis(Locale locale) {
        dayFormat = DateTimeFormatter.ofPattern("d MMM", locale);
        monthFormat = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        yearFormat = DateTimeFormatter.ofPattern("yyyy", locale);
        setAutoRanging(false);
        setAnimated(false);
        setMinorTickVisible(false);
    }

    /** Shows the days from {@code lower} to {@code upper} (epoch days, fractions allowed). */
    void show(double lower, double upper) {
        setLowerBound(lower);
        setUpperBound(upper);
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        LocalDate first = ChartTime.dayAt(getLowerBound());
        LocalDate last = ChartTime.dayAt(getUpperBound());
        double days = Math.max(1, getUpperBound() - getLowerBound());
        int room = (int) Math.max(2, length / LABEL_SPACE);
        step = Step.FIVE_YEARS;
        for (Step candidate : Step.values()) {
            if (days / approximateDays(candidate) <= room) {
                step = candidate;
                break;
            }
        }
        List<Number> ticks = new ArrayList<>();
        for (LocalDate day = firstTick(first); !day.isAfter(last); day = next(day)) {
            if (day.toEpochDay() >= getLowerBound() && day.toEpochDay() <= getUpperBound()) {
                ticks.add(day.toEpochDay());
            }
        }
        return ticks;
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        return List.of();
    }

    @Override
    protected Object getRange() {
        return new double[] {getLowerBound(), getUpperBound()};
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        double[] bounds = (double[]) range;
        setLowerBound(bounds[0]);
        setUpperBound(bounds[1]);
    }

    @Override
    protected String getTickMarkLabel(Number x) {
        return label(ChartTime.dayAt(x.doubleValue() + 1e-6));
    }

    private String label(LocalDate day) {
        return switch (step) {
            case DAY, TWO_DAYS, WEEK, TWO_WEEKS -> dayFormat.format(day);
            case MONTH, TWO_MONTHS, QUARTER, HALF_YEAR -> monthFormat.format(day);
            default -> yearFormat.format(day);
        };
    }

    private static double approximateDays(Step step) {
        return switch (step) {
            case DAY -> 1;
            case TWO_DAYS -> 2;
            case WEEK -> 7;
            case TWO_WEEKS -> 14;
            case MONTH -> 30.4;
            case TWO_MONTHS -> 61;
            case QUARTER -> 91;
            case HALF_YEAR -> 182;
            case YEAR -> 365;
            case TWO_YEARS -> 730;
            case FIVE_YEARS -> 1826;
        };
    }

    private LocalDate firstTick(LocalDate first) {
        return switch (step) {
            case DAY, TWO_DAYS -> first;
            case WEEK, TWO_WEEKS -> first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> first.withDayOfMonth(1);
            case TWO_MONTHS, QUARTER, HALF_YEAR -> {
                int months = (int) monthsOf(step);
                LocalDate month = first.withDayOfMonth(1);
                yield month.minusMonths((month.getMonthValue() - 1) % months);
            }
            case YEAR -> first.withDayOfYear(1);
            case TWO_YEARS, FIVE_YEARS -> {
                int years = step == Step.TWO_YEARS ? 2 : 5;
                yield LocalDate.of(first.getYear() - Math.floorMod(first.getYear(), years), 1, 1);
            }
        };
    }

    private LocalDate next(LocalDate day) {
        return switch (step) {
            case DAY -> day.plusDays(1);
            case TWO_DAYS -> day.plusDays(2);
            case WEEK -> day.plusWeeks(1);
            case TWO_WEEKS -> day.plusWeeks(2);
            case MONTH, TWO_MONTHS, QUARTER, HALF_YEAR -> day.plus(monthsOf(step), ChronoUnit.MONTHS);
            case YEAR -> day.plusYears(1);
            case TWO_YEARS -> day.plusYears(2);
            case FIVE_YEARS -> day.plusYears(5);
        };
    }

    private static long monthsOf(Step step) {
        return switch (step) {
            case TWO_MONTHS -> 2;
            case QUARTER -> 3;
            case HALF_YEAR -> 6;
            default -> 1;
        };
    }
}
