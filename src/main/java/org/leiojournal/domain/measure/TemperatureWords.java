package org.leiojournal.domain.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Temperatures in the words a user reads, in the unit they chose. Texts written once in °C (the rules file, the
 * report) read "100.4 °F (38.0 °C)" in °F mode: °F first for the user, °C beside it because the team's card may
 * give that number.
 */
public final class TemperatureWords {

    /** "38.0 °C" (any space before the degree sign) not already followed by its °F in brackets. */
    private static final Pattern CELSIUS = Pattern.compile("(\\d+(?:\\.\\d+)?)[ \\u00A0]°C(?![ \\u00A0]\\([^)]*°F)");

    private TemperatureWords() {
    }

    /** "37.5 °C", or "99.5 °F (37.5 °C)" in °F mode; one decimal place. */
    public static String of(BigDecimal celsius, TemperatureUnit unit) {
        String c = celsius.setScale(1, RoundingMode.HALF_UP).toPlainString() + " °C";
        if (unit == TemperatureUnit.CELSIUS) {
            return c;
        }
        return unit.fromCelsius(celsius).setScale(1, RoundingMode.HALF_UP).toPlainString() + " °F (" + c + ")";
    }

    /** The text with every "N °C" it names also given in °F when the user reads °F; unchanged in °C mode. */
    public static String inUnit(String text, TemperatureUnit unit) {
        if (unit == TemperatureUnit.CELSIUS || text.isEmpty()) {
            return text;
        }
        Matcher m = CELSIUS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(of(new BigDecimal(m.group(1)), unit)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
