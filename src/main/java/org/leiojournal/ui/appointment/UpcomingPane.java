package org.leiojournal.ui.appointment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.domain.appointment.Question;
import org.leiojournal.ui.common.AfterFrame;
import org.leiojournal.ui.common.Arrangement;
import org.leiojournal.ui.common.FirstTime;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.PartsAfterFrame;
import org.leiojournal.ui.common.TextScale;

/**
 * The next 30 days on the left (and, above them, past visits whose outcome is still to write down); the selected
 * appointment's form on the right. Enter on a row opens it.
 */
public final class UpcomingPane extends BorderPane {

    private final AppointmentsViewModel model;
    private final Messages messages;
    /** Built right after the screen's first frame (issue 21), or at once if something needs it before. */
    private AppointmentFormCard form;
    private final ListView<Appointment> upcoming;
    /** "What happened?", built when there are past visits awaiting an outcome. */
    private ListView<Appointment> awaiting;
    private final VBox left;
    /** Where the form goes: a placeholder until the form comes, then the scroll pane holding it. */
    private Node formSide = PartsAfterFrame.placeholder();
    private final Arrangement arrangement = new Arrangement(this::arrange);
    /** A "What happened?" row's height: 62 px at 100 % text, more at a larger size, so its words are not cut. */
    private final DoubleProperty awaitingRowHeight = new SimpleDoubleProperty(AWAITING_ROW);
    private static final double AWAITING_ROW = 62;

    public UpcomingPane(AppointmentsViewModel model, Messages messages) {
        setId("upcoming-pane");
        this.model = model;
        this.messages = messages;
        upcoming = list("upcoming-list", model.upcoming(), model, messages, messages.get("appointments.upcoming.empty"));
        // The list comes the frame after the header, the tabs and this column's top (issue 21: the list's skin,
        // scroll bars and cells were half of the screen's first frame, its longest); then the awaiting visits
        PartsAfterFrame parts = new PartsAfterFrame();
        Node listPlace = parts.later(() -> upcoming);
        Node awaitingPlace = awaitingPlace(parts);
        Button add = Forms.button("appointment-new", messages.get("appointments.new"), () -> {
            model.newAppointment(null);
            form().focusFirst();
        });
        add.getStyleClass().add("primary");
        VBox.setVgrow(upcoming, Priority.ALWAYS);
        left = new VBox(10, add, awaitingPlace, Forms.sectionTitle(messages.get("appointments.upcoming")), listPlace);
        left.getStyleClass().add("appointment-list-column"); // its width in em (leio.css)

        // The form comes after the list, with its scroll pane (issue 21: styling them with the list held the first
        // frame back). It is the scroll pane's own content, so the one-column layout sizes the pane by the form.
        arrangement.fit(false);
        setOnKeyPressed(e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.S) {
                form().save(model);
                e.consume();
            }
        });
        parts.buildAfterFirstFrame(this);
        // then the form, the frame after the last of those parts: each part styled alone keeps every frame short
        afterFrames(model.awaitingOutcome().isEmpty() ? 2 : 3, this::form);
    }

    /** Runs {@code then} after the next {@code frames} frames of this pane. */
    private void afterFrames(int frames, Runnable then) {
        AfterFrame.run(this, frames == 1 ? then : () -> afterFrames(frames - 1, then));
    }

    /**
     * Where "What happened?" goes, above the 30-day list. With past visits awaiting an outcome it comes the frame
     * after the list (issue 21); with none, as for most users, it is not built at all until one is (the day turns
     * while the app is open, a visit is marked to come again): its list cost the visit a frame of its own, hidden.
     */
    private Node awaitingPlace(PartsAfterFrame afterList) {
        if (!model.awaitingOutcome().isEmpty()) {
            return afterList.later(this::awaitingBox);
        }
        Region place = new Region();
        place.setManaged(false);
        FirstTime.whenNotEmpty(model.awaitingOutcome(),
                () -> left.getChildren().set(left.getChildren().indexOf(place), awaitingBox()));
        return place;
    }

    /** "What happened?": past visits whose outcome is still to write down; shown only when there are some. */
    private VBox awaitingBox() {
        awaiting = list("awaiting-list", model.awaitingOutcome(), model, messages, "");
        // One or two rows tall as needed, and never squeezed away by the 30-day list below.
        awaiting.prefHeightProperty().bind(Bindings.min(2,
                Bindings.size(model.awaitingOutcome())).multiply(awaitingRowHeight).add(6));
        awaiting.setMinHeight(Region.USE_PREF_SIZE);
        Label awaitingHint = Forms.hint(messages.get("appointments.awaiting.hint"));
        awaitingHint.setMinHeight(Region.USE_PREF_SIZE); // wrap to as many lines as it needs, never "…"
        VBox awaitingBox = new VBox(6, Forms.sectionTitle(messages.get("appointments.awaiting")), awaitingHint,
                awaiting);
        awaitingBox.visibleProperty().bind(Bindings.isNotEmpty(model.awaitingOutcome()));
        awaitingBox.managedProperty().bind(awaitingBox.visibleProperty());
        return awaitingBox;
    }

    private AppointmentFormCard form() {
        if (form == null) {
            form = new AppointmentFormCard(model, messages);
            ScrollPane scroll = Forms.scrolling(form);
            grow(scroll);
            Pane center = (Pane) getCenter(); // the form's place in the layout shown now, wide or narrow
            center.getChildren().set(center.getChildren().indexOf(formSide), scroll);
            formSide = scroll;
        }
        return form;
    }

    /** Below this width (at 100 % text) the list stands above the form instead of beside it. */
    private static final double NARROW = 760;

    @Override
    protected void layoutChildren() {
        awaitingRowHeight.set(Math.max(AWAITING_ROW * TextScale.of(this), tallestAwaitingRow()));
        arrangement.fit(getWidth() < NARROW * TextScale.of(this));
        super.layoutChildren();
    }

    /** The tallest "What happened?" row shown, its lines wrapped at the list's width (0 before it is built). */
    private double tallestAwaitingRow() {
        return awaiting == null ? 0 : awaiting.lookupAll(".list-cell").stream()
                .filter(cell -> cell instanceof IndexedCell<?> row && !row.isEmpty())
                .mapToDouble(cell -> ((IndexedCell<?>) cell).prefHeight(awaiting.getWidth())).max().orElse(0);
    }

    private static void grow(Node formSide) {
        HBox.setHgrow(formSide, Priority.ALWAYS);
        VBox.setVgrow(formSide, Priority.ALWAYS);
    }

    private void arrange(boolean narrow) {
        grow(formSide);
        // in one column the list and the form share the height: three rows of the list stay in sight, never
        // squeezed to its border under the form (seen at 200 % text on 1366 × 768)
        upcoming.minHeightProperty().unbind();
        if (narrow) {
            upcoming.minHeightProperty().bind(awaitingRowHeight.multiply(3).add(6));
        } else {
            upcoming.setMinHeight(Region.USE_COMPUTED_SIZE);
        }
        // above the form the column is as wide as the screen, its least width (21.4 em, leio.css) only for beside it:
        // at 200 % text in 1024×600 it held the tab 600 px wide for 564, the list's right edge cut off
        left.getStyleClass().remove("stacked");
        if (narrow) {
            left.getStyleClass().add("stacked");
        }
        setCenter(narrow ? new VBox(16, left, formSide) : new HBox(16, left, formSide));
    }

    /** Puts a card (the reminders due now) at the top of the list column, above everything else. */
    public void addAtTop(Node card) {
        left.getChildren().add(0, card);
    }

    /**
     * Gives the 30-day list the keyboard; if it is not in the window yet (the screen's first frame), as soon as it
     * is, unless the keyboard went elsewhere meanwhile (New, a click).
     */
    public void focusList() {
        if (upcoming.getScene() != null || getScene() == null) {
            upcoming.requestFocus();
            return;
        }
        Node focusedBefore = getScene().getFocusOwner();
        upcoming.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene old, Scene now) {
                upcoming.sceneProperty().removeListener(this);
                if (now != null && now.getFocusOwner() == focusedBefore) {
                    upcoming.requestFocus();
                }
            }
        });
    }

    private ListView<Appointment> list(String id, ObservableList<Appointment> items, AppointmentsViewModel model,
                                       Messages messages, String empty) {
        ListView<Appointment> list = new ListView<>(items);
        list.setId(id);
        list.setPlaceholder(Forms.hint(empty));
        list.setCellFactory(v -> new AppointmentCell(model, messages));
        list.getSelectionModel().selectedItemProperty().addListener((o, old, a) -> model.open(a));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                form().focusFirst();
                e.consume();
            }
        });
        return list;
    }

    /**
     * "Tomorrow, 09:30", then "CT chest", then "St Mary’s · To book · 2 open questions". A cell makes its three lines
     * once and only changes their words: the list measures every row through one spare cell and restyles a cell
     * whose lines are new, so lines made at each update were styled over and over in the screen's first frame
     * (issue 21).
     */
    static final class AppointmentCell extends ListCell<Appointment> {
        private final AppointmentsViewModel model;
        private final Messages messages;
        /** Made with the cell's first appointment: the list fills its height with empty cells that never show any. */
        private Lines lines;

        AppointmentCell(AppointmentsViewModel model, Messages messages) {
            this.model = model;
            this.messages = messages;
        }

        /** Whether its lines are made: only once it has shown an appointment. */
        boolean hasLines() {
            return lines != null;
        }

        /**
         * The lines' height at the row's width: a label's skin would measure its lines unwrapped. An empty cell is as
         * tall as the list: the list fills the height under its last appointment with empty cells, thirteen under
         * three appointments at 1366 × 768, each made and styled in the list's frame though it shows nothing (empty
         * cells are transparent, leio.css); one that tall fills it alone (issue 21).
         */
        @Override
        protected double computePrefHeight(double width) {
            if (isEmpty()) {
                double rest = getListView() == null ? 0 : getListView().getHeight();
                return Math.max(super.computePrefHeight(width), rest);
            }
            if (lines == null || getGraphic() != lines.box || width < 0) {
                return super.computePrefHeight(width);
            }
            return snappedTopInset() + lines.box.prefHeight(width - snappedLeftInset() - snappedRightInset())
                    + snappedBottomInset();
        }

        @Override
        protected void updateItem(Appointment a, boolean empty) {
            super.updateItem(a, empty);
            if (empty || a == null) {
                setText(null);
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            if (lines == null) {
                lines = new Lines();
            }
            Label when = lines.when;
            Label what = lines.what;
            Label detail = lines.detail;
            AppointmentFormats words = model.formats();
            ZoneId zone = model.clockZone();
            when.setText(messages.get("appointments.when", day(a.dateIn(zone), model, words), words.time(a, zone)));
            what.setText(words.name(a));
            StringBuilder more = new StringBuilder(a.place());
            if (a.status() == AppointmentStatus.TO_BOOK) {
                append(more, words.status(a.status()));
            }
            long open = a.questions().stream().filter(Question::isOpen).count();
            if (open > 0) {
                append(more, messages.get("appointments.openQuestions", open));
            }
            detail.setText(more.toString());
            detail.setVisible(more.length() > 0);
            setPrefWidth(0); // rows fit the list's width; long names wrap instead of scrolling sideways
            setText(null);
            setGraphic(lines.box);
            setAccessibleText(model.describe(a));
        }

        /** An appointment's three lines, made once per cell and only given new words after. */
        private static final class Lines {
            final Label when = new Label();
            final Label what = new Label();
            final Label detail = Forms.hint("");
            final VBox box = new VBox(2, when, what, detail);

            Lines() {
                when.getStyleClass().add("appointment-line");
                // when, what and where wrap, whole: at 200 % text in 1024×600 the rows ended in "…" and the place
                // and the open questions could not be read
                for (Label line : List.of(when, what, detail)) {
                    line.setWrapText(true);
                    line.setMinHeight(Region.USE_PREF_SIZE);
                }
                detail.managedProperty().bind(detail.visibleProperty()); // no empty third line
            }
        }

        private static void append(StringBuilder text, String part) {
            if (text.length() > 0) {
                text.append(" · ");
            }
            text.append(part);
        }

        private String day(LocalDate day, AppointmentsViewModel model, AppointmentFormats words) {
            LocalDate today = model.today();
            return day.equals(today) ? messages.get("appointments.today")
                    : day.equals(today.plusDays(1)) ? messages.get("appointments.tomorrow") : words.date(day);
        }
    }
}
