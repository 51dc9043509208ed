package org.leiojournal.ui.trend;

import java.util.List;

/**
 * How one line looks: an Okabe–Ito colour, a dash pattern and a point shape, so colour is never the only thing
 * that tells two lines apart. The pair (colour, dash) differs for the first 49 indexes, so a measure keeps its
 * look whatever else is ticked.
 */
public record SeriesStyle(int index) {

    public static final int COLOURS = 7;

    public int colour() {
        return index % COLOURS;
    }

    public int dash() {
        return (index + index / COLOURS) % COLOURS;
    }

    public int shape() {
        return index % 4;
    }

    public List<String> lineClasses() {
        return List.of("trend-line", "trend-colour-" + colour(), "trend-dash-" + dash());
    }

    public List<String> pointClasses() {
        return List.of("trend-point", "trend-fill-" + colour(), "trend-shape-" + shape());
    }
}
