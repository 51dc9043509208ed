package org.leiojournal.ui.trend;

import java.util.List;
import org.leiojournal.domain.trend.SeriesLook;

/**
 * How one line looks on screen: the style classes of its {@link SeriesLook} (colour, dash and point shape, shared
 * with the PDF report), so colour is never the only thing that tells two lines apart.
 */
public record SeriesStyle(int index) {

    public static final int COLOURS = SeriesLook.COLOURS.size();

    public int colour() {
        return new SeriesLook(index).colour();
    }

    public int dash() {
        return new SeriesLook(index).dash();
    }

    public int shape() {
        return new SeriesLook(index).shape();
    }

    public List<String> lineClasses() {
        return List.of("trend-line", "trend-colour-" + colour(), "trend-dash-" + dash());
    }

    public List<String> pointClasses() {
        return List.of("trend-point", "trend-fill-" + colour(), "trend-shape-" + shape());
    }
}
