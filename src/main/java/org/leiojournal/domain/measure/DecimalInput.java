package org.leiojournal.domain.measure;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leiojournal.domain.validation.Problem;

/**
 * Reads a number as people type it: "37.5", "37,5", " 38 ". Below 10000 with at most two decimals; no signs or
 * exponents. Text it does not read gets a {@link Trouble} so forms can say what is wrong ("too large", not "no number").
 */
public final class DecimalInput {

    /** How many digits may follow the point. */
    public static final int MAX_DECIMALS = 2;
    /** The message key that says so, with {@link #MAX_DECIMALS} as its argument. */
    public static final String TOO_MANY_DECIMALS_KEY = "input.tooManyDecimals";
    private static final int MAX_WHOLE_DIGITS = 4;
    private static final Pattern NUMBER = Pattern.compile("(\\d+)(?:[.,](\\d+))?");

    /** Why typed text is not read as a number. */
    public enum Trouble { NOT_A_NUMBER, TOO_LARGE, TOO_MANY_DECIMALS }

    private DecimalInput() {
    }

    /** Empty for blank or unreadable text; callers tell them apart with {@link #isBlank} and {@link #trouble}. */
    public static Optional<BigDecimal> parse(String text) {
        if (isBlank(text) || trouble(text).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text.strip().replace(',', '.')));
    }

    /** What keeps non-blank {@code text} from being read; empty when it reads (or is blank). */
    public static Optional<Trouble> trouble(String text) {
        if (isBlank(text)) {
            return Optional.empty();
        }
        Matcher number = NUMBER.matcher(text.strip());
        if (!number.matches()) {
            return Optional.of(Trouble.NOT_A_NUMBER);
        }
        if (number.group(1).replaceFirst("^0+(?=\\d)", "").length() > MAX_WHOLE_DIGITS) {
            return Optional.of(Trouble.TOO_LARGE); // the larger mistake first: "12345.678" is too large
        }
        if (number.group(2) != null && number.group(2).length() > MAX_DECIMALS) {
            return Optional.of(Trouble.TOO_MANY_DECIMALS);
        }
        return Optional.empty();
    }

    /** True when {@code text} is a number with more decimals than {@link #MAX_DECIMALS}. */
    public static boolean hasTooManyDecimals(String text) {
        return trouble(text).filter(t -> t == Trouble.TOO_MANY_DECIMALS).isPresent();
    }

    /**
     * {@code otherwise} (which names the range), unless {@code text} has too many decimals: a range alone would not
     * say what is wrong with "70.125".
     */
    public static Problem problemFor(String text, Problem otherwise) {
        return hasTooManyDecimals(text)
                ? Problem.of(otherwise.field(), TOO_MANY_DECIMALS_KEY, MAX_DECIMALS) : otherwise;
    }

    /**
     * Why {@code text} is not a number up to {@code max}: {@code tooLarge} for too many digits or a number above
     * {@code max}, the decimals' problem for too many decimals, otherwise {@code otherwise} (not a number, or below
     * what the field takes). Each keeps {@code otherwise}'s field.
     */
    public static Problem problemFor(String text, BigDecimal max, Problem tooLarge, Problem otherwise) {
        Optional<Trouble> trouble = trouble(text);
        if (trouble.filter(t -> t == Trouble.TOO_LARGE).isPresent()
                || parse(text).filter(v -> v.compareTo(max) > 0).isPresent()) {
            return tooLarge;
        }
        return problemFor(text, otherwise);
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
