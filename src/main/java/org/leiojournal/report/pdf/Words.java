package org.leiojournal.report.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.TemperatureWords;
import org.leiojournal.domain.treatment.CyclePosition;
import org.leiojournal.domain.trend.DateSpan;

/**
 * The report's words and number formats. Reports are written in English for the clinic, whatever the app's own
 * language, so the words live here rather than in the app's message bundle (as the calendar export does). Dates
 * name the weekday, so "Mon 2 Nov" is never misread as 11 February.
 */
final class Words {

    static final String DISCLAIMER = "Patient-reported, not a medical record";
    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", ENGLISH);
    private static final DateTimeFormatter PLAIN_DAY = DateTimeFormatter.ofPattern("d MMM", ENGLISH);
    private static final DateTimeFormatter PLAIN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", ENGLISH);

    private Words() {
    }

    /** "Sun 22 Nov 2026". */
    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "Sun 22 Nov". */
    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "22 Nov", for lists of many dates. */
    static String shortDay(LocalDate date) {
        return PLAIN_DAY.format(date);
    }

    /** "Nov". */
    static String month(LocalDate date) {
        return MONTH.format(date);
    }

    /** "Jan 2027". */
    static String monthYear(LocalDate date) {
        return MONTH_YEAR.format(date);
    }

    /** "3 Mar 1968". */
    static String plainDate(LocalDate date) {
        return PLAIN_DATE.format(date);
    }

    /** "Mon 2 Nov 2026, 22:15". */
    static String moment(ZonedDateTime at) {
        return DATE.format(at) + ", " + TIME.format(at);
    }

    /** "22:15". */
    static String time(ZonedDateTime at) {
        return TIME.format(at);
    }

    /**
     * A moment in a list of the range: "Mon 2 Nov 22:15" when the range lies in one year, else "2 Nov 2020 22:15"
     * so that no date can be read in the wrong year.
     */
    static String when(ZonedDateTime at, DateSpan span) {
        return span.first().getYear() == span.last().getYear() ? shortMoment(at)
                : PLAIN_DATE.format(at) + " " + TIME.format(at);
    }

    /** A day in a list of the range: "Mon 2 Nov", or "2 Nov 2020" when the range spans years. */
    static String day(LocalDate date, DateSpan span) {
        return span.first().getYear() == span.last().getYear() ? day(date) : plainDate(date);
    }

    /** "Mon 2 Nov 22:15". */
    static String shortMoment(ZonedDateTime at) {
        return DAY.format(at) + " " + TIME.format(at);
    }

    /** "Fri 23 Oct – Sun 22 Nov 2026", the year once when both ends share it. */
    static String span(DateSpan span) {
        if (span.first().equals(span.last())) {
            return date(span.first());
        }
        String first = span.first().getYear() == span.last().getYear() ? day(span.first()) : date(span.first());
        return first + " – " + date(span.last());
    }

    /** One decimal, with a true minus sign: "−3.6". */
    static String decimal(double value) {
        String text = oneDecimalAsIs(value).orElseGet(() -> String.format(ENGLISH, "%.1f", value));
        return text.equals("-0.0") ? "0.0" : text.replace('-', '−');
    }

    /**
     * What {@code %.1f} gives for a value already at one decimal (a reading of 37.8, a score of 3), without the
     * formatter (issue 21: {@code String.format} parses its pattern and allocates a formatter on every call; the
     * daily table asks hundreds of times). The value is the double nearest to tenths/10, so nothing is rounded
     * and the digits are those of the tenths; any other value is left to the formatter.
     */
    private static Optional<String> oneDecimalAsIs(double value) {
        double tenths = Math.rint(value * 10);
        if (Math.abs(tenths) >= 1e15 || tenths / 10 != value) {
            return Optional.empty();
        }
        long whole = Math.abs((long) tenths);
        return Optional.of((tenths < 0 ? "-" : "") + whole / 10 + "." + whole % 10);
    }

    /** As {@link #decimal} with a plus sign for a rise: "+1.4". */
    static String signed(double value) {
        String text = decimal(value);
        return value > 0 && !text.equals("0.0") ? "+" + text : text;
    }

    /** A whole number when the value is one ("7"), else one decimal. */
    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : decimal(value);
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** "1 day", "3 days". */
    static String count(long n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    /** The user's threshold in their unit, "38.0 °C" or "100.4 °F (38.0 °C)", kept on one line. */
    static String threshold(BigDecimal celsius, TemperatureUnit unit) {
        return TemperatureWords.of(celsius, unit).replace(" °", "\u00A0°");
    }

    /** "38.2 °C" as typed; the no-break space keeps number and unit on one line. */
    static String temperature(Temperature temperature) {
        return plain(temperature.value()) + "\u00A0" + temperature.unit().symbol();
    }

    /** "Gemcitabine + docetaxel, cycle 3, day 9"; continuous treatment: "Pazopanib, day 45". */
    static String position(CyclePosition position) {
        String phase = position.laterPhase() ? " (" + position.phase() + ")" : "";
        return position.continuous() ? position.regimen() + ", day " + position.day()
                : position.regimen() + phase + ", cycle " + position.cycle() + ", day " + position.day();
    }
}
