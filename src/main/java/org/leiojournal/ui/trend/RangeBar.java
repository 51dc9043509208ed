package org.leiojournal.ui.trend;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.geometry.Orientation;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.trend.TrendRange;
import org.leiojournal.ui.common.DateField;
import org.leiojournal.ui.common.FormFields;
import org.leiojournal.ui.common.FirstTime;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.WrappingRow;

/**
 * Above the chart: the range (30, 90, 365 days, all, or typed dates), the view (over time, by cycle day, table),
 * earlier/later and zoom buttons (also ← → + − and the mouse), and the range shown, in words.
 */
final class RangeBar extends VBox {

    private final TrendsViewModel model;
    private final RangeViewModel range;
    private final Messages messages;
    private final ToggleGroup presets = new ToggleGroup();
    private final Map<TrendRange, ToggleButton> presetButtons = new EnumMap<>(TrendRange.class);
    private final ToggleButton customButton;

    RangeBar(TrendsViewModel model, Messages messages) {
        super(8);
        this.model = model;
        this.range = model.range();
        this.messages = messages;
        setId("trend-bar");
        customButton = toggle("trend-range-custom", messages.get("trends.range.custom"), presets, range::openCustom);
        // rows that wrap, so at a large text size the buttons go onto a second line instead of being cut
        FlowPane first = new FlowPane(6, 6, presetButton(TrendRange.DAYS_30, "trend-range-30", "trends.range.30"),
                presetButton(TrendRange.DAYS_90, "trend-range-90", "trends.range.90"),
                presetButton(TrendRange.DAYS_365, "trend-range-365", "trends.range.365"),
                presetButton(TrendRange.ALL, "trend-range-all", "trends.range.all"), customButton,
                new Separator(Orientation.VERTICAL));
        first.getChildren().addAll(modes());
        first.getStyleClass().add("trend-bar");
        first.setAlignment(Pos.CENTER_LEFT);
        Label shown = new Label();
        shown.setId("trend-range-label");
        shown.getStyleClass().add("trend-range-label");
        shown.textProperty().bind(range.labelProperty());
        shown.setWrapText(true); // "Sat 24 Oct 2026 – Sun 22 Nov 2026 (30 days)" was 711 px at 200 % text
        WrappingRow moves = new WrappingRow(
                button("trend-earlier", "trends.earlier", "trends.earlier.keys", range::earlier),
                button("trend-later", "trends.later", "trends.later.keys", range::later),
                button("trend-zoom-in", "trends.zoomIn", "trends.zoomIn.keys", range::zoomIn),
                button("trend-zoom-out", "trends.zoomOut", "trends.zoomOut.keys", range::zoomOut), shown);
        moves.getStyleClass().add("trend-bar");
        moves.setHgap(6);
        getChildren().addAll(first, moves);
        // the typed range's fields are made when first opened, in their place under the first row: hidden, their two
        // date fields and button were styled and laid out in the first visit's frame all the same (issue 21)
        FirstTime.whenTrue(range.customProperty(), () -> getChildren().add(1, customFields()));
        range.presetProperty().addListener(o -> syncPresets());
        range.customProperty().addListener(o -> syncPresets());
        syncPresets();
    }

    /**
     * "View:" with its first button, then the other two: each goes onto the next line on its own when the row runs
     * out (in one box at 200 % text in a 1024×600 window they held the screen 711 px wide for 564).
     */
    private List<Node> modes() {
        ToggleGroup views = new ToggleGroup();
        Map<TrendMode, ToggleButton> buttons = new EnumMap<>(TrendMode.class);
        buttons.put(TrendMode.DATE, toggle("trend-view-date", messages.get("trends.view.date"), views,
                () -> model.modeProperty().set(TrendMode.DATE)));
        buttons.put(TrendMode.CYCLE, toggle("trend-view-cycle", messages.get("trends.view.cycle"), views,
                () -> model.modeProperty().set(TrendMode.CYCLE)));
        buttons.put(TrendMode.TABLE, toggle("trend-view-table", messages.get("trends.view.table"), views,
                () -> model.modeProperty().set(TrendMode.TABLE)));
        buttons.get(model.modeProperty().get()).setSelected(true);
        model.modeProperty().addListener((o, old, mode) -> buttons.get(mode).setSelected(true));
        Label label = new Label(messages.get("trends.view"));
        label.getStyleClass().add("form-label");
        HBox first = new HBox(6, label, buttons.get(TrendMode.DATE));
        first.setAlignment(Pos.CENTER_LEFT);
        return List.of(first, buttons.get(TrendMode.CYCLE), buttons.get(TrendMode.TABLE));
    }

    private Node customFields() {
        DateField from = FormFields.date("trend-custom-from", range.customFromProperty(), messages);
        DateField to = FormFields.date("trend-custom-to", range.customToProperty(), messages);
        Button show = Forms.button("trend-custom-apply", messages.get("trends.custom.apply"), () -> {
            if (FormFields.commit(from, to)) {
                range.applyCustom();
            }
        });
        HBox fields = new HBox(8, Forms.label(messages.get("trends.custom.from"), from),
                FormFields.withError(from, RangeViewModel.Field.FROM, range.errors()),
                Forms.label(messages.get("trends.custom.to"), to),
                FormFields.withError(to, RangeViewModel.Field.TO, range.errors()), show);
        fields.setId("trend-custom");
        fields.setAlignment(Pos.TOP_LEFT);
        fields.visibleProperty().bind(range.customProperty());
        fields.managedProperty().bind(fields.visibleProperty());
        return fields;
    }

    private ToggleButton presetButton(TrendRange preset, String id, String key) {
        ToggleButton button = toggle(id, messages.get(key), presets, () -> range.choose(preset));
        presetButtons.put(preset, button);
        return button;
    }

    /** A toggle that stays down when clicked again: a view or range is always chosen, never unchosen. */
    private static ToggleButton toggle(String id, String text, ToggleGroup group, Runnable action) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setToggleGroup(group);
        button.setOnAction(e -> {
            button.setSelected(true);
            action.run();
        });
        return button;
    }

    private Button button(String id, String key, String help, Runnable action) {
        Button button = Forms.button(id, messages.get(key), action);
        button.setAccessibleHelp(messages.get(help));
        button.setFocusTraversable(true);
        return button;
    }

    private void syncPresets() {
        if (range.customProperty().get()) {
            customButton.setSelected(true);
        } else if (range.presetProperty().get() != null) {
            presetButtons.get(range.presetProperty().get()).setSelected(true);
        } else {
            presets.selectToggle(null);
        }
    }
}
