package org.leiojournal.ui.treatment;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Text;
import org.leiojournal.domain.treatment.CourseCalendar;
import org.leiojournal.domain.treatment.Delay;
import org.leiojournal.domain.treatment.DoseOutcome;
import org.leiojournal.domain.treatment.DoseRecord;
import org.leiojournal.ui.common.FormFields;
import org.leiojournal.ui.common.DateField;
import org.leiojournal.ui.common.FieldErrors;
import org.leiojournal.ui.common.Formats;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.FullText;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.WrappingRow;

/**
 * Every planned dose of the course with what was recorded, and the actions for the selected one: given as
 * planned, given at a reduced dose, skipped, or delayed (which moves the rest of the course).
 */
final class AdministrationsCard extends VBox {

    private static final java.time.format.DateTimeFormatter SHORT = java.time.format.DateTimeFormatter.ofPattern("d MMM");

    /**
     * Together narrow enough for the card at 1024 × 600 (about 475 px), each wide enough for its longest word:
     * "Cycle, day", "Gemcitabine", "1620 mg".
     */
    private static final double[] MIN_WIDTHS = {85, 85, 100, 70, 110};
    private static final double CELL_PADDING = 10;

    /** The card: its title and the table, then the actions ({@link #addActions}). */
    private final VBox card;
    /** Without rows until {@link #showRows}. */
    private final TableView<AdministrationRow> table = new TableView<>();

    AdministrationsCard(TreatmentViewModel model, Messages messages) {
        super(10);
        Formats formats = new Formats(messages.locale());
        // its rows come a frame later (showRows): until then no placeholder says there are none
        table.setPlaceholder(new Region());
        table.setId("administrations");
        table.setPrefHeight(260);
        // the columns share the card's width and their cells wrap, so every column, "Recorded" too, reads whole
        // words on a 1024 × 600 screen instead of running past the card (review D21)
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column(messages.get("treatment.table.date"), r -> formats.date(r.day().date())
                + (r.day().moved() ? "  " + messages.get("treatment.table.planned", SHORT.format(r.day().plannedDate()))
                : "")));
        table.getColumns().add(column(messages.get("treatment.table.cycleDay"),
                r -> messages.get("treatment.table.cycleDayValue", r.day().cycle(), r.day().day())));
        table.getColumns().add(column(messages.get("treatment.table.drug"), r -> r.drug().drug()));
        table.getColumns().add(column(messages.get("treatment.table.plannedDose"),
                r -> r.plannedForPatient().display()));
        table.getColumns().add(column(messages.get("treatment.table.recorded"), r -> recorded(r, messages)));
        double[] widths = {150, 85, 110, 90, 160};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
            table.getColumns().get(i).setMinWidth(MIN_WIDTHS[i]);
        }
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> model.selectedRowProperty().set(row));
        model.selectedRowProperty().addListener((o, old, row) -> {
            if (row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
            }
        });
        card = Forms.card(messages.get("treatment.administrations.title"), table);
        getChildren().add(card);
    }

    /**
     * Gives the table its rows: {@link CourseDetail} calls this a frame after the table came, since the rows are made
     * and styled in the table's layout, half of the frame that brought the table (issue 21).
     */
    void showRows(TreatmentViewModel model, Messages messages) {
        table.setPlaceholder(new Label(messages.get("treatment.table.empty")));
        table.setItems(model.administrations());
        if (model.selectedRowProperty().get() != null) { // chosen before the rows came (two frames after the course)
            table.getSelectionModel().select(model.selectedRowProperty().get());
        }
    }

    /**
     * Adds the actions under the table: {@link CourseDetail} calls this in the frame that brings the table, before
     * its rows (the table with its rows and these actions styled together were the second-longest freeze of the
     * screen's first visit, issue 21).
     */
    void addActions(TreatmentViewModel model, Messages messages) {
        Formats formats = new Formats(messages.locale());
        Label selected = new Label();
        selected.setId("administration-selected");
        selected.getStyleClass().add("form-label");
        selected.setWrapText(true);
        selected.textProperty().bind(model.selectedRowProperty().map(r -> messages.get("treatment.action.selected",
                r.drug().drug(), r.day().cycle(), r.day().day(), formats.date(r.day().date())))
                .orElse(messages.get("treatment.action.none")));

        Button given = Forms.button("dose-given", messages.get("treatment.action.given"), model::recordGiven);
        Button skipped = Forms.button("dose-skipped", messages.get("treatment.action.skipped"), model::recordSkipped);
        Button clear = Forms.button("dose-clear", messages.get("treatment.action.clear"), model::clearOutcome);
        TextField reduced = new TextField();
        reduced.setId("dose-reduced-amount");
        reduced.setPrefColumnCount(5);
        reduced.textProperty().bindBidirectional(model.reducedAmountProperty());
        Label unit = new Label();
        unit.textProperty().bind(model.selectedRowProperty().map(r -> r.drug().dose().unit().symbol()).orElse(""));
        Button reduce = Forms.button("dose-reduced", messages.get("treatment.action.reduced"), model::recordReduced);

        DateField delayDate = FormFields.date("delay-date", model.delayDateProperty(), messages);
        TextField reason = new TextField();
        reason.setId("delay-reason");
        reason.setPromptText(messages.get("treatment.action.reasonPrompt"));
        reason.setPrefColumnCount(22); // the hint whole
        reason.textProperty().bindBidirectional(model.delayReasonProperty());
        // a delay for low counts is named in the same words each time, so the calendar can tell it apart
        Button counts = Forms.button("delay-reason-counts", messages.get("treatment.action.reasonCounts"),
                () -> model.delayReasonProperty().set(Delay.BLOOD_COUNTS));
        Button delay = Forms.button("delay-apply", messages.get("treatment.action.delay"), () -> {
            if (delayDate.commit()) {
                model.delay();
            }
        });
        Button undo = Forms.button("delay-undo", messages.get("treatment.action.undoDelay"), model::undoDelay);
        undo.disableProperty().bind(model.selectedRowProperty().map(r -> r.day().delay().isEmpty()).orElse(true));

        VBox actions = new VBox(8,
                selected,
                new WrappingRow(given, skipped, clear),
                new WrappingRow(Forms.label(messages.get("treatment.action.reducedLabel"), reduced), reduced, unit,
                        reduce),
                FieldErrors.errorLabel("dose-reduced-amount", TreatmentViewModel.Field.REDUCED_AMOUNT, model.errors(),
                        reduced),
                new WrappingRow(Forms.label(messages.get("treatment.action.delayLabel"), delayDate), delayDate,
                        new VBox(4, reason, FullText.promptUnder(reason, "delay-reason-hint")), counts, delay, undo),
                delayDate.errorLabel(),
                FieldErrors.errorLabel("delay-date", CourseCalendar.Field.DELAY_DATE, model.errors(), delayDate),
                Forms.hint(messages.get("treatment.action.delayHint")));
        actions.setId("administration-actions");
        actions.disableProperty().bind(model.selectedRowProperty().isNull());
        card.getChildren().add(actions);
    }

    private static String recorded(AdministrationRow row, Messages messages) {
        String delay = row.day().delay().map(d -> messages.get("treatment.recorded.delayed")
                + (d.reason().isEmpty() ? "" : " (" + d.reason() + ")")).orElse("");
        String dose = row.record().map(r -> outcome(r, row, messages)).orElse(messages.get("treatment.recorded.none"));
        return delay.isEmpty() ? dose : dose + " · " + delay;
    }

    private static String outcome(DoseRecord record, AdministrationRow row, Messages messages) {
        if (record.outcome() == DoseOutcome.REDUCED) {
            return messages.get("treatment.recorded.reducedTo", record.amount().orElseThrow().toPlainString(),
                    row.drug().dose().unit().symbol());
        }
        return TreatmentFormats.outcome(record.outcome(), messages);
    }

    private static TableColumn<AdministrationRow, String> column(String title,
                                                                 java.util.function.Function<AdministrationRow, String> text) {
        TableColumn<AdministrationRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setSortable(false);
        column.setCellFactory(c -> new WrappingCell());
        return column;
    }

    /**
     * A cell whose text wraps at the column's width, so "Given as planned · Delayed (Blood counts)" reads in whole
     * words on two lines rather than ending in "…" (review D21); it keeps the row's text colour when selected. A text
     * node, not the cell's own wrapped text: a row measures its cells for no width in particular, so only a text
     * wrapped at the cell's width gives the row its height. The whole text also shows on hover, in a tooltip made
     * when the pointer first comes over the cell and reworded as the cell shows another row (issue 21).
     */
    private static final class WrappingCell extends TableCell<AdministrationRow, String> {

        private final Text shown = new Text();
        private Tooltip whole;

        WrappingCell() {
            shown.wrappingWidthProperty().bind(widthProperty().subtract(CELL_PADDING));
            shown.fillProperty().bind(textFillProperty());
            shown.fontProperty().bind(fontProperty());
            shown.getStyleClass().add("wrapping-cell-text");
            setPrefHeight(Control.USE_COMPUTED_SIZE);
            addEventHandler(MouseEvent.MOUSE_ENTERED, e -> showWholeOnHover());
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            boolean blank = empty || value == null;
            shown.setText(blank ? "" : value);
            setText(null);
            setGraphic(blank ? null : shown);
            setAccessibleText(blank ? null : value);
            if (whole != null) {
                showWholeOnHover();
            }
        }

        private void showWholeOnHover() {
            String value = shown.getText();
            if (value.isBlank()) {
                setTooltip(null);
                return;
            }
            if (whole == null) {
                whole = new Tooltip();
            }
            whole.setText(value);
            setTooltip(whole);
        }
    }
}
