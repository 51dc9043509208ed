package org.leiojournal.domain.measure;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a number as people type it: "37.5", "37,5", " 38 ". At most two decimals; no signs or exponents. */
public final class DecimalInput {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}([.,]\\d{1,2})?");

    private DecimalInput() {
    }

    /** Empty for blank or malformed text; callers tell the two apart with {@link #isBlank}. */
    public static Optional<BigDecimal> parse(String text) {
        if (isBlank(text)) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (!NUMBER.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(trimmed.replace(',', '.')));
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
