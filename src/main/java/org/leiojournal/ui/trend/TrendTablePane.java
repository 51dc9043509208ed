package org.leiojournal.ui.trend;

import java.util.OptionalDouble;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.leiojournal.domain.symptom.SeverityBand;
import org.leiojournal.domain.trend.BandPosition;
import org.leiojournal.domain.trend.ChartKind;
import org.leiojournal.domain.trend.Measure;
import org.leiojournal.domain.trend.TrendRow;
import org.leiojournal.domain.trend.TrendTable;
import org.leiojournal.ui.common.Messages;

/**
 * The same data as the charts, as numbers: one row per check-in in the range, its place in treatment, one
 * column per ticked measure, "–" where it was left unanswered (read out as "unanswered"), never 0. Moving
 * through the rows names the cycle's drugs beside the table, as pointing at the chart does.
 */
final class TrendTablePane extends BorderPane {

    private final TrendsViewModel model;
    private final TrendWords words;
    private final Messages messages;
    private final TableView<TrendRow> table = new TableView<>();

    TrendTablePane(TrendsViewModel model, Messages messages) {
        this.model = model;
        this.words = model.words();
        this.messages = messages;
        setId("trend-table-view");
        table.setId("trend-table");
        table.setPlaceholder(new Label(messages.get("trends.table.empty")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setAccessibleText(messages.get("trends.table.accessible"));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (row != null) {
                model.pointerAt(ChartTime.of(row.at()));
            }
        });
        setCenter(table);
        model.tableProperty().addListener((o, old, now) -> show(now));
        show(model.tableProperty().get());
    }

    private void show(TrendTable data) {
        table.getColumns().clear();
        if (data == null) {
            table.getItems().clear();
            return;
        }
        table.getColumns().add(text("trend-col-when", messages.get("trends.table.when"), 190,
                row -> words.formats().dateTime(row.at())));
        table.getColumns().add(text("trend-col-cycle", messages.get("trends.table.cycle"), 120,
                row -> row.cycle().map(words::cycleDay).orElse("–")));
        for (Measure measure : data.measures()) {
            table.getColumns().add(valueColumn(data, measure));
        }
        table.getColumns().add(text("trend-col-treatment", messages.get("trends.table.treatment"), 280,
                row -> row.cycle().map(BandPosition::regimen).orElse("")));
        java.util.List<TrendRow> newestFirst = new java.util.ArrayList<>(data.rows());
        java.util.Collections.reverse(newestFirst); // newest first, as the journal lists entries
        table.getItems().setAll(newestFirst);
    }

    private TableColumn<TrendRow, String> text(String id, String title, double width, Function<TrendRow, String> value) {
        TableColumn<TrendRow, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    private TableColumn<TrendRow, OptionalDouble> valueColumn(TrendTable data, Measure measure) {
        String title = words.name(measure);
        TableColumn<TrendRow, OptionalDouble> column = new TableColumn<>(title);
        column.setId("trend-col-" + measure.key().replace(':', '-'));
        column.setPrefWidth(Math.max(70, 16 + 8.5 * title.length()));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(data.value(c.getValue(), measure)));
        column.setCellFactory(c -> new ValueCell(measure));
        return column;
    }

    /** A value with its unit, or "–" for unanswered; scores keep the severity shading the journal uses. */
    private final class ValueCell extends TableCell<TrendRow, OptionalDouble> {
        private final Measure measure;

        ValueCell(Measure measure) {
            this.measure = measure;
        }

        @Override
        protected void updateItem(OptionalDouble value, boolean empty) {
            super.updateItem(value, empty);
            for (SeverityBand band : SeverityBand.values()) {
                getStyleClass().remove(band.styleClass());
            }
            getStyleClass().remove("unanswered");
            setAccessibleText(null);
            if (empty || value == null) {
                setText(null);
                return;
            }
            if (value.isEmpty()) {
                setText("–");
                setAccessibleText(messages.get("trends.table.unanswered"));
                getStyleClass().add("unanswered");
                return;
            }
            setText(words.value(measure, value.getAsDouble(), model.units()));
            if (ChartKind.of(measure) == ChartKind.SCORES) {
                getStyleClass().add(SeverityBand.of((int) Math.round(value.getAsDouble())).styleClass());
            }
        }
    }
}
