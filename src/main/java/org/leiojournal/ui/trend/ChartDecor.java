package org.leiojournal.ui.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Consumer;
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
    private final Group threshold = new Group();
    private boolean labelled = true;

    ChartDecor(Messages messages) {
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        getChildren().addAll(bands, threshold, markers);
        getStyleClass().add("trend-decor");
    }

    /** Only the top chart of a stack names cycles and drugs; the others repeat just the shading. */
    void setLabelled(boolean show) {
        labelled = show;
    }

    void show(List<CycleBand> cycleBands, List<TrendMarker> timeMarkers, OptionalDouble line, String lineText) {
        placements.clear();
        bands.getChildren().clear();
        markers.getChildren().clear();
        threshold.getChildren().clear();
        cycleBands.forEach(this::addBand);
        timeMarkers.forEach(this::addMarker);
        line.ifPresent(value -> addThreshold(value, lineText));
        requestLayout();
    }

    void place(ValueAxis<Number> x, ValueAxis<Number> y) {
        Frame frame = new Frame(x, y, y.getDisplayPosition(y.getUpperBound()), y.getDisplayPosition(y.getLowerBound()),
                x.getDisplayPosition(x.getLowerBound() + 1) - x.getDisplayPosition(x.getLowerBound()));
        placements.forEach(p -> p.accept(frame));
    }

    private void addBand(CycleBand band) {
        Rectangle shade = new Rectangle();
        shade.getStyleClass().addAll("trend-band", band.cycle() % 2 == 0 ? "trend-band-even" : "trend-band-odd");
        bands.getChildren().add(shade);
        double from = ChartTime.startOf(band.span().first());
        double to = ChartTime.endOf(band.span().last());
        placements.add(f -> fullHeight(shade, f, from, to));
        band.lowCounts().ifPresent(window -> {
            Rectangle hatch = new Rectangle();
            hatch.getStyleClass().add("trend-low-counts");
            double lowFrom = ChartTime.startOf(window.first());
            double lowTo = ChartTime.endOf(window.last());
            bands.getChildren().add(hatch);
            placements.add(f -> fullHeight(hatch, f, lowFrom, lowTo));
            Text label = text(messages.get("trends.lowCounts"), "trend-low-counts-label");
            placements.add(f -> {
                // the label may run past a narrow window, but not over the next cycle's name
                label.setVisible(labelled && f.x.getDisplayPosition(lowTo) - f.x.getDisplayPosition(lowFrom) >= 24);
                label.relocate(f.x.getDisplayPosition(lowFrom) + 2, f.top + 34);
            });
        });
        Text cycle = text(band.continuous() ? band.regimen() : messages.get("trends.cycleShort", band.cycle()),
                "trend-band-label");
        placements.add(f -> {
            cycle.setVisible(labelled && f.x.getDisplayPosition(to) - f.x.getDisplayPosition(from)
                    > cycle.getLayoutBounds().getWidth() + 4);
            cycle.relocate(f.x.getDisplayPosition(from) + 3, f.top + 20);
        });
        band.drugDays().forEach(day -> addDrugDay(band, day));
    }

    private void addDrugDay(CycleBand band, DrugDay day) {
        Rectangle mark = new Rectangle();
        mark.getStyleClass().add("trend-drug-day");
        double from = ChartTime.startOf(day.date());
        Tooltip.install(mark, new Tooltip(messages.get("trends.drugDay", formats.date(day.date()), band.cycle(),
                day.cycleDay(), String.join(", ", day.drugs()))));
        bands.getChildren().add(mark);
        Text label = text(shortNames(day.drugs()), "trend-drug-label");
        placements.add(f -> {
            double left = f.x.getDisplayPosition(from);
            mark.setX(left);
            mark.setY(f.top);
            mark.setWidth(Math.max(2, f.dayWidth));
            mark.setHeight(6);
            label.setVisible(labelled && f.dayWidth >= LABEL_DAY_WIDTH);
            label.relocate(left, f.top + 7);
        });
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

    private void addMarker(TrendMarker marker) {
        double at = ChartTime.of(marker.at());
        Line line = new Line();
        String kind = marker.kind().name().toLowerCase(Locale.ROOT);
        line.getStyleClass().addAll("trend-marker-line", "trend-marker-" + kind);
        Node glyph = glyph(marker.kind());
        glyph.getStyleClass().addAll("trend-marker-glyph", "trend-marker-" + kind);
        Tooltip.install(glyph, new Tooltip(messages.get(switch (marker.kind()) {
            case APPOINTMENT -> "trends.marker.appointment";
            case NOTE -> "trends.marker.note";
            case ALERT -> "trends.marker.alert";
        }, formats.dateTime(marker.at()), marker.label())));
        markers.getChildren().addAll(line, glyph);
        placements.add(f -> {
            double x = Math.round(f.x.getDisplayPosition(at)) + 0.5;
            line.setStartX(x);
            line.setEndX(x);
            line.setStartY(f.top);
            line.setEndY(f.bottom);
            glyph.setLayoutX(x);
            glyph.setLayoutY(f.bottom - 7);
        });
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
        (style.startsWith("trend-threshold") ? threshold : markers).getChildren().add(text);
        return text;
    }

    private static void fullHeight(Rectangle rect, Frame f, double from, double to) {
        double left = f.x.getDisplayPosition(from);
        rect.setX(left);
        rect.setY(f.top);
        rect.setWidth(Math.max(1, f.x.getDisplayPosition(to) - left));
        rect.setHeight(Math.max(0, f.bottom - f.top));
    }

    private record Frame(ValueAxis<Number> x, ValueAxis<Number> y, double top, double bottom, double dayWidth) {
    }
}
