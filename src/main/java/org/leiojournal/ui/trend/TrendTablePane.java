package org.leiojournal.ui.trend;

import java.time.ZonedDateTime;
import java.util.OptionalDouble;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.leiojournal.domain.trend.LabMeasure;
import org.leiojournal.domain.trend.LabRow;
import org.leiojournal.ui.common.ScoreLook;
import org.leiojournal.domain.trend.BandPosition;
import org.leiojournal.domain.trend.ChartKind;
import org.leiojournal.domain.trend.Measure;
import org.leiojournal.domain.trend.TrendRow;
import org.leiojournal.domain.trend.TrendTable;
import org.leiojournal.ui.common.Messages;

/**
 * The same data as the charts, as numbers: one row per check-in in the range, its place in treatment, one
 * column per ticked measure, "–" where it was left unanswered (read out as "unanswered"), never 0. Moving
 * through the rows names the cycle's drugs beside the table, as pointing at the chart does. Ticked blood tests
 * are listed below it, one row per value exactly as entered, with the lab's range and "below"/"above" in words.
 */
final class TrendTablePane extends BorderPane {

    private final TrendsViewModel model;
    private final TrendWords words;
    private final Messages messages;
    private final TableView<TrendRow> table = new TableView<>();
    private final TableView<LabRow> labTable = new TableView<>();
    private final VBox labs;

    TrendTablePane(TrendsViewModel model, Messages messages) {
        this.model = model;
        this.words = model.words();
        this.messages = messages;
        setId("trend-table-view");
        prepare(table, "trend-table", messages.get("trends.table.empty"), messages.get("trends.table.accessible"),
                TrendRow::at);
        prepare(labTable, "trend-lab-table", messages.get("trends.lab.empty"), messages.get("trends.lab.accessible"),
                LabRow::at);
        Label labTitle = new Label(messages.get("trends.lab.title"));
        labTitle.getStyleClass().add("section-title");
        labs = new VBox(4, labTitle, labTable);
        labs.setId("trend-lab-section");
        VBox.setVgrow(labTable, Priority.ALWAYS);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox.setVgrow(labs, Priority.ALWAYS);
        setCenter(new VBox(8, table, labs));
        model.tableProperty().addListener((o, old, now) -> show(now));
        model.labTableProperty().addListener((o, old, now) -> showLabs(now));
        show(model.tableProperty().get());
        showLabs(model.labTableProperty().get());
    }

    /** One row per blood value, newest first, as entered, with the lab's range and a word where it fell outside. */
    private void showLabs(List<LabRow> rows) {
        labsShownIfTicked();
        if (labTable.getColumns().isEmpty()) {
            labTable.getColumns().add(text("trend-lab-col-when", messages.get("trends.table.when"), 185,
                    row -> words.formats().dateTime(row.at())));
            labTable.getColumns().add(text("trend-lab-col-cycle", messages.get("trends.table.cycle"), 105,
                    row -> row.cycle().map(words::cycleDay).orElse("–")));
            labTable.getColumns().add(text("trend-lab-col-test", messages.get("trends.lab.test"), 120,
                    row -> row.test().name()));
            labTable.getColumns().add(text("trend-lab-col-value", messages.get("trends.lab.value"), 105,
                    words::labValue));
            labTable.getColumns().add(text("trend-lab-col-range", messages.get("trends.lab.range"), 125,
                    words::labRange));
            labTable.getColumns().add(text("trend-lab-col-against", messages.get("trends.lab.outside"), 150,
                    words::labAgainstRange));
        }
        List<LabRow> newestFirst = new ArrayList<>(rows == null ? List.of() : rows);
        Collections.reverse(newestFirst);
        labTable.getItems().setAll(newestFirst);
    }

    private void labsShownIfTicked() {
        boolean any = model.measures().selected().stream().anyMatch(LabMeasure.class::isInstance);
        labs.setVisible(any);
        labs.setManaged(any);
    }

    private void show(TrendTable data) {
        table.getColumns().clear();
        boolean symptoms = data != null && !data.measures().isEmpty();
        table.setVisible(symptoms || model.measures().selected().isEmpty());
        table.setManaged(table.isVisible());
        labsShownIfTicked(); // the blood rows may not change (none either way) when a test is ticked
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

    /** A column of words, in either table. */
    private static <T> TableColumn<T, String> text(String id, String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
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

    /** Both tables alike: a row chosen puts the charts' pointer on its moment, so the two views stay together. */
    private <T> void prepare(TableView<T> rows, String id, String empty, String accessible,
                             Function<T, ZonedDateTime> at) {
        rows.setId(id);
        rows.setPlaceholder(new Label(empty));
        rows.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        rows.setAccessibleText(accessible);
        rows.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (row != null) {
                model.pointerAt(ChartTime.of(at.apply(row)));
            }
        });
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
            ScoreLook.clear(this);
            setAccessibleText(null);
            if (empty || value == null) {
                setText(null);
                return;
            }
            if (value.isEmpty()) {
                ScoreLook.unanswered(this, messages.get("trends.table.unanswered"));
                return;
            }
            setText(words.value(measure, value.getAsDouble(), model.units()));
            if (ChartKind.of(measure) == ChartKind.SCORES) {
                ScoreLook.shade(this, (int) Math.round(value.getAsDouble()));
            }
        }
    }
}
