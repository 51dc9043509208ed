package org.leiojournal.ui.trend;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import javafx.event.EventHandler;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.chart.ValueAxis;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import org.leiojournal.domain.trend.CycleBand;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.domain.trend.DrugDay;
import org.leiojournal.domain.trend.TrendMarker;
import org.leiojournal.ui.common.Formats;
import org.leiojournal.ui.common.Messages;

/**
 * What a time chart draws behind its lines: a band per treatment cycle (alternate shading, "C3" at its top),
 * drug days as marks with a short drug name, the expected low-count window hatched and labelled, appointments,
 * notes and alerts as vertical markers of different shapes, and the user's temperature threshold. Colour is never
 * the only signal: every kind has its own shape or label.
 *
 * <p>The nodes are kept from one range to the next (see {@link NodePool}): a new range only re-words and moves
 * them, and a layout only moves them and redraws the shared paths in place ({@link InPlacePath}). Building them
 * again at every switch to ten years was most of the garbage that brought on slow full collections.
 */
final class ChartDecor extends Group {

    /** Labels appear once a day is at least this wide, so a year does not turn into a smear of text. */
    private static final double LABEL_DAY_WIDTH = 5;
    /** Up to this many days drug days are marks of their own that say what was given; beyond, one shape. */
    private static final long DRUG_DAY_HOVER_DAYS = 366;

    private final Messages messages;
    private final Formats formats;
    private final Group bands = new Group();
    private final Group markers = new Group();
    private final Group labels = new Group();
    private final Group threshold = new Group();
    /*
     * Shapes that repeat (cycle shading, low-count hatching, drug days over long ranges, marker lines) are one
     * path each, redrawn at every layout: ten years are hundreds of them, and a node each cost more in styling
     * and layout than drawing them does.
     */
    private final InPlacePath oddBands = path("trend-band", "trend-band-odd");
    private final InPlacePath evenBands = path("trend-band", "trend-band-even");
    private final InPlacePath lowCounts = path("trend-low-counts");
    private final InPlacePath drugDays = path("trend-drug-day");
    private final Map<TrendMarker.Kind, InPlacePath> markerLines = new EnumMap<>(TrendMarker.Kind.class);
    /** The glyphs of each kind of marker, in a group of their own (shown on the labelled chart only). */
    private final Map<TrendMarker.Kind, NodePool<Shape>> glyphs = new EnumMap<>(TrendMarker.Kind.class);
    private final Group glyphGroups = new Group();
    private final NodePool<Rectangle> drugMarks = new NodePool<>(bands, this::drugMark);
    private final NodePool<Text> cycleLabels = new NodePool<>(labels, () -> text("trend-band-label"));
    private final NodePool<Text> lowLabels = new NodePool<>(labels, () -> text("trend-low-counts-label"));
    private final NodePool<Text> drugLabels = new NodePool<>(labels, () -> text("trend-drug-label"));
    private final Line thresholdLine = new Line();
    private final Text thresholdText = text("trend-threshold-label");
    /**
     * One hover text for all of the chart's marks, worded when the pointer enters one from what the mark stands for
     * ({@link #worded}): a tooltip each, made at every change of range, cost more time and memory than the chart.
     */
    private final Tooltip hoverText = new Tooltip();
    private final Map<Node, Object> worded = new IdentityHashMap<>();
    private final EventHandler<MouseEvent> wordOnEnter = e -> hoverText.setText(describe(worded.get(e.getSource())));

    /* What the last show drew, in chart units (epoch days), for place to put on screen. */
    private final List<double[]> oddSpans = new ArrayList<>();
    private final List<double[]> evenSpans = new ArrayList<>();
    private final List<double[]> lowSpans = new ArrayList<>();
    private final List<double[]> cycleLabelSpans = new ArrayList<>();
    private final List<double[]> lowLabelSpans = new ArrayList<>();
    private double[] drugDayStarts = new double[0];
    private double[] drugMarkStarts = new double[0];
    private final Map<TrendMarker.Kind, double[]> moments = new EnumMap<>(TrendMarker.Kind.class);
    private double thresholdValue = Double.NaN;

    private boolean labelled = true;
    /** An extra style class for the threshold line and its words (the team's level of a blood test), or null. */
    private String lineClass;

    ChartDecor(Messages messages) {
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        List<Node> lines = new ArrayList<>();
        for (TrendMarker.Kind kind : TrendMarker.Kind.values()) {
            InPlacePath line = path("trend-marker-line", styleOf(kind));
            line.path().setFill(null);
            markerLines.put(kind, line);
            lines.add(line.path());
            Group group = new Group();
            glyphs.put(kind, new NodePool<>(group, () -> glyph(kind)));
            glyphGroups.getChildren().add(group);
            moments.put(kind, new double[0]);
        }
        bands.getChildren().setAll(oddBands.path(), evenBands.path(), lowCounts.path(), drugDays.path());
        markers.getChildren().setAll(lines);
        markers.getChildren().add(glyphGroups);
        thresholdLine.getStyleClass().add("trend-threshold");
        threshold.getChildren().setAll(thresholdLine, thresholdText);
        threshold.setVisible(false);
        getChildren().addAll(bands, threshold, markers, labels);
        getStyleClass().add("trend-decor");
    }

    private static InPlacePath path(String... styles) {
        Path path = new Path();
        path.getStyleClass().addAll(styles);
        path.setStroke(null);
        path.setManaged(false);
        return new InPlacePath(path);
    }

    private static String styleOf(TrendMarker.Kind kind) {
        return "trend-marker-" + kind.name().toLowerCase(Locale.ROOT);
    }

    /** The shared tooltip shows over {@code mark}, worded as the pointer enters it. Once per mark, when made. */
    private void hover(Node mark) {
        mark.setOnMouseEntered(wordOnEnter);
        Tooltip.install(mark, hoverText);
    }

    /**
     * Only the top chart of a stack names cycles and drugs and shows the markers' glyphs; the others repeat just the
     * shading and the markers' lines. Set before show.
     */
    void setLabelled(boolean show) {
        labelled = show;
    }

    /** Draws the threshold line in this extra style (null: the fever threshold's own). Set before show. */
    void setLineClass(String styleClass) {
        if (lineClass != null && !lineClass.equals(styleClass)) {
            thresholdLine.getStyleClass().remove(lineClass);
            thresholdText.getStyleClass().remove(lineClass);
        }
        if (styleClass != null && !thresholdLine.getStyleClass().contains(styleClass)) {
            thresholdLine.getStyleClass().add(styleClass);
            thresholdText.getStyleClass().add(styleClass);
        }
        lineClass = styleClass;
    }

    /** Only the threshold, for a chart without dates (the by-cycle view). */
    void showThreshold(OptionalDouble line, String lineText) {
        draw(List.of(), List.of(), true, line, lineText);
    }

    /** The bands and markers of {@code span}; drug days are marks of their own up to a year. */
    void show(DateSpan span, List<CycleBand> cycleBands, List<TrendMarker> timeMarkers, OptionalDouble line,
              String lineText) {
        draw(cycleBands, timeMarkers, span.last().toEpochDay() - span.first().toEpochDay() < DRUG_DAY_HOVER_DAYS,
                line, lineText);
    }

    private void draw(List<CycleBand> cycleBands, List<TrendMarker> timeMarkers, boolean markEachDrugDay,
                      OptionalDouble line, String lineText) {
        worded.clear();
        drawBands(cycleBands, markEachDrugDay);
        drawMarkers(timeMarkers);
        thresholdValue = line.orElse(Double.NaN);
        threshold.setVisible(line.isPresent());
        if (line.isPresent()) {
            thresholdText.setText(lineText);
        }
        requestLayout();
    }

    /** The bands' shading, low-count windows and drug days, and on the labelled chart their names. */
    private void drawBands(List<CycleBand> cycleBands, boolean markEachDrugDay) {
        oddSpans.clear();
        evenSpans.clear();
        lowSpans.clear();
        cycleLabelSpans.clear();
        lowLabelSpans.clear();
        cycleLabels.begin();
        lowLabels.begin();
        drugLabels.begin();
        drugMarks.begin();
        List<Double> drug = new ArrayList<>();
        List<Double> marked = new ArrayList<>();
        for (CycleBand band : cycleBands) {
            double[] span = {ChartTime.startOf(band.span().first()), ChartTime.endOf(band.span().last())};
            (band.cycle() % 2 == 0 ? evenSpans : oddSpans).add(span);
            band.lowCounts().ifPresent(w -> lowSpans.add(new double[] {ChartTime.startOf(w.first()),
                ChartTime.endOf(w.last())}));
            if (labelled) {
                band.lowCounts().ifPresent(w -> {
                    lowLabels.next().setText(messages.get("trends.lowCounts"));
                    lowLabelSpans.add(new double[] {ChartTime.startOf(w.first()), ChartTime.endOf(w.last())});
                });
                cycleLabels.next().setText(band.continuous() ? band.regimen()
                        : messages.get("trends.cycleShort", band.cycle()));
                cycleLabelSpans.add(span);
            }
            for (DrugDay day : band.drugDays()) {
                double from = ChartTime.startOf(day.date());
                if (!markEachDrugDay) {
                    drug.add(from);
                    continue;
                }
                worded.put(drugMarks.next(), new DrugMark(band, day));
                marked.add(from);
                if (labelled) {
                    drugLabels.next().setText(shortNames(day.drugs()));
                }
            }
        }
        drugDayStarts = drug.stream().mapToDouble(Double::doubleValue).toArray();
        drugMarkStarts = marked.stream().mapToDouble(Double::doubleValue).toArray();
        cycleLabels.end();
        lowLabels.end();
        drugLabels.end();
        drugMarks.end();
    }

    /** A drug day over a range short enough to say what was given, for its hover. */
    private record DrugMark(CycleBand band, DrugDay day) {
    }

    /**
     * A vertical line at each marker's moment, one path per kind (a group's line amid its members); on the labelled
     * chart also the kind's glyph at the foot of the line, saying on hover what it marks.
     */
    private void drawMarkers(List<TrendMarker> timeMarkers) {
        Map<TrendMarker.Kind, List<TrendMarker>> byKind = new EnumMap<>(TrendMarker.Kind.class);
        for (TrendMarker marker : timeMarkers) {
            byKind.computeIfAbsent(marker.kind(), k -> new ArrayList<>()).add(marker);
        }
        for (TrendMarker.Kind kind : TrendMarker.Kind.values()) {
            List<TrendMarker> ofKind = byKind.getOrDefault(kind, List.of());
            moments.put(kind, ofKind.stream().mapToDouble(ChartDecor::moment).toArray());
            NodePool<Shape> pool = glyphs.get(kind);
            pool.begin();
            if (labelled) {
                // the glyphs that say what a line marks, once, on the top chart: below it the lines alone carry on (a
                // glyph and its hover on every chart made each switch to ten years build thousands of nodes)
                for (TrendMarker marker : ofKind) {
                    Shape glyph = pool.next();
                    worded.put(glyph, marker);
                    List<String> classes = glyph.getStyleClass();
                    if (marker.isGroup() != classes.contains("trend-marker-group")) {
                        if (marker.isGroup()) {
                            classes.add("trend-marker-group");
                        } else {
                            classes.remove("trend-marker-group");
                        }
                    }
                }
            }
            pool.end();
        }
        // below the top chart the glyphs are not in the chart at all (kept for when it is the top one again)
        boolean glyphsIn = markers.getChildren().contains(glyphGroups);
        if (labelled && !glyphsIn) {
            markers.getChildren().add(glyphGroups);
        } else if (!labelled && glyphsIn) {
            markers.getChildren().remove(glyphGroups);
        }
    }

    void place(ValueAxis<Number> x, ValueAxis<Number> y) {
        Frame f = new Frame(x, y, y.getDisplayPosition(y.getUpperBound()), y.getDisplayPosition(y.getLowerBound()),
                x.getDisplayPosition(x.getLowerBound() + 1) - x.getDisplayPosition(x.getLowerBound()));
        fullHeight(oddBands, f, oddSpans);
        fullHeight(evenBands, f, evenSpans);
        fullHeight(lowCounts, f, lowSpans);
        drugDays.begin();
        for (double from : drugDayStarts) {
            drugDays.rectangle(x.getDisplayPosition(from), f.top, Math.max(2, f.dayWidth), 6);
        }
        drugDays.end();
        for (int i = 0; i < drugMarks.used(); i++) {
            Rectangle mark = drugMarks.get(i);
            mark.setX(x.getDisplayPosition(drugMarkStarts[i]));
            mark.setY(f.top);
            mark.setWidth(Math.max(2, f.dayWidth));
            mark.setHeight(6);
        }
        for (int i = 0; i < drugLabels.used(); i++) {
            Text label = drugLabels.get(i);
            label.setVisible(f.dayWidth >= LABEL_DAY_WIDTH);
            label.relocate(x.getDisplayPosition(drugMarkStarts[i]), f.top + 7);
        }
        for (int i = 0; i < lowLabels.used(); i++) {
            // the label may run past a narrow window, but not over the next cycle's name
            Text label = lowLabels.get(i);
            double[] window = lowLabelSpans.get(i);
            label.setVisible(x.getDisplayPosition(window[1]) - x.getDisplayPosition(window[0]) >= 24);
            label.relocate(x.getDisplayPosition(window[0]) + 2, f.top + 34);
        }
        for (int i = 0; i < cycleLabels.used(); i++) {
            Text cycle = cycleLabels.get(i);
            double[] band = cycleLabelSpans.get(i);
            cycle.setVisible(x.getDisplayPosition(band[1]) - x.getDisplayPosition(band[0])
                    > cycle.getLayoutBounds().getWidth() + 4);
            cycle.relocate(x.getDisplayPosition(band[0]) + 3, f.top + 20);
        }
        placeMarkers(f);
        if (!Double.isNaN(thresholdValue)) {
            double at = Math.round(y.getDisplayPosition(thresholdValue)) + 0.5;
            double right = x.getDisplayPosition(x.getUpperBound());
            thresholdLine.setStartX(x.getDisplayPosition(x.getLowerBound()));
            thresholdLine.setEndX(right);
            thresholdLine.setStartY(at);
            thresholdLine.setEndY(at);
            thresholdText.relocate(right - thresholdText.getLayoutBounds().getWidth() - 6,
                    at - thresholdText.getLayoutBounds().getHeight() - 1);
        }
    }

    private void placeMarkers(Frame f) {
        for (TrendMarker.Kind kind : TrendMarker.Kind.values()) {
            double[] at = moments.get(kind);
            InPlacePath line = markerLines.get(kind).begin();
            for (double moment : at) {
                double x = Math.round(f.x.getDisplayPosition(moment)) + 0.5;
                line.moveTo(x, f.top);
                line.lineTo(x, f.bottom);
            }
            line.end();
            NodePool<Shape> pool = glyphs.get(kind);
            for (int i = 0; i < pool.used(); i++) {
                Shape glyph = pool.get(i);
                glyph.setLayoutX(Math.round(f.x.getDisplayPosition(at[i])) + 0.5);
                glyph.setLayoutY(f.bottom - 7);
            }
        }
    }

    /** "Gem+Doc": the first three letters of each drug, as treatment sheets abbreviate them. */
    static String shortNames(List<String> drugs) {
        List<String> shortened = new ArrayList<>();
        for (String drug : drugs) {
            String word = drug.strip();
            shortened.add(word.length() <= 4 ? word : word.substring(0, 3));
        }
        return String.join("+", shortened);
    }

    private static double moment(TrendMarker marker) {
        return (ChartTime.of(marker.at()) + ChartTime.of(marker.until())) / 2;
    }

    /** What the mark under the pointer stands for, in words. */
    private String describe(Object mark) {
        if (mark instanceof TrendMarker marker) {
            return describe(marker);
        }
        if (mark instanceof DrugMark drug) {
            return messages.get("trends.drugDay", formats.date(drug.day().date()), drug.band().cycle(),
                    drug.day().cycleDay(), String.join(", ", drug.day().drugs()));
        }
        return "";
    }

    /** "Call now 3 Mar 2026, 08:12: Pain 8", or for a group "14 call-now alerts, 3 Mar 2026 to 16 Mar 2026". */
    private String describe(TrendMarker marker) {
        if (marker.isGroup()) {
            return messages.get(switch (marker.kind()) {
                case APPOINTMENT -> "trends.marker.group.appointment";
                case NOTE -> "trends.marker.group.note";
                case CALL_NOW -> "trends.marker.group.callNow";
                case TELL_SOON -> "trends.marker.group.tellSoon";
            }, marker.count(), formats.date(marker.at().toLocalDate()), formats.date(marker.until().toLocalDate()));
        }
        return messages.get(switch (marker.kind()) {
            case APPOINTMENT -> "trends.marker.appointment";
            case NOTE -> "trends.marker.note";
            case CALL_NOW -> "trends.marker.callNow";
            case TELL_SOON -> "trends.marker.tellSoon";
        }, formats.dateTime(marker.at()), marker.label());
    }

    /**
     * A triangle for an appointment, a circle for a note, a diamond for a call-now alert, a square for tell-soon;
     * made once per pooled glyph, with its hover.
     */
    private Shape glyph(TrendMarker.Kind kind) {
        Shape glyph = switch (kind) {
            case APPOINTMENT -> new Polygon(-6, 5, 6, 5, 0, -6);
            case NOTE -> new Circle(5);
            case CALL_NOW -> new Polygon(0, -7, 7, 0, 0, 7, -7, 0);
            case TELL_SOON -> new Polygon(-5, -5, 5, -5, 5, 5, -5, 5);
        };
        glyph.getStyleClass().addAll("trend-marker-glyph", styleOf(kind));
        hover(glyph);
        return glyph;
    }

    private Rectangle drugMark() {
        Rectangle mark = new Rectangle();
        mark.getStyleClass().add("trend-drug-day");
        hover(mark);
        return mark;
    }

    private static Text text(String style) {
        Text text = new Text();
        text.getStyleClass().add(style);
        text.setManaged(false);
        return text;
    }

    /** Each span [from, to] as a rectangle the height of the plot. */
    private static void fullHeight(InPlacePath path, Frame f, List<double[]> spans) {
        path.begin();
        for (double[] span : spans) {
            double left = f.x.getDisplayPosition(span[0]);
            path.rectangle(left, f.top, Math.max(1, f.x.getDisplayPosition(span[1]) - left),
                    Math.max(0, f.bottom - f.top));
        }
        path.end();
    }

    private record Frame(ValueAxis<Number> x, ValueAxis<Number> y, double top, double bottom, double dayWidth) {
    }
}
