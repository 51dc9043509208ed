package org.leiojournal.report.pdf;

import org.leiojournal.domain.trend.SeriesLook;
import org.leiojournal.domain.trend.TrendSeries;

/** A series as the report draws it: its points (thinned for the width), its name and its look. */
record ChartLine(TrendSeries series, String name, SeriesLook look) {

    Rgb colour() {
        return Rgb.hex(look.colourHex());
    }
}
