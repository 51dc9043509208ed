package org.leiojournal.ui.appointment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.DayItem;
import org.leiojournal.ui.common.Arrangement;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.TextScale;
import org.leiojournal.ui.common.Style;

/**
 * A month of appointments and treatment days, six weeks high, with the selected day's items listed beside it.
 * Arrow keys move the day, Page Up and Page Down the month, Home goes to today; Enter on an appointment in the list
 * opens it. Written for this app rather than taken from CalendarFX: see the README's decisions.
 */
public final class MonthPane extends BorderPane {

    private static final int SHOWN_PER_DAY = 3;

    private final MonthViewModel model;
    private final Messages messages;
    private final AppointmentFormats words;
    private final GridPane grid = new GridPane();
    private final ListView<DayItem> dayItems = new ListView<>();
    private final Label dayTitle = new Label();
    private final VBox side;
    private final Arrangement arrangement = new Arrangement(this::arrange);

    public MonthPane(MonthViewModel model, AppointmentFormats words, Messages messages,
                     Consumer<Appointment> openAppointment) {
        this.model = model;
        this.messages = messages;
        this.words = words;
        setId("month-pane");
        DateTimeFormatter monthName = DateTimeFormatter.ofPattern("LLLL yyyy", messages.locale());
        Label title = new Label();
        title.setId("month-title");
        title.getStyleClass().add("month-title");
        title.textProperty().bind(model.monthProperty().map(monthName::format));
        Button previous = Forms.button("month-previous", messages.get("month.previous"), () -> model.moveMonths(-1));
        Button next = Forms.button("month-next", messages.get("month.next"), () -> model.moveMonths(1));
        Button today = Forms.button("month-today", messages.get("month.today"), model::goToToday);
        title.setMinWidth(Region.USE_PREF_SIZE); // the month's name is never cut; the bar wraps instead
        FlowPane bar = new FlowPane(8, 6, previous, today, next, title, Forms.hint(messages.get("month.keys")));
        bar.setAlignment(Pos.CENTER_LEFT);

        grid.setId("month-grid");
        grid.getStyleClass().add("month-grid");
        grid.setFocusTraversable(true);
        grid.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        for (int c = 0; c < 7; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / 7);
            grid.getColumnConstraints().add(column);
        }
        grid.getRowConstraints().add(new RowConstraints());
        for (int r = 0; r < MonthViewModel.WEEKS; r++) {
            RowConstraints row = new RowConstraints();
            row.setVgrow(Priority.ALWAYS);
            row.setPercentHeight(-1);
            grid.getRowConstraints().add(row);
        }
        model.itemsProperty().addListener((Observable o) -> rebuild());
        model.selectedProperty().addListener((Observable o) -> rebuild());

        dayTitle.setId("month-day-title");
        dayTitle.getStyleClass().add(Style.SECTION_TITLE);
        dayItems.setId("month-day-items");
        dayItems.setPlaceholder(Forms.hint(messages.get("month.day.empty")));
        dayItems.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DayItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : longText(item));
                setWrapText(true);
                setPrefWidth(0); // wrap within the list's width instead of scrolling sideways
            }
        });
        Runnable open = () -> {
            if (dayItems.getSelectionModel().getSelectedItem() instanceof DayItem.AppointmentItem a) {
                openAppointment.accept(a.appointment());
            }
        };
        dayItems.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open.run();
                e.consume();
            }
        });
        dayItems.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open.run();
            }
        });
        VBox.setVgrow(dayItems, Priority.ALWAYS);
        side = new VBox(8, dayTitle, dayItems, Forms.hint(messages.get("month.day.hint")));
        side.getStyleClass().add("month-side"); // its width in em (leio.css)
        dayTitle.setWrapText(true);
        HBox.setHgrow(grid, Priority.ALWAYS);
        VBox.setVgrow(grid, Priority.ALWAYS);
        setTop(bar);
        arrangement.fit(false);
        rebuild();
    }

    /** Below this width (at 100 % text) the chosen day's list stands under the month instead of beside it. */
    private static final double NARROW = 760;

    @Override
    protected void layoutChildren() {
        arrangement.fit(getWidth() < NARROW * TextScale.of(this));
        super.layoutChildren();
    }

    private void arrange(boolean narrow) {
        javafx.scene.layout.Pane body = narrow ? new VBox(16, grid, side) : new HBox(16, grid, side);
        body.setPadding(new Insets(10, 0, 0, 0));
        setCenter(body);
    }

    public void focusGrid() {
        grid.requestFocus();
    }

    private void onKey(KeyEvent e) {
        int days = switch (e.getCode()) {
            case LEFT -> -1;
            case RIGHT -> 1;
            case UP -> -7;
            case DOWN -> 7;
            default -> 0;
        };
        if (days != 0) {
            model.moveDays(days);
        } else if (e.getCode() == KeyCode.PAGE_UP) {
            model.moveMonths(-1);
        } else if (e.getCode() == KeyCode.PAGE_DOWN) {
            model.moveMonths(1);
        } else if (e.getCode() == KeyCode.HOME) {
            model.goToToday();
        } else if (e.getCode() == KeyCode.ENTER) {
            dayItems.requestFocus();
            dayItems.getSelectionModel().selectFirst();
        } else {
            return;
        }
        e.consume();
    }

    private void rebuild() {
        grid.getChildren().clear();
        DayOfWeek first = model.firstShown().getDayOfWeek();
        for (int c = 0; c < 7; c++) {
            Label name = new Label(first.plus(c).getDisplayName(TextStyle.SHORT, messages.locale()));
            name.getStyleClass().add("month-weekday");
            grid.add(name, c, 0);
        }
        LocalDate day = model.firstShown();
        for (int r = 0; r < MonthViewModel.WEEKS; r++) {
            for (int c = 0; c < 7; c++) {
                grid.add(cell(day), c, r + 1);
                day = day.plusDays(1);
            }
        }
        LocalDate selected = model.selectedProperty().get();
        dayTitle.setText(words.date(selected));
        dayItems.getItems().setAll(model.itemsOn(selected));
        grid.setAccessibleText(messages.get("month.accessible", words.date(selected),
                model.itemsOn(selected).size()));
    }

    private VBox cell(LocalDate day) {
        Label number = new Label(Integer.toString(day.getDayOfMonth()));
        number.getStyleClass().add("month-day-number");
        VBox cell = new VBox(2, number);
        cell.setId("month-day-" + day);
        cell.getStyleClass().add("month-day");
        if (!day.getMonth().equals(model.monthProperty().get().getMonth())) {
            cell.getStyleClass().add("other-month");
        }
        if (day.equals(model.today())) {
            cell.getStyleClass().add("today");
        }
        if (day.equals(model.selectedProperty().get())) {
            cell.getStyleClass().add("selected");
        }
        List<DayItem> items = model.itemsOn(day);
        items.stream().limit(SHOWN_PER_DAY).forEach(item -> cell.getChildren().add(chip(item)));
        if (items.size() > SHOWN_PER_DAY) {
            cell.getChildren().add(Forms.hint(messages.get("month.more", items.size() - SHOWN_PER_DAY)));
        }
        cell.setMinHeight(Region.USE_PREF_SIZE);
        cell.setMinWidth(0);
        cell.setOnMouseClicked(e -> {
            model.selectedProperty().set(day);
            grid.requestFocus();
        });
        return cell;
    }

    private Label chip(DayItem item) {
        Label chip = new Label(shortText(item));
        chip.getStyleClass().add(item instanceof DayItem.TreatmentItem ? "month-treatment" : "month-appointment");
        chip.setMaxWidth(Double.MAX_VALUE);
        chip.setMinWidth(0);
        return chip;
    }

    /** "09:30 CT chest" or "C3 D8" — short enough for a cell. */
    private String shortText(DayItem item) {
        if (item instanceof DayItem.AppointmentItem a) {
            return messages.get("month.chip.appointment", a.time(), words.name(a.appointment()));
        }
        DayItem.TreatmentItem t = (DayItem.TreatmentItem) item;
        return messages.get("month.chip.treatment", t.day().cycle(), t.day().day());
    }

    /** The full line for the day list: time, name and place; or cycle, day, course and drugs. */
    private String longText(DayItem item) {
        if (item instanceof DayItem.AppointmentItem a) {
            String text = messages.get("month.item.appointment", a.time(), words.name(a.appointment()),
                    words.status(a.appointment().status()));
            return a.appointment().place().isEmpty() ? text : text + " — " + a.appointment().place();
        }
        DayItem.TreatmentItem t = (DayItem.TreatmentItem) item;
        return messages.get("month.item.treatment", t.day().cycle(), t.day().day(), t.course(),
                String.join(", ", t.day().drugs().stream().map(d -> d.drug()).toList()));
    }
}
