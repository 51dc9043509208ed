package org.leiojournal.domain.trend;

import java.util.List;

/**
 * How one chart line looks, on screen and in the PDF report alike: an Okabe–Ito colour (safe for the common
 * colour-vision differences), a dash pattern and a point shape, so colour is never the only thing that tells two
 * lines apart. The pair (colour, dash) differs for the first 49 indexes, so a measure keeps its look whatever else
 * is drawn beside it. The stylesheet's {@code -leio-trend-N} tokens and {@code trend-dash-N} classes hold the same
 * values (a test compares them).
 */
public record SeriesLook(int index) {

    /** The Okabe–Ito palette, as #RRGGBB: blue, orange, bluish green, reddish purple, sky blue, vermilion, black. */
    public static final List<String> COLOURS = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#000000");

    /** Dash patterns (on, off, …) in pixels or points; the first is a solid line. */
    private static final List<List<Integer>> DASHES = List.of(List.of(), List.of(12, 5), List.of(5, 5),
            List.of(1, 5), List.of(12, 4, 1, 4), List.of(18, 5, 5, 5), List.of(6, 3, 1, 3, 1, 3));

    /** How many point shapes there are: circle, square, diamond, triangle. */
    public static final int SHAPES = 4;

    public SeriesLook {
        if (index < 0) {
            throw new IllegalArgumentException("index " + index);
        }
    }

    public int colour() {
        return index % COLOURS.size();
    }

    public int dash() {
        return (index + index / COLOURS.size()) % DASHES.size();
    }

    public int shape() {
        return index % SHAPES;
    }

    /** The colour as #RRGGBB. */
    public String colourHex() {
        return COLOURS.get(colour());
    }

    /** The dash pattern (on, off, …); empty for a solid line. */
    public List<Integer> dashPattern() {
        return DASHES.get(dash());
    }

    /** The pattern of dash number {@code n}, for the stylesheet test. */
    public static List<Integer> dashPattern(int n) {
        return DASHES.get(n);
    }
}
