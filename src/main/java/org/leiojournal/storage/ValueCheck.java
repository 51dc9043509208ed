package org.leiojournal.storage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What each {@link ColumnType} accepts, checked before anything is written: the same rules whatever file format
 * the value came from. Dates and moments lie in 1900–2100; texts are at most {@link Column#MAX_TEXT} characters.
 */
final class ValueCheck {

    static final int MAX_TEXT = Column.MAX_TEXT;
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;

    /** A date's and a moment's shape, each 9 standing for an ASCII digit (see {@link #hasShape}). */
    private static final String DATE_SHAPE = "9999-99-99";
    private static final String INSTANT_SHAPE = "9999-99-99T99:99:99Z";
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,12}(\\.\\d{1,6})?");
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    private static final Pattern TIMES = Pattern.compile("(([01]\\d|2[0-3]):[0-5]\\d(,([01]\\d|2[0-3]):[0-5]\\d)*)?");
    private static final Pattern INTEGERS = Pattern.compile("\\d{1,4}(,\\d{1,4})*");
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build();

    private ValueCheck() {
    }

    static Optional<String> problem(Column column, Object value) {
        if (value == null) {
            return column.nullable() ? Optional.empty() : Optional.of("must have a value (it may not be null)");
        }
        return switch (column.type()) {
            case INTEGER -> value instanceof Long n ? range(column, n) : Optional.of("should be a whole number");
            case BOOLEAN -> value instanceof Boolean ? Optional.empty() : Optional.of("should be true or false");
            default -> value instanceof String text ? text(column, text)
                    : Optional.of("should be text in quotes (" + expected(column) + ")");
        };
    }

    private static Optional<String> range(Column column, long n) {
        if (n < column.min() || n > column.max()) {
            return Optional.of("should be a whole number from " + column.min() + " to " + column.max() + ", not " + n);
        }
        return Optional.empty();
    }

    private static Optional<String> text(Column column, String text) {
        if (text.length() > MAX_TEXT) {
            return Optional.of("is longer than " + MAX_TEXT + " characters");
        }
        boolean fits = switch (column.type()) {
            case TEXT -> true;
            case UID, REFERENCE -> isUid(text);
            case DECIMAL -> DECIMAL.matcher(text).matches();
            case DATE -> hasShape(text, DATE_SHAPE) && date(text);
            case INSTANT -> hasShape(text, INSTANT_SHAPE) && instant(text);
            case LOCAL_DATE_TIME -> localDateTime(text);
            case LOCAL_TIME -> TIME.matcher(text).matches();
            case TIME_LIST -> TIMES.matcher(text).matches();
            case INTEGER_LIST -> INTEGERS.matcher(text).matches();
            case ZONE -> zone(text);
            case ENUM -> column.allowed().contains(text);
            case JSON -> jsonObject(text);
            case INTEGER, BOOLEAN -> false;
        };
        return fits ? Optional.empty() : Optional.of("should be " + expected(column) + ", not " + quote(text));
    }

    /** What the column expects, in words, with an example. */
    static String expected(Column column) {
        return switch (column.type()) {
            case TEXT -> "text";
            case UID -> "an id of letters, digits and . _ : - (at most 64 characters)";
            case REFERENCE -> "the uid of a row of " + column.target();
            case INTEGER -> "a whole number";
            case BOOLEAN -> "true or false";
            case DECIMAL -> "a decimal number written as text, such as \"37.5\"";
            case DATE -> "a date as yyyy-MM-dd between " + MIN_YEAR + " and " + MAX_YEAR + ", such as 2026-03-01";
            case INSTANT -> "a UTC moment in whole seconds between " + MIN_YEAR + " and " + MAX_YEAR
                    + ", such as 2026-03-01T09:00:00Z";
            case LOCAL_DATE_TIME -> "a date and time as yyyy-MM-ddTHH:mm between " + MIN_YEAR + " and " + MAX_YEAR
                    + ", such as 2026-03-01T09:30";
            case LOCAL_TIME -> "a time as HH:mm, such as 08:00";
            case TIME_LIST -> "times as HH:mm separated by commas, such as 08:00,20:00 (or nothing)";
            case INTEGER_LIST -> "whole numbers separated by commas, such as 6,4";
            case ZONE -> "a time zone such as Europe/London";
            case ENUM -> "one of " + String.join(", ", column.allowed());
            case JSON -> "a JSON object written as text";
        };
    }

    static Object fromText(Column column, String text) {
        if (text == null || text.isEmpty() && column.nullable()) {
            return null;
        }
        return switch (column.type()) {
            case INTEGER -> {
                try {
                    yield Long.valueOf(text.strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("should be a whole number, not " + quote(text));
                }
            }
            case BOOLEAN -> switch (text.strip()) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("should be true or false, not " + quote(text));
            };
            default -> text;
        };
    }

    /**
     * The text already has the shape of a date, so its digits are read where they stand: parsing with a formatter
     * was most of an import's checks (issue 21: a ten-year journal has some 50,000 dates and moments).
     */
    private static boolean date(String text) {
        try {
            return inRange(LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10)).getYear());
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** As {@link #date}; a time that is not a plain 00:00:00–23:59:59 (a leap second) goes to the full parser. */
    private static boolean instant(String text) {
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if (hour > 23 || minute > 59 || second > 59) {
            try {
                return inRange(Instant.parse(text).atZone(ZoneOffset.UTC).getYear());
            } catch (DateTimeException e) {
                return false;
            }
        }
        return date(text.substring(0, 10));
    }

    /**
     * [A-Za-z0-9._:-]{1,64}, and the shapes below, checked without a regular expression: a ten-year import checks
     * over 100,000 ids and dates, and a regex match each was a good part of its checks (issue 21).
     */
    static boolean isUid(String text) {
        int n = text.length();
        if (n < 1 || n > 64) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            boolean fits = ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9'
                    || ch == '.' || ch == '_' || ch == ':' || ch == '-';
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code text} has {@code shape}'s length and characters, each 9 in it standing for a digit 0–9. */
    static boolean hasShape(String text, String shape) {
        if (text.length() != shape.length()) {
            return false;
        }
        for (int i = 0; i < shape.length(); i++) {
            char want = shape.charAt(i);
            char ch = text.charAt(i);
            if (want == '9' ? ch < '0' || ch > '9' : ch != want) {
                return false;
            }
        }
        return true;
    }

    /** The number written by the ASCII digits from {@code start} to {@code end} (the pattern has checked them). */
    static int digits(String text, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) {
            n = n * 10 + (text.charAt(i) - '0');
        }
        return n;
    }

    /** Only the form LocalDateTime itself writes, so that stored values compare and sort as text. */
    private static boolean localDateTime(String text) {
        try {
            LocalDateTime parsed = LocalDateTime.parse(text);
            return parsed.toString().equals(text) && inRange(parsed.getYear());
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean inRange(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    private static boolean zone(String text) {
        try {
            return text.length() <= 64 && ZoneId.of(text) != null;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean jsonObject(String text) {
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    /** The value as the user would see it, cut short if long. */
    static String quote(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return "\"" + shown + "\"";
    }
}
