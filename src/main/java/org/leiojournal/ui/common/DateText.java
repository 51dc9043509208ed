package org.leiojournal.ui.common;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How every date field reads what is typed (review D7): the app's own "Tue 24 Nov 2026" with or without the
 * weekday, "24 November 2026", ISO "2026-11-24", and the locale's numeric order only (24/11/2026 in the UK,
 * 11/24/2026 in the US), so a date is never read the other way round.
 */
public final class DateText {

    /** The example every date field shows: a day above 12 cannot be misread as a month. */
    private static final LocalDate EXAMPLE = LocalDate.of(2026, 11, 24);

    private final List<DateTimeFormatter> formats = new ArrayList<>();
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter numeric;

    public DateText(Locale locale) {
        shortDate = strict("d MMM uuuu", locale);
        numeric = strict(numericPattern(locale), locale);
        formats.add(DateTimeFormatter.ISO_LOCAL_DATE);
        for (Locale names : List.of(locale, Locale.ENGLISH)) { // "Sep" as well as the UK's "Sept"
            formats.add(strict("d MMM uuuu", names));
            formats.add(strict("d MMMM uuuu", names));
        }
        formats.add(numeric);
        formats.add(strict("d.M.uuuu", locale));
    }

    /** The date the text names, or empty when it is blank or not a date this field can read. */
    public Optional<LocalDate> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String cleaned = withoutWeekday(text.strip().replace(',', ' ').replaceAll("\\s+", " "));
        for (DateTimeFormatter format : formats) {
            try {
                return Optional.of(LocalDate.parse(cleaned, format));
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return Optional.empty();
    }

    /** "24 Nov 2026": the prompt of every date field. */
    public String example() {
        return shortDate.format(EXAMPLE);
    }

    /** The same day in the locale's numeric order, "24/11/2026" in the UK. */
    public String numericExample() {
        return numeric.format(EXAMPLE);
    }

    /** The same day as ISO writes it, "2026-11-24". */
    public String isoExample() {
        return EXAMPLE.toString();
    }

    /** A leading day name ("Tue" or "Tuesday") is dropped; the date itself says which day it is. */
    private static String withoutWeekday(String text) {
        return text.matches("^\\p{L}+\\.? \\d.*") ? text.substring(text.indexOf(' ') + 1) : text;
    }

    private static DateTimeFormatter strict(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** The locale's short numeric date with single-letter fields and a four-digit year: "d/M/uuuu" in the UK. */
    private static String numericPattern(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        return pattern.replaceAll("d+", "d").replaceAll("M+", "M").replaceAll("[yu]+", "uuuu");
    }
}
