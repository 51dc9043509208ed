package org.leiojournal.domain.lab;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A lab value as people copy it from a printout: "1.5", "1,5", "150000". Up to seven digits before the point (a
 * platelet count in /µL) and four after; no signs, letters or exponents.
 */
public final class LabNumber {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,7}([.,]\\d{1,4})?");

    private LabNumber() {
    }

    public static Optional<BigDecimal> parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (!NUMBER.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(trimmed.replace(',', '.')));
    }
}
