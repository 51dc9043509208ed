package org.leiojournal.ui.journal;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.alert.AlertTier;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.measure.Weight;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.ui.common.ScoreLook;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.ui.common.AfterFrame;
import org.leiojournal.ui.common.Converters;
import org.leiojournal.ui.common.FormFields;
import org.leiojournal.ui.common.Formats;
import org.leiojournal.ui.common.Loading;
import org.leiojournal.ui.common.DateField;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.ListWhenShownSkin;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.PartsAfterFrame;
import org.leiojournal.ui.common.ShownColumnsOnly;
import org.leiojournal.ui.common.TableRows;
import org.leiojournal.ui.common.TextScale;
import org.leiojournal.ui.common.TierLook;
import org.leiojournal.ui.common.UncachedViewport;

/** The journal as a table: filters above, every entry newest first, Enter to edit, Delete to delete (with undo). */
public final class JournalView extends BorderPane {

    /** A run of spaces, tabs or line breaks: a note shows on one line (compiled once, not for every cell). */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private final JournalViewModel model;
    private final Messages messages;
    private final Formats formats;
    /** Cells only for the columns in sight: about half as many on a first visit at 1366 × 768 (issue 21). */
    private final TableView<CheckIn> table = ShownColumnsOnly.table();
    private Scene followedScene;
    private final VBox top;
    private final Region actions;
    /** The page that scrolls above 100 % text, made when first needed. */
    private ScrollPane page;
    /** The text size the columns were last made at: joining the window at that size needs no second making. */
    private double columnsMadeAt;
    /** True until the rows are handed to the table, a frame after the filters: "Loading…" meanwhile. */
    private final javafx.beans.property.BooleanProperty rowsWaiting = new javafx.beans.property.SimpleBooleanProperty(true);

    public JournalView(JournalViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        setId("journal-view");
        getStyleClass().add("screen");
        Label title = new Label(messages.get("journal.title"));
        title.getStyleClass().add("screen-title");
        // the filters (two date pickers, a combo box, a spinner) a frame after the title and the table: with them
        // the screen's first frame was as long as the rows' (issue 21)
        PartsAfterFrame later = new PartsAfterFrame();
        top = new VBox(10, title, later.later(this::filters));
        actions = actions();
        buildTable();
        scrollsAsAPage(false);
        later.buildAfterFirstFrame(this);
        // the rows in the frame after the filters': the newest entries are often read before the screen's first
        // frame, and the rows' first styling with the screen or with the filters made the longest frame (issue 21)
        PartsAfterFrame.whenAllBuilt(this, () -> AfterFrame.run(this, () -> {
            // sorted as the clicked column header says, else in the model's order (newest first): the filtered list
            // alone cannot be sorted, and a click on a header did nothing
            SortedList<CheckIn> sorted = new SortedList<>(model.entries());
            sorted.comparatorProperty().bind(table.comparatorProperty());
            table.setItems(sorted);
            rowsWaiting.set(false);
            // after the rows' two frames (the top rows, the rest): the whole read took a core from them
            AfterFrame.run(this, () -> AfterFrame.run(this, model::readOlderDays));
        }));
    }

    @Override
    protected void layoutChildren() {
        scrollsAsAPage(TextScale.of(this) > 1);
        super.layoutChildren();
    }

    /**
     * Above 100 % text the filters, the table and its buttons stand in one page: the table takes the height left but
     * keeps some rows (`leio.css`, #journal-table), and the whole screen scrolls when there is not enough. At 200 %
     * text in a 1024×600 window the filters take four lines and the table was squeezed under its header and the
     * Open/Delete row. At 100 % they always fit (`LayoutTest`), and the screen keeps no page (as Trends).
     */
    private void scrollsAsAPage(boolean paged) {
        boolean pagedNow = page != null && getCenter() == page;
        if (paged == pagedNow && getCenter() != null) {
            return; // moving the parts asks for another layout pass: only when the answer changes
        }
        if (paged) {
            setTop(null);
            setCenter(null);
            setBottom(null);
            if (page == null) {
                page = scrollingWhenCrowded();
            }
            ((VBox) page.getContent()).getChildren().setAll(top, table, actions);
            setCenter(page);
        } else {
            if (page != null) {
                ((VBox) page.getContent()).getChildren().clear();
            }
            setCenter(null);
            setTop(top);
            setCenter(table);
            setBottom(actions);
        }
    }

    private ScrollPane scrollingWhenCrowded() {
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox content = new VBox() {
            /** The filters and buttons whole at the page's width (asked at no width, the filters are one line). */
            @Override
            protected double computeMinHeight(double width) {
                double at = width > 0 ? width : getWidth() - snappedLeftInset() - snappedRightInset();
                return snappedTopInset() + top.prefHeight(at) + table.minHeight(at) + actions.prefHeight(at)
                        + snappedBottomInset();
            }
        };
        // drawn directly: a cached viewport would paint the table's rows again into its bitmap on every scroll
        ScrollPane scroll = UncachedViewport.of(Forms.scrolling(content));
        scroll.setFitToHeight(true);
        return scroll;
    }

    public void focusTable() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }

    private Node filters() {
        DateField from = FormFields.date("journal-from", model.fromProperty(), messages);
        DateField to = FormFields.date("journal-to", model.toProperty(), messages);
        // its drop-down list made when first opened, not styled with the filters (issue 21)
        ComboBox<SymptomItem> symptom = ListWhenShownSkin.install(new ComboBox<>());
        symptom.setId("journal-symptom");
        symptom.setConverter(Converters.shown(SymptomItem::displayName, messages.get("journal.anySymptom")));
        Runnable fillSymptoms = () -> {
            symptom.getItems().setAll((SymptomItem) null);
            symptom.getItems().addAll(model.items());
        };
        model.items().addListener((ListChangeListener<SymptomItem>) c -> fillSymptoms.run());
        fillSymptoms.run();
        symptom.valueProperty().bindBidirectional(model.symptomProperty());
        Spinner<Integer> minimum = new Spinner<>(0, ItemKind.COUNT.max(), 1);
        minimum.setId("journal-minimum");
        minimum.setEditable(true);
        minimum.getStyleClass().add("count-spinner");
        minimum.getValueFactory().valueProperty().addListener((o, a, b) -> model.minimumProperty().set(b == null ? 0 : b));
        minimum.disableProperty().bind(symptom.valueProperty().isNull());
        Button clear = Forms.button("journal-clear-filters", messages.get("journal.clearFilters"), () -> {
            model.clearFilters();
            minimum.getValueFactory().setValue(1);
        });
        Label summary = new Label();
        summary.setId("journal-summary");
        summary.textProperty().bind(model.summaryProperty());
        // each label stays with its field; the filters wrap onto a second line on a small window (D9)
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(16, 8,
                pair(Forms.label(messages.get("journal.from"), from), FormFields.withProblem(from)),
                pair(Forms.label(messages.get("journal.to"), to), FormFields.withProblem(to)),
                pair(Forms.label(messages.get("journal.symptom"), symptom), symptom),
                pair(Forms.label(messages.get("journal.atLeast"), minimum), minimum), clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, bar, summary);
    }

    private static HBox pair(Node label, Node field) {
        HBox pair = new HBox(8, label, field);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    /**
     * "Loading your journal…" while the entries are read off the UI thread, in the place and size the table keeps,
     * then "No entries yet" only if there are none ("Loading older days…" while the older ones are read).
     */
    private Label placeholder() {
        Label placeholder = new Label();
        placeholder.setId("journal-placeholder");
        placeholder.setWrapText(true);
        // not "No entries yet" while the older days are read: a filter may have left none of the newest
        javafx.beans.binding.BooleanBinding loading = model.loadingProperty().or(rowsWaiting);
        Runnable words = () -> placeholder.setText(messages.get(loading.get() ? "journal.loading"
                : model.loadingOlderProperty().get() ? "journal.loadingOlder" : "journal.empty"));
        loading.addListener((o, was, now) -> words.run());
        model.loadingOlderProperty().addListener((o, was, now) -> words.run());
        words.run();
        Loading.mark(placeholder, loading);
        placeholder.getProperties().put(Loading.class, loading); // kept with the label: nothing else holds the binding
        return placeholder;
    }

    private void buildTable() {
        table.setId("journal-table");
        table.setPlaceholder(placeholder());
        Loading.markMore(table, model.loadingOlderProperty());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(table.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                model.delete(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                model.open(table.getSelectionModel().getSelectedItem());
            }
        });
        model.items().addListener((ListChangeListener<SymptomItem>) c -> buildColumns());
        table.sceneProperty().addListener((o, old, scene) -> followTextSize(scene));
        buildColumns();
    }

    /** Columns are as wide as their words at the chosen text size: at 200 % "Sat 21 Nov 2026, 10:44" stays whole. */
    private void followTextSize(Scene scene) {
        if (scene == null || scene == followedScene) {
            return;
        }
        followedScene = scene;
        scene.getProperties().addListener((MapChangeListener<Object, Object>) change -> {
            if (TextScale.KEY.equals(change.getKey())) {
                buildColumns();
            }
        });
        // made in the constructor at 100 %: again only at another size (it was 18 columns made twice a first visit)
        if (TextScale.of(table) != columnsMadeAt) {
            buildColumns();
        }
    }

    /**
     * What a clinician or carer looks for first, left of the scores: when, alert, temperature, note (D16). The
     * temperature and weight columns have room for the sort arrow beside their names ("Tempera…▼" at 110 px).
     */
    private void buildColumns() {
        columnsMadeAt = TextScale.of(table);
        table.setFixedCellSize(TableRows.height(TextScale.of(table), TierLook.ICON_HEIGHT * TextScale.of(table)));
        table.getColumns().clear();
        table.getColumns().add(orderedColumn("col-when", messages.get("journal.col.when"), 190,
                e -> formats.dateTime(e.recordedAt()), Comparator.comparing(CheckIn::recordedAt)));
        table.getColumns().add(alertColumn());
        table.getColumns().add(orderedColumn("col-temperature", messages.get("journal.col.temperature"), 128,
                e -> e.temperatureReading().map(t -> t.display()).orElse("–"),
                Comparator.comparing(e -> e.temperatureReading().map(Temperature::celsius).orElse(null),
                        Comparator.nullsFirst(Comparator.naturalOrder()))));
        table.getColumns().add(noteColumn());
        for (SymptomItem item : model.items()) {
            table.getColumns().add(itemColumn(item));
        }
        table.getColumns().add(orderedColumn("col-weight", messages.get("journal.col.weight"), 104,
                e -> e.weightReading().map(w -> w.display()).orElse("–"),
                Comparator.comparing(e -> e.weightReading().map(Weight::kilograms).orElse(null),
                        Comparator.nullsFirst(Comparator.naturalOrder()))));
        TableColumn<CheckIn, String> bloodPressure = textColumn("col-blood-pressure", messages.get("journal.col.bp"),
                150, e -> model.bloodPressureOf(e).orElse("–"));
        bloodPressure.visibleProperty().bind(model.hasReadingsProperty());
        table.getColumns().add(bloodPressure);
        table.getColumns().add(textColumn("col-by", messages.get("journal.col.by"), 150,
                e -> messages.get(e.recorder().role().messageKey())
                        + (e.recorder().name().isEmpty() ? "" : " (" + e.recorder().name() + ")")));
    }

    /** The note's start, the whole note on hover: a long note never pushes the scores out of sight. */
    private TableColumn<CheckIn, String> noteColumn() {
        TableColumn<CheckIn, String> column = textColumn("col-note", messages.get("journal.col.note"), 170,
                e -> WHITESPACE.matcher(e.note()).replaceAll(" "));
        column.setCellFactory(c -> new NoteCell());
        return column;
    }

    private TableColumn<CheckIn, String> textColumn(String id, String title, double width,
                                                    java.util.function.Function<CheckIn, String> text) {
        TableColumn<CheckIn, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width * TextScale.of(table));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        return column;
    }

    /** A column whose words sort by {@code order} (a time, a number), not alphabetically. */
    private TableColumn<CheckIn, EntryText> orderedColumn(String id, String title, double width,
            java.util.function.Function<CheckIn, String> text, Comparator<CheckIn> order) {
        TableColumn<CheckIn, EntryText> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width * TextScale.of(table));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(new EntryText(text.apply(c.getValue()),
                c.getValue())));
        column.setComparator((a, b) -> order.compare(a.entry(), b.entry()));
        return column;
    }

    /** The most urgent tier the entry raised, with its icon and words ("Call now"), so not by colour alone. */
    private TableColumn<CheckIn, AlertTier> alertColumn() {
        TableColumn<CheckIn, AlertTier> column = new TableColumn<>(messages.get("journal.col.alert"));
        column.setId("col-alert");
        column.setPrefWidth(150 * TextScale.of(table));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(model.tierOf(c.getValue()).orElse(null)));
        column.setCellFactory(c -> new TierCell(model));
        return column;
    }

    private TableColumn<CheckIn, Integer> itemColumn(SymptomItem item) {
        String title = item.displayName() + (item.retired() ? " " + messages.get("journal.retired") : "");
        TableColumn<CheckIn, Integer> column = new TableColumn<>(title);
        column.setId("col-item-" + item.id());
        // wide enough for the whole name: a readable header is worth a horizontal scroll
        column.setPrefWidth(Math.max(64, 16 + 8.5 * title.length()) * TextScale.of(table));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().answer(item.id()).orElse(null)));
        column.setCellFactory(c -> new ScoreCell(item.kind(), messages.get("journal.unanswered")));
        return column;
    }

    private Region actions() {
        Button open = Forms.button("journal-open", messages.get("journal.open"),
                () -> model.open(table.getSelectionModel().getSelectedItem()));
        Button delete = Forms.button("journal-delete", messages.get("journal.delete"),
                () -> model.delete(table.getSelectionModel().getSelectedItem()));
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(open.disableProperty());
        HBox bar = new HBox(8, open, delete, Forms.hint(messages.get("journal.keys")));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("action-bar");
        return bar;
    }

    /**
     * The note's first words; the whole note in a tooltip, made when the pointer first comes over the cell (one
     * per cell, reworded as the cell shows another entry): a tooltip made for every note shown slowed the first
     * visit (issue 21).
     */
    private static final class NoteCell extends TableCell<CheckIn, String> {
        private Tooltip whole;

        NoteCell() {
            addEventHandler(MouseEvent.MOUSE_ENTERED, e -> showWholeOnHover());
        }

        @Override
        protected void updateItem(String note, boolean empty) {
            super.updateItem(note, empty);
            setText(empty ? null : note);
            if (whole != null) {
                showWholeOnHover();
            }
        }

        private void showWholeOnHover() {
            String note = getText();
            if (note == null || note.isBlank()) {
                setTooltip(null);
                return;
            }
            if (whole == null) {
                whole = new Tooltip();
                whole.setWrapText(true);
                whole.setMaxWidth(420);
            }
            whole.setText(note);
            setTooltip(whole);
        }
    }

    /** An entry's alert tier as its icon and label; empty when the entry raised no alert. */
    private static final class TierCell extends TableCell<CheckIn, AlertTier> {
        private final JournalViewModel model;
        /** Each tier's icon, made once per cell, not at every update. */
        private final Map<AlertTier, Node> icons = new EnumMap<>(AlertTier.class);

        TierCell(JournalViewModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(AlertTier tier, boolean empty) {
            super.updateItem(tier, empty);
            for (AlertTier any : AlertTier.values()) {
                getStyleClass().remove(TierLook.styleClass(any));
            }
            if (empty || tier == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(model.rules().wording(tier).label());
            setGraphic(icons.computeIfAbsent(tier, TierLook::icon));
            getStyleClass().add(TierLook.styleClass(tier));
        }
    }

    /** A score or count; "–" for unanswered (which a screen reader hears as "unanswered"), never 0. */
    private static final class ScoreCell extends TableCell<CheckIn, Integer> {
        private final ItemKind kind;
        private final String unanswered;

        ScoreCell(ItemKind kind, String unanswered) {
            this.kind = kind;
            this.unanswered = unanswered;
        }

        @Override
        protected void updateItem(Integer value, boolean empty) {
            super.updateItem(value, empty);
            ScoreLook.clear(this);
            if (empty) {
                setText(null);
                setAccessibleText(null);
                return;
            }
            if (value == null) {
                ScoreLook.unanswered(this, unanswered);
                return;
            }
            setText(Integer.toString(value));
            setAccessibleText(null);
            if (kind == ItemKind.SCORE) {
                ScoreLook.shade(this, value);
            }
        }
    }
}
