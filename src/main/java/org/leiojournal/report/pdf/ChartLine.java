package org.leiojournal.report.pdf;

import java.util.DoubleSummaryStatistics;
import java.util.List;
import org.leiojournal.domain.trend.SeriesLook;
import org.leiojournal.domain.trend.TrendPoint;
import org.leiojournal.domain.trend.TrendSeries;

/**
 * A line as the report draws it: its points as unbroken segments (a series thinned for the width, or a blood test's
 * values), its name and its look.
 */
record ChartLine(List<List<TrendPoint>> segments, String name, SeriesLook look) {

    ChartLine {
        segments = segments.stream().filter(s -> !s.isEmpty()).map(List::copyOf).toList();
    }

    ChartLine(TrendSeries series, String name, SeriesLook look) {
        this(series.segments(), name, look);
    }

    Rgb colour() {
        return Rgb.hex(look.colourHex());
    }

    long pointCount() {
        return segments.stream().mapToLong(List::size).sum();
    }

    /** The values of all these lines, for their scale. */
    static DoubleSummaryStatistics values(List<ChartLine> lines) {
        return lines.stream().flatMap(l -> l.segments().stream()).flatMap(List::stream)
                .mapToDouble(TrendPoint::value).summaryStatistics();
    }
}
