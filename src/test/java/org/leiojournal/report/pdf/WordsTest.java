package org.leiojournal.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: a number already at one decimal is written without {@code String.format}; every number must still read
 * exactly as the formatter wrote it (rounded half up, no "−0.0", a true minus sign), or the report would change.
 */
class WordsTest {

    @Test
    void aDecimalReadsAsTheFormatterWroteIt() {
        double[] values = {0, -0.0, 3, 37.8, 100.4, -3.6, 0.15, 0.25, 2.675, -0.04, -0.05, 0.1 + 0.2, 99.95, 1e14 + 0.1,
            1e15, 1e16, -1e16, 123456.7, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY};
        for (double value : values) {
            assertEquals(formatted(value), Words.decimal(value), Double.toString(value));
        }
        SplittableRandom random = new SplittableRandom(21);
        for (int i = 0; i < 20_000; i++) {
            double tenths = random.nextInt(-20_000, 20_000) / 10.0;
            double any = random.nextDouble(-500, 500);
            assertEquals(formatted(tenths), Words.decimal(tenths), Double.toString(tenths));
            assertEquals(formatted(any), Words.decimal(any), Double.toString(any));
        }
    }

    /** What {@link Words#decimal} wrote before issue 21's change, with {@code String.format} for every number. */
    private static String formatted(double value) {
        String text = String.format(Locale.ENGLISH, "%.1f", value);
        return text.equals("-0.0") ? "0.0" : text.replace('-', '\u2212');
    }
}
