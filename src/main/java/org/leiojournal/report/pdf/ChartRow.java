package org.leiojournal.report.pdf;

import java.util.DoubleSummaryStatistics;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.OptionalDouble;
import org.leiojournal.domain.trend.CycleBand;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.domain.trend.TrendPoint;
import org.leiojournal.domain.trend.YScale;

/**
 * One chart of the report, drawn as the Trends screen draws it: a legend whose entries show each line's colour,
 * dash and point shape; the cycle bands behind (alternate shading, "C3" at the top, drug days as marks, the
 * expected low-count days hatched); the threshold as a dashed line; lines broken where the series is broken.
 */
final class ChartRow implements Row {

    static final float HEIGHT = 132;
    static final float AXIS_WIDTH = 30;
    private static final float LEGEND = 16;
    private static final float DATES = 16;
    private static final float GAP = 10;
    /** The size of a point's shape. */
    static final float SHAPE = 5;
    /**
     * How far inside the frame the first and last moments of the range sit: half a shape and a little more, so a
     * reading at the very start or end of the range is drawn whole inside the frame, never cut by it (review D22).
     */
    static final float EDGE = SHAPE / 2 + 1.5f;
    /** Below this many points every point also gets its shape, as on the screen. */
    private static final int SHAPES_UP_TO = 150;

    private final String title;
    private final List<ChartLine> lines;
    private final YScale scale;
    private final OptionalDouble threshold;
    private final String thresholdText;
    private final List<CycleBand> bands;
    private final DateSpan span;

    ChartRow(String title, List<ChartLine> lines, YScale scale, OptionalDouble threshold, String thresholdText,
             List<CycleBand> bands, DateSpan span) {
        this.title = title;
        this.lines = List.copyOf(lines);
        this.scale = scale;
        this.threshold = threshold;
        this.thresholdText = thresholdText;
        this.bands = List.copyOf(bands);
        this.span = span;
    }

    @Override
    public float height() {
        return HEIGHT;
    }

    @Override
    public Tag tag() {
        return Tag.figure(alt());
    }

    /**
     * The chart in words, for a screen reader: "Scores 0–10, Mon 7 Sep – Sun 22 Nov 2026: Pain from 2 to 7; Nausea
     * not answered. Treatment cycles 1 to 4 shaded. Dashed line: the team’s number, 37.5 °C."
     */
    String alt() {
        List<String> parts = lines.stream().map(ChartRow::range).toList();
        StringBuilder text = new StringBuilder(title).append(", ").append(Words.span(span)).append(": ")
                .append(String.join("; ", parts)).append('.');
        IntSummaryStatistics cycles = bands.stream().filter(b -> !b.continuous()).mapToInt(CycleBand::cycle)
                .summaryStatistics();
        if (cycles.getCount() > 0) {
            text.append(cycles.getMin() == cycles.getMax() ? " Treatment cycle " + cycles.getMin() + " shaded."
                    : " Treatment cycles " + cycles.getMin() + " to " + cycles.getMax() + " shaded.");
        }
        if (threshold.isPresent() && !thresholdText.isEmpty()) {
            text.append(" Dashed line: ").append(thresholdText).append('.');
        }
        return text.toString().replace('\u00A0', ' ');
    }

    private static String range(ChartLine line) {
        DoubleSummaryStatistics values = line.segments().stream().flatMap(List::stream)
                .mapToDouble(TrendPoint::value).summaryStatistics();
        if (values.getCount() == 0) {
            return line.name() + " not answered";
        }
        return values.getMin() == values.getMax() ? line.name() + " " + Words.number(values.getMin())
                : line.name() + " from " + Words.number(values.getMin()) + " to " + Words.number(values.getMax());
    }

    @Override
    public void draw(Canvas canvas, float left, float top, float width) {
        legend(canvas, left, top, width);
        float plotLeft = left + AXIS_WIDTH;
        float plotTop = top + LEGEND;
        float plotWidth = width - AXIS_WIDTH - 4;
        float plotHeight = HEIGHT - LEGEND - DATES - GAP;
        TimeScale x = timeScale(span, plotLeft, plotWidth);
        ValueScale y = new ValueScale(scale, plotTop, plotHeight);
        ReportChartBackdrop.bands(canvas, bands, span, x, plotTop, plotHeight);
        ReportChartBackdrop.grid(canvas, scale, y, plotLeft, plotWidth);
        threshold.ifPresent(t -> ReportChartBackdrop.threshold(canvas, y.of(t), plotLeft, plotWidth));
        long points = lines.stream().mapToLong(l -> l.pointCount()).sum();
        for (ChartLine line : lines) {
            for (List<TrendPoint> segment : line.segments()) {
                drawSegment(canvas, line, segment, x, y, points <= SHAPES_UP_TO);
            }
        }
        canvas.frame(plotLeft, plotTop, plotWidth, plotHeight, 0.5f, Rgb.RULE);
        ReportChartBackdrop.dates(canvas, span, x, plotTop + plotHeight);
    }

    private static void drawSegment(Canvas canvas, ChartLine line, List<TrendPoint> segment, TimeScale x,
                                    ValueScale y, boolean shapes) {
        float[] xy = new float[segment.size() * 2];
        for (int i = 0; i < segment.size(); i++) {
            xy[2 * i] = x.of(segment.get(i).at());
            xy[2 * i + 1] = y.of(segment.get(i).value());
        }
        canvas.polyline(xy, 1.5f, line.colour(), line.look().dashPattern());
        if (shapes || segment.size() == 1) {
            for (int i = 0; i < xy.length; i += 2) {
                canvas.shape(line.look().shape(), xy[i], xy[i + 1], SHAPE, line.colour());
            }
        }
    }

    /** Days across the plot, {@link #EDGE} in from each side of its frame. */
    static TimeScale timeScale(DateSpan span, float plotLeft, float plotWidth) {
        return new TimeScale(span, plotLeft + EDGE, plotWidth - 2 * EDGE);
    }

    private void legend(Canvas canvas, float left, float top, float width) {
        float baseline = top + 9;
        canvas.text(title, left, baseline, TextStyle.SMALL_BOLD);
        float x = left + canvas.width(title, TextStyle.SMALL_BOLD) + 12;
        for (ChartLine line : lines) {
            canvas.line(x, baseline - 3, x + 20, baseline - 3, 1.5f, line.colour(), line.look().dashPattern());
            canvas.shape(line.look().shape(), x + 10, baseline - 3, 5, line.colour());
            canvas.text(line.name(), x + 24, baseline, TextStyle.SMALL);
            x += 24 + canvas.width(line.name(), TextStyle.SMALL) + 12;
        }
        if (threshold.isPresent()) {
            canvas.line(x, baseline - 3, x + 20, baseline - 3, 1.2f, Rgb.ALERT, List.of(9, 4));
            canvas.text(thresholdText, x + 24, baseline, TextStyle.SMALL.withColour(Rgb.ALERT));
        }
    }

    /** Values up the plot: the scale's lower bound at the bottom edge. */
    record ValueScale(YScale scale, float top, float height) {
        float of(double value) {
            return (float) (top + height - (value - scale.lower()) / (scale.upper() - scale.lower()) * height);
        }
    }
}
