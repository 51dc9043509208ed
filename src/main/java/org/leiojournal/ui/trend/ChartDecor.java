package org.leiojournal.ui.trend;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.leiojournal.domain.trend.CycleBand;
import org.leiojournal.domain.trend.DrugDay;
import org.leiojournal.domain.trend.TrendMarker;
import org.leiojournal.ui.common.Formats;
import org.leiojournal.ui.common.Messages;

/**
 * What a time chart draws behind its lines: a band per treatment cycle (alternate shading, "C3" at its top),
 * drug days as marks with a short drug name, the expected low-count window hatched and labelled, appointments,
 * notes and alerts as vertical markers of different shapes, and the user's temperature threshold. Nodes are made
 * when the data changes and only moved when the chart is laid out. Colour is never the only signal: every kind
 * has its own shape or label.
 */
final class ChartDecor extends Group {

    /** Labels appear once a day is at least this wide, so a year does not turn into a smear of text. */
    private static final double LABEL_DAY_WIDTH = 5;

    private final Messages messages;
    private final Formats formats;
    private final List<Consumer<Frame>> placements = new ArrayList<>();
    private final Group bands = new Group();
    private final Group markers = new Group();
    private final Group labels = new Group();
    private final Group threshold = new Group();
    /**
     * The nodes of the bands and markers shown last: one still in range keeps its nodes, with no new styling, so
     * going back to a range redraws little.
     */
    private Map<CycleBand, Drawn> shownBands = Map.of();
    private Map<TrendMarker, Drawn> shownMarkers = Map.of();
    /**
     * One hover text for all of the chart's marks, worded when it shows: ten years have hundreds of marks, and a
     * tooltip each, made on every change of range, cost more time and memory than the chart itself.
     */
    private final Tooltip hoverText = new Tooltip();
    private boolean labelled = true;

    ChartDecor(Messages messages) {
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        getChildren().addAll(bands, threshold, markers, labels);
        getStyleClass().add("trend-decor");
    }

    /** The shared tooltip shows over {@code mark} with its words, worded as the pointer enters it. */
    private void hover(Node mark, Supplier<String> text) {
        mark.setOnMouseEntered(e -> hoverText.setText(text.get()));
        Tooltip.install(mark, hoverText);
    }

    /** Only the top chart of a stack names cycles and drugs; the others repeat just the shading. Set before show. */
    void setLabelled(boolean show) {
        if (show != labelled) {
            shownBands = Map.of();
        }
        labelled = show;
    }

    void show(List<CycleBand> cycleBands, List<TrendMarker> timeMarkers, OptionalDouble line, String lineText) {
        placements.clear();
        threshold.getChildren().clear();
        Map<CycleBand, Drawn> kept = new LinkedHashMap<>();
        for (CycleBand band : cycleBands) {
            Drawn nodes = shownBands.get(band);
            kept.put(band, nodes != null ? nodes : bandNodes(band));
        }
        shownBands = kept;
        bands.getChildren().setAll(kept.values().stream().flatMap(b -> b.shapes().stream()).toList());
        labels.getChildren().setAll(kept.values().stream().flatMap(b -> b.labels().stream()).toList());
        kept.values().forEach(b -> placements.addAll(b.placements()));
        Map<TrendMarker, Drawn> keptMarkers = new LinkedHashMap<>();
        for (TrendMarker marker : timeMarkers) {
            Drawn nodes = shownMarkers.get(marker);
            keptMarkers.put(marker, nodes != null ? nodes : markerNodes(marker));
        }
        shownMarkers = keptMarkers;
        markers.getChildren().setAll(keptMarkers.values().stream().flatMap(b -> b.shapes().stream()).toList());
        keptMarkers.values().forEach(b -> placements.addAll(b.placements()));
        line.ifPresent(value -> addThreshold(value, lineText));
        requestLayout();
    }

    void place(ValueAxis<Number> x, ValueAxis<Number> y) {
        Frame frame = new Frame(x, y, y.getDisplayPosition(y.getUpperBound()), y.getDisplayPosition(y.getLowerBound()),
                x.getDisplayPosition(x.getLowerBound() + 1) - x.getDisplayPosition(x.getLowerBound()));
        placements.forEach(p -> p.accept(frame));
    }

    /** A band's shading, its low-count hatching and drug days, and on a labelled chart their names. */
    private Drawn bandNodes(CycleBand band) {
        Drawn nodes = new Drawn(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Rectangle shade = new Rectangle();
        shade.getStyleClass().addAll("trend-band", band.cycle() % 2 == 0 ? "trend-band-even" : "trend-band-odd");
        nodes.shapes().add(shade);
        double from = ChartTime.startOf(band.span().first());
        double to = ChartTime.endOf(band.span().last());
        nodes.placements().add(f -> fullHeight(shade, f, from, to));
        band.lowCounts().ifPresent(window -> {
            Rectangle hatch = new Rectangle();
            hatch.getStyleClass().add("trend-low-counts");
            double lowFrom = ChartTime.startOf(window.first());
            double lowTo = ChartTime.endOf(window.last());
            nodes.shapes().add(hatch);
            nodes.placements().add(f -> fullHeight(hatch, f, lowFrom, lowTo));
            if (labelled) {
                Text label = label(nodes, messages.get("trends.lowCounts"), "trend-low-counts-label");
                nodes.placements().add(f -> {
                    // the label may run past a narrow window, but not over the next cycle's name
                    label.setVisible(f.x.getDisplayPosition(lowTo) - f.x.getDisplayPosition(lowFrom) >= 24);
                    label.relocate(f.x.getDisplayPosition(lowFrom) + 2, f.top + 34);
                });
            }
        });
        if (labelled) {
            Text cycle = label(nodes, band.continuous() ? band.regimen()
                    : messages.get("trends.cycleShort", band.cycle()), "trend-band-label");
            nodes.placements().add(f -> {
                cycle.setVisible(f.x.getDisplayPosition(to) - f.x.getDisplayPosition(from)
                        > cycle.getLayoutBounds().getWidth() + 4);
                cycle.relocate(f.x.getDisplayPosition(from) + 3, f.top + 20);
            });
        }
        band.drugDays().forEach(day -> addDrugDay(nodes, band, day));
        return nodes;
    }

    private void addDrugDay(Drawn nodes, CycleBand band, DrugDay day) {
        Rectangle mark = new Rectangle();
        mark.getStyleClass().add("trend-drug-day");
        double from = ChartTime.startOf(day.date());
        hover(mark, () -> messages.get("trends.drugDay", formats.date(day.date()), band.cycle(), day.cycleDay(),
                String.join(", ", day.drugs())));
        nodes.shapes().add(mark);
        nodes.placements().add(f -> {
            mark.setX(f.x.getDisplayPosition(from));
            mark.setY(f.top);
            mark.setWidth(Math.max(2, f.dayWidth));
            mark.setHeight(6);
        });
        if (labelled) {
            Text label = label(nodes, shortNames(day.drugs()), "trend-drug-label");
            nodes.placements().add(f -> {
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

    /** A vertical line at the moment with the kind's glyph at its foot. */
    private Drawn markerNodes(TrendMarker marker) {
        double at = (ChartTime.of(marker.at()) + ChartTime.of(marker.until())) / 2; // a group: amid its members
        Line line = new Line();
        String kind = marker.kind().name().toLowerCase(Locale.ROOT);
        line.getStyleClass().addAll("trend-marker-line", "trend-marker-" + kind);
        Node glyph = glyph(marker.kind());
        glyph.getStyleClass().addAll("trend-marker-glyph", "trend-marker-" + kind);
        if (marker.isGroup()) {
            glyph.getStyleClass().add("trend-marker-group");
        }
        hover(glyph, () -> describe(marker));
        return new Drawn(List.of(line, glyph), List.of(), List.of(f -> {
            double x = Math.round(f.x.getDisplayPosition(at)) + 0.5;
            line.setStartX(x);
            line.setEndX(x);
            line.setStartY(f.top);
            line.setEndY(f.bottom);
            glyph.setLayoutX(x);
            glyph.setLayoutY(f.bottom - 7);
        }));
    }

    /** "Alert 3 Mar 2026, 08:12: Pain 8", or for a group "14 alerts, 3 Mar 2026 to 16 Mar 2026". */
    private String describe(TrendMarker marker) {
        if (marker.isGroup()) {
            return messages.get(switch (marker.kind()) {
                case APPOINTMENT -> "trends.marker.group.appointment";
                case NOTE -> "trends.marker.group.note";
                case ALERT -> "trends.marker.group.alert";
            }, marker.count(), formats.date(marker.at().toLocalDate()), formats.date(marker.until().toLocalDate()));
        }
        return messages.get(switch (marker.kind()) {
            case APPOINTMENT -> "trends.marker.appointment";
            case NOTE -> "trends.marker.note";
            case ALERT -> "trends.marker.alert";
        }, formats.dateTime(marker.at()), marker.label());
    }

    /** A triangle for an appointment, a circle for a note, a diamond for an alert. */
    private static Node glyph(TrendMarker.Kind kind) {
        return switch (kind) {
            case APPOINTMENT -> new Polygon(-6, 5, 6, 5, 0, -6);
            case NOTE -> new Circle(5);
            case ALERT -> new Polygon(0, -7, 7, 0, 0, 7, -7, 0);
        };
    }

    private void addThreshold(double value, String label) {
        Line line = new Line();
        line.getStyleClass().add("trend-threshold");
        threshold.getChildren().add(line);
        Text text = text(label, "trend-threshold-label");
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

    private Text label(Drawn nodes, String content, String style) {
        Text text = text(content, style);
        nodes.labels().add(text);
        return text;
    }

    private static void fullHeight(Rectangle rect, Frame f, double from, double to) {
        double left = f.x.getDisplayPosition(from);
        rect.setX(left);
        rect.setY(f.top);
        rect.setWidth(Math.max(1, f.x.getDisplayPosition(to) - left));
        rect.setHeight(Math.max(0, f.bottom - f.top));
    }

    /** What one band or marker draws: shapes under the labels, labels over all, and how each is placed. */
    private record Drawn(List<Node> shapes, List<Node> labels, List<Consumer<Frame>> placements) {
    }

    private record Frame(ValueAxis<Number> x, ValueAxis<Number> y, double top, double bottom, double dayWidth) {
    }
}
