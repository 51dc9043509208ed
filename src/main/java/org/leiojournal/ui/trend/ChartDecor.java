package org.leiojournal.ui.trend;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.chart.ValueAxis;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Circle;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.VLineTo;
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
 * notes and alerts as vertical markers of different shapes, and the user's temperature threshold. Nodes are made
 * when the data changes and only moved, and the shared paths redrawn, when the chart is laid out. Colour is never
 * the only signal: every kind has its own shape or label.
 */
final class ChartDecor extends Group {

    /** Labels appear once a day is at least this wide, so a year does not turn into a smear of text. */
    private static final double LABEL_DAY_WIDTH = 5;
    /** Up to this many days drug days are marks of their own that say what was given; beyond, one shape. */
    private static final long DRUG_DAY_HOVER_DAYS = 366;

    private final Messages messages;
    private final Formats formats;
    private final List<Consumer<Frame>> placements = new ArrayList<>();
    private final Group bands = new Group();
    private final Group markers = new Group();
    private final Group labels = new Group();
    private final Group threshold = new Group();
    /*
     * Shapes that repeat (cycle shading, low-count hatching, drug days over long ranges, marker lines) are one
     * path each, redrawn at every layout: ten years are hundreds of them, and a node each cost more in styling
     * and layout than drawing them does.
     */
    private final Path oddBands = path("trend-band", "trend-band-odd");
    private final Path evenBands = path("trend-band", "trend-band-even");
    private final Path lowCounts = path("trend-low-counts");
    private final Path drugDays = path("trend-drug-day");
    private final Map<TrendMarker.Kind, Path> markerLines = new EnumMap<>(TrendMarker.Kind.class);
    /**
     * One hover text for all of the chart's marks, worded when the pointer enters one: a tooltip each, made at
     * every change of range, cost more time and memory than the chart itself.
     */
    private final Tooltip hoverText = new Tooltip();
    private boolean labelled = true;
    /** An extra style class for the threshold line and its words (the team's level of a blood test), or null. */
    private String lineClass;

    ChartDecor(Messages messages) {
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        for (TrendMarker.Kind kind : TrendMarker.Kind.values()) {
            Path line = path("trend-marker-line", "trend-marker-" + kind.name().toLowerCase(Locale.ROOT));
            line.setFill(null);
            markerLines.put(kind, line);
        }
        getChildren().addAll(bands, threshold, markers, labels);
        getStyleClass().add("trend-decor");
    }

    private static Path path(String... styles) {
        Path path = new Path();
        path.getStyleClass().addAll(styles);
        path.setStroke(null);
        path.setManaged(false);
        return path;
    }

    /** The shared tooltip shows over {@code mark} with its words, worded as the pointer enters it. */
    private void hover(Node mark, Supplier<String> text) {
        mark.setOnMouseEntered(e -> hoverText.setText(text.get()));
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
        placements.clear();
        bands.getChildren().setAll(oddBands, evenBands, lowCounts, drugDays);
        markers.getChildren().setAll(markerLines.values());
        labels.getChildren().clear();
        threshold.getChildren().clear();
        placeBands(cycleBands, markEachDrugDay);
        cycleBands.forEach(band -> addBandLabels(band, markEachDrugDay));
        placeMarkerLines(timeMarkers);
        if (labelled) {
            // the glyphs that say what a line marks, once, on the top chart: below it the lines alone carry on (a
            // glyph and its hover on every chart made each switch to ten years build thousands of nodes)
            timeMarkers.forEach(this::addGlyph);
        }
        line.ifPresent(value -> addThreshold(value, lineText));
        requestLayout();
    }

    void place(ValueAxis<Number> x, ValueAxis<Number> y) {
        Frame frame = new Frame(x, y, y.getDisplayPosition(y.getUpperBound()), y.getDisplayPosition(y.getLowerBound()),
                x.getDisplayPosition(x.getLowerBound() + 1) - x.getDisplayPosition(x.getLowerBound()));
        placements.forEach(p -> p.accept(frame));
    }

    /** The shading of every band, odd and even cycles told apart, the hatched low-count windows, the drug days. */
    private void placeBands(List<CycleBand> cycleBands, boolean markEachDrugDay) {
        List<double[]> odd = new ArrayList<>();
        List<double[]> even = new ArrayList<>();
        List<double[]> low = new ArrayList<>();
        List<Double> drug = new ArrayList<>();
        for (CycleBand band : cycleBands) {
            (band.cycle() % 2 == 0 ? even : odd).add(new double[] {ChartTime.startOf(band.span().first()),
                ChartTime.endOf(band.span().last())});
            band.lowCounts().ifPresent(w -> low.add(new double[] {ChartTime.startOf(w.first()),
                ChartTime.endOf(w.last())}));
            if (!markEachDrugDay) {
                band.drugDays().forEach(day -> drug.add(ChartTime.startOf(day.date())));
            }
        }
        placements.add(f -> {
            fullHeight(oddBands, f, odd);
            fullHeight(evenBands, f, even);
            fullHeight(lowCounts, f, low);
            List<PathElement> marks = new ArrayList<>();
            drug.forEach(from -> rectangle(marks, f.x.getDisplayPosition(from), f.top, Math.max(2, f.dayWidth), 6));
            drugDays.getElements().setAll(marks);
        });
    }

    /** The cycle's name and its low-count window's on the labelled chart; drug days as marks of their own. */
    private void addBandLabels(CycleBand band, boolean markEachDrugDay) {
        double from = ChartTime.startOf(band.span().first());
        double to = ChartTime.endOf(band.span().last());
        band.lowCounts().filter(w -> labelled).ifPresent(window -> {
            double lowFrom = ChartTime.startOf(window.first());
            double lowTo = ChartTime.endOf(window.last());
            Text label = label(messages.get("trends.lowCounts"), "trend-low-counts-label");
            placements.add(f -> {
                // the label may run past a narrow window, but not over the next cycle's name
                label.setVisible(f.x.getDisplayPosition(lowTo) - f.x.getDisplayPosition(lowFrom) >= 24);
                label.relocate(f.x.getDisplayPosition(lowFrom) + 2, f.top + 34);
            });
        });
        if (labelled) {
            Text cycle = label(band.continuous() ? band.regimen() : messages.get("trends.cycleShort", band.cycle()),
                    "trend-band-label");
            placements.add(f -> {
                cycle.setVisible(f.x.getDisplayPosition(to) - f.x.getDisplayPosition(from)
                        > cycle.getLayoutBounds().getWidth() + 4);
                cycle.relocate(f.x.getDisplayPosition(from) + 3, f.top + 20);
            });
        }
        if (markEachDrugDay) {
            band.drugDays().forEach(day -> addDrugDay(band, day));
        }
    }

    private void addDrugDay(CycleBand band, DrugDay day) {
        Rectangle mark = new Rectangle();
        mark.getStyleClass().add("trend-drug-day");
        double from = ChartTime.startOf(day.date());
        hover(mark, () -> messages.get("trends.drugDay", formats.date(day.date()), band.cycle(), day.cycleDay(),
                String.join(", ", day.drugs())));
        bands.getChildren().add(mark);
        placements.add(f -> {
            mark.setX(f.x.getDisplayPosition(from));
            mark.setY(f.top);
            mark.setWidth(Math.max(2, f.dayWidth));
            mark.setHeight(6);
        });
        if (labelled) {
            Text label = label(shortNames(day.drugs()), "trend-drug-label");
            placements.add(f -> {
                label.setVisible(f.dayWidth >= LABEL_DAY_WIDTH);
                label.relocate(f.x.getDisplayPosition(from), f.top + 7);
            });
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

    /** A vertical line at each marker's moment, one path per kind (a group's line amid its members). */
    private void placeMarkerLines(List<TrendMarker> timeMarkers) {
        Map<TrendMarker.Kind, List<Double>> moments = new EnumMap<>(TrendMarker.Kind.class);
        for (TrendMarker marker : timeMarkers) {
            moments.computeIfAbsent(marker.kind(), k -> new ArrayList<>()).add(moment(marker));
        }
        placements.add(f -> markerLines.forEach((kind, path) -> {
            List<PathElement> lines = new ArrayList<>();
            for (double at : moments.getOrDefault(kind, List.of())) {
                double x = Math.round(f.x.getDisplayPosition(at)) + 0.5;
                lines.add(new MoveTo(x, f.top));
                lines.add(new LineTo(x, f.bottom));
            }
            path.getElements().setAll(lines);
        }));
    }

    private static double moment(TrendMarker marker) {
        return (ChartTime.of(marker.at()) + ChartTime.of(marker.until())) / 2;
    }

    /** The kind's glyph at the foot of the marker's line, saying on hover what it marks. */
    private void addGlyph(TrendMarker marker) {
        double at = moment(marker);
        Node glyph = glyph(marker.kind());
        glyph.getStyleClass().addAll("trend-marker-glyph", "trend-marker-" + marker.kind().name().toLowerCase(
                Locale.ROOT));
        if (marker.isGroup()) {
            glyph.getStyleClass().add("trend-marker-group");
        }
        hover(glyph, () -> describe(marker));
        markers.getChildren().add(glyph);
        placements.add(f -> {
            glyph.setLayoutX(Math.round(f.x.getDisplayPosition(at)) + 0.5);
            glyph.setLayoutY(f.bottom - 7);
        });
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

    /** A triangle for an appointment, a circle for a note, a diamond for a call-now alert, a square for tell-soon. */
    private static Node glyph(TrendMarker.Kind kind) {
        return switch (kind) {
            case APPOINTMENT -> new Polygon(-6, 5, 6, 5, 0, -6);
            case NOTE -> new Circle(5);
            case CALL_NOW -> new Polygon(0, -7, 7, 0, 0, 7, -7, 0);
            case TELL_SOON -> new Polygon(-5, -5, 5, -5, 5, 5, -5, 5);
        };
    }

    private void addThreshold(double value, String label) {
        Line line = new Line();
        line.getStyleClass().add("trend-threshold");
        threshold.getChildren().add(line);
        Text text = text(label, "trend-threshold-label");
        if (lineClass != null) {
            line.getStyleClass().add(lineClass);
            text.getStyleClass().add(lineClass);
        }
        threshold.getChildren().add(text);
        placements.add(f -> {
            double y = Math.round(f.y.getDisplayPosition(value)) + 0.5;
            double right = f.x.getDisplayPosition(f.x.getUpperBound());
            line.setStartX(f.x.getDisplayPosition(f.x.getLowerBound()));
            line.setEndX(right);
            line.setStartY(y);
            line.setEndY(y);
            text.relocate(right - text.getLayoutBounds().getWidth() - 6, y - text.getLayoutBounds().getHeight() - 1);
        });
    }

    private Text text(String content, String style) {
        Text text = new Text(content);
        text.getStyleClass().add(style);
        text.setManaged(false);
        return text;
    }

    private Text label(String content, String style) {
        Text text = text(content, style);
        labels.getChildren().add(text);
        return text;
    }

    /** Each span [from, to] as a rectangle the height of the plot. */
    private static void fullHeight(Path path, Frame f, List<double[]> spans) {
        List<PathElement> elements = new ArrayList<>();
        for (double[] span : spans) {
            double left = f.x.getDisplayPosition(span[0]);
            rectangle(elements, left, f.top, Math.max(1, f.x.getDisplayPosition(span[1]) - left),
                    Math.max(0, f.bottom - f.top));
        }
        path.getElements().setAll(elements);
    }

    private static void rectangle(List<PathElement> elements, double x, double y, double width, double height) {
        elements.add(new MoveTo(x, y));
        elements.add(new HLineTo(x + width));
        elements.add(new VLineTo(y + height));
        elements.add(new HLineTo(x));
        elements.add(new ClosePath());
    }

    private record Frame(ValueAxis<Number> x, ValueAxis<Number> y, double top, double bottom, double dayWidth) {
    }
}
