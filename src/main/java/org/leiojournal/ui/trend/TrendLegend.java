package org.leiojournal.ui.trend;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import org.leiojournal.domain.trend.Measure;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.WrappingRow;

/**
 * Our own legend: a sample of each line (its colour and dash) beside its name, then a key to the bands and
 * markers. The built-in legend shows point symbols, which these charts do not draw. A click on a line's name
 * shows that measure's guidance.
 */
final class TrendLegend extends WrappingRow {

    private final Messages messages;
    private List<Entry> shownEntries = List.of();
    private boolean shownKey;

    TrendLegend(String id, Messages messages) {
        this.messages = messages;
        setId(id);
        getStyleClass().add("trend-legend");
        setHgap(16);
        setVgap(4);
    }

    /** One entry per line, in order; {@code onPick} is told when a name is clicked. */
    void showLines(List<Entry> entries, Consumer<Measure> onPick, boolean withKey) {
        if (entries.equals(shownEntries) && withKey == shownKey) {
            return; // the same lines over another range: the legend's nodes stay as they are
        }
        shownEntries = List.copyOf(entries);
        shownKey = withKey;
        getChildren().clear();
        for (Entry entry : entries) {
            HBox item = item(sample(entry.style(), entry.latest()), entry.name());
            item.setId(getId() + "-" + entry.id());
            if (entry.measure() != null) {
                item.setOnMouseClicked(e -> onPick.accept(entry.measure()));
            }
            getChildren().add(item);
        }
        if (withKey) {
            Rectangle band = new Rectangle(16, 12);
            band.getStyleClass().add("trend-band-even");
            Rectangle low = new Rectangle(16, 12);
            low.getStyleClass().add("trend-low-counts");
            getChildren().addAll(
                    key(band, messages.get("trends.key.cycle")),
                    key(low, messages.get("trends.key.lowCounts")),
                    key(styled(new Polygon(-5, 4, 5, 4, 0, -5), "trend-marker-appointment"),
                            messages.get("trends.key.appointment")),
                    key(styled(new Circle(4), "trend-marker-note"), messages.get("trends.key.note")),
                    key(styled(new Polygon(0, -6, 6, 0, 0, 6, -6, 0), "trend-marker-call_now"),
                            messages.get("trends.key.callNow")),
                    key(styled(new Polygon(-4, -4, 4, -4, 4, 4, -4, 4), "trend-marker-tell_soon"),
                            messages.get("trends.key.tellSoon")));
        }
    }

    private static Line sample(SeriesStyle style, boolean latest) {
        Line line = new Line(0, 0, 30, 0);
        line.getStyleClass().addAll(style.lineClasses());
        if (latest) {
            line.getStyleClass().add("trend-latest");
        }
        return line;
    }

    private static Shape styled(Shape shape, String kind) {
        shape.getStyleClass().addAll("trend-marker-glyph", kind);
        return shape;
    }

    private static HBox item(Node sample, String name) {
        Label label = new Label(name);
        label.setWrapText(true); // a long name on two lines when the legend is narrow (200 % text)
        HBox box = new HBox(6, sample, label);
        box.getStyleClass().add("trend-legend-item");
        return box;
    }

    private static HBox key(Node sample, String text) {
        Label label = new Label(text);
        label.getStyleClass().add("trend-legend-key");
        label.setWrapText(true);
        HBox box = new HBox(5, sample, label);
        box.getStyleClass().add("trend-legend-item");
        return box;
    }

    /** A legend line: an id suffix for tests, the measure it stands for (null in the by-cycle view). */
    record Entry(String id, String name, SeriesStyle style, Measure measure, boolean latest) {
    }
}
