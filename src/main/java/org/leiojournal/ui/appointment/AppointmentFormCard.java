package org.leiojournal.ui.appointment;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.domain.appointment.AppointmentValidator;
import org.leiojournal.domain.appointment.PreparationStep;
import org.leiojournal.ui.common.AfterFrame;
import org.leiojournal.ui.common.Converters;
import org.leiojournal.ui.common.DateField;
import org.leiojournal.ui.common.FieldErrors;
import org.leiojournal.ui.common.FormFields;
import org.leiojournal.ui.common.FormGrid;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.FullText;
import org.leiojournal.ui.common.ListWhenShownSkin;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.PartsAfterFrame;
import org.leiojournal.ui.common.ScrollIntoView;
import org.leiojournal.ui.common.Style;
import org.leiojournal.ui.common.WrappingRow;

/**
 * One appointment: when and where, what to prepare, the questions to ask (ticked off at the visit), and afterwards
 * what happened. Ctrl+S saves, as on every other form.
 */
final class AppointmentFormCard extends VBox {

    /** Its list is made when first opened, as the status's ({@link ListWhenShownSkin}): not in the form's frame. */
    private final ComboBox<AppointmentKind> kind = ListWhenShownSkin.install(new ComboBox<>());
    private final DateField date;
    /** Builds the form's lower half once; run the frame after the fields, or at once by a save before then. */
    private final Runnable rest;

    AppointmentFormCard(AppointmentsViewModel model, Messages messages) {
        AppointmentFormModel form = model.form();
        AppointmentFormats words = model.formats();
        kind.setId("appointment-kind");
        kind.getItems().setAll(AppointmentKind.values());
        kind.setConverter(Converters.shown(words::kind));
        kind.setPromptText(messages.get("appointments.kind.prompt"));
        kind.valueProperty().bindBidirectional(form.kindProperty());
        // the prompt comes back when the form is cleared (a combo box forgets it once it has had a value)
        kind.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(AppointmentKind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? kind.getPromptText() : kind.getConverter().toString(item));
            }
        });
        TextField title = FormFields.text("appointment-title", form.titleProperty(),
                messages.get("appointments.title.prompt"));
        date = FormFields.date("appointment-date", form.dateProperty(), messages);
        TextField start = FormFields.text("appointment-start", form.startTimeProperty(),
                messages.get("appointments.start.prompt"));
        start.setPrefColumnCount(7); // "e.g. 09:30" whole
        TextField end = FormFields.text("appointment-end", form.endTimeProperty(),
                messages.get("appointments.end.prompt"));
        end.setPrefColumnCount(7);
        ComboBox<String> zone = ZoneChoice.of(form.zoneProperty());
        TextField place = FormFields.text("appointment-place", form.placeProperty(),
                messages.get("appointments.place.prompt"));
        TextField clinician = FormFields.text("appointment-clinician", form.clinicianProperty(),
                messages.get("appointments.clinician.prompt"));
        ComboBox<AppointmentStatus> status = ListWhenShownSkin.install(new ComboBox<>());
        status.setId("appointment-status");
        status.getItems().setAll(AppointmentStatus.values());
        status.setConverter(Converters.shown(words::status));
        status.valueProperty().bindBidirectional(form.statusProperty());
        TextArea result = FormFields.note("appointment-result", form.resultProperty(),
                messages.get("appointments.result.prompt"));

        // "until" stays with the end time, and both go under the start when the row is too narrow (200 % text in
        // 1024×600 cut it to "u…")
        Label until = new Label(messages.get("appointments.until"));
        until.setMinWidth(Region.USE_PREF_SIZE);
        HBox untilEnd = new HBox(8, until, end);
        untilEnd.setAlignment(Pos.CENTER_LEFT);
        WrappingRow times = Forms.buttons(start, untilEnd);
        GridPane grid = new FormGrid(form.errors())
                .field(messages.get("appointments.kind"), kind, AppointmentValidator.Field.KIND)
                .row(messages.get("appointments.titleField"), title, new VBox(4,
                        FormFields.withError(title, AppointmentValidator.Field.TITLE, form.errors()),
                        FullText.promptUnder(title, "appointment-title-hint")))
                .field(messages.get("appointments.date"), date, AppointmentValidator.Field.DATE)
                .row(messages.get("appointments.time"), start, new VBox(4, times, errors(start, end, form)))
                .row(messages.get("appointments.zone"), zone, zone)
                .field(messages.get("appointments.place"), place, AppointmentValidator.Field.PLACE)
                .field(messages.get("appointments.clinician"), clinician, AppointmentValidator.Field.CLINICIAN)
                .field(messages.get("appointments.status"), status, AppointmentValidator.Field.STATUS)
                .pane();

        Button save = Forms.button("appointment-save", messages.get("appointments.save"), () -> save(model));
        save.getStyleClass().add("primary");
        Button delete = Forms.button("appointment-delete", messages.get("appointments.delete"), model::delete);
        delete.disableProperty().bind(form.savedProperty().not());
        HBox buttons = new HBox(8, save, delete);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label heading = Forms.cardTitle("");
        heading.textProperty().bind(form.savedProperty().map(saved -> messages.get(
                saved ? "appointments.form.edit" : "appointments.form.new")));
        // What to prepare, the questions, the outcome and Save come the frame after the fields (issue 21: the
        // whole form in one frame held the window over 100 ms), in their place under them.
        Region restPlace = PartsAfterFrame.placeholder();
        restPlace.setManaged(false);
        getChildren().addAll(heading, grid, restPlace);
        rest = () -> {
            int at = getChildren().indexOf(restPlace);
            if (at >= 0) {
                getChildren().remove(at);
                getChildren().addAll(at, List.of(
                        section(messages.get("appointments.preparation"),
                                messages.get("appointments.preparation.hint"), PreparationList.of(form, messages)),
                        section(messages.get("appointments.questions"), messages.get("appointments.questions.hint"),
                                QuestionList.of(model, messages)),
                        section(messages.get("appointments.result"), null,
                                FormFields.withError(result, AppointmentValidator.Field.RESULT, form.errors())),
                        buttons));
            }
        };
        AfterFrame.run(this, rest);
        setSpacing(12);
        getStyleClass().add(Style.CARD);
    }

    private static VBox errors(TextField start, TextField end, AppointmentFormModel form) {
        return new VBox(4,
                FieldErrors.errorLabel(start.getId(), AppointmentValidator.Field.START,
                        form.errors(), start),
                FieldErrors.errorLabel(end.getId(), AppointmentValidator.Field.END,
                        form.errors(), end));
    }

    private static VBox section(String title, String hint, javafx.scene.Node content) {
        VBox box = new VBox(6, Forms.sectionTitle(title));
        if (hint != null) {
            box.getChildren().add(Forms.hint(hint));
        }
        box.getChildren().add(content);
        return box;
    }

    void save(AppointmentsViewModel model) {
        rest.run(); // a problem in the outcome is shown next to it, even in the form's first frame
        if (FormFields.commit(date)) {
            model.save();
        }
        FieldErrors.firstProblem(this).ifPresent(field -> {
            field.requestFocus();
            ScrollIntoView.show(field); // the form may be scrolled down to its Save button (D18)
        });
    }


    void focusFirst() {
        kind.requestFocus();
    }

    /** Preparation lines: what to do, and a reminder so many hours before. */
    private static final class PreparationList {
        static LineList<AppointmentFormModel.StepLine> of(AppointmentFormModel form, Messages messages) {
            return new LineList<>(form.steps(), i -> row(form, i, messages), "preparation",
                    messages.get("appointments.preparation.prompt"), messages.get("appointments.preparation.add"),
                    text -> form.addStep(text, 0), AppointmentValidator.Field.PREPARATION, form.errors());
        }

        private static HBox row(AppointmentFormModel form, int index, Messages messages) {
            AppointmentFormModel.StepLine line = form.steps().get(index);
            TextField text = new TextField();
            text.setId("preparation-text-" + index);
            text.textProperty().bindBidirectional(line.textProperty());
            HBox.setHgrow(text, Priority.ALWAYS);
            Spinner<Integer> hours = new Spinner<>(0, PreparationStep.MAX_HOURS_BEFORE, line.hoursProperty().get());
            hours.setId("preparation-hours-" + index);
            hours.setEditable(true);
            hours.setPrefWidth(80);
            hours.valueProperty().addListener((o, old, v) -> line.hoursProperty().set(v == null ? 0 : v));
            Label hoursLabel = new Label(messages.get("appointments.preparation.hours"));
            hoursLabel.setLabelFor(hours);
            Button remove = Forms.button("preparation-remove-" + index, messages.get("appointments.remove"),
                    () -> form.steps().remove(line));
            HBox row = new HBox(8, text, hours, hoursLabel, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            return row;
        }
    }

    /** The questions checklist: tick what was answered; open ones can go on to the next visit. */
    private static final class QuestionList {
        static VBox of(AppointmentsViewModel model, Messages messages) {
            AppointmentFormModel form = model.form();
            Button carry = Forms.button("questions-carry", messages.get("appointments.carry"),
                    model::carryOpenQuestions);
            carry.disableProperty().bind(form.savedProperty().not());
            carry.setWrapText(true); // its words on two lines at large text, not past the card's edge
            carry.setMinWidth(Region.USE_COMPUTED_SIZE);
            return new VBox(6, new LineList<>(form.questions(), i -> row(form, i, messages), "question",
                    messages.get("appointments.questions.prompt"), messages.get("appointments.questions.add"),
                    form::addQuestion, AppointmentValidator.Field.QUESTIONS, form.errors()), carry);
        }

        private static HBox row(AppointmentFormModel form, int index, Messages messages) {
            AppointmentFormModel.QuestionLine line = form.questions().get(index);
            CheckBox answered = new CheckBox();
            answered.setId("question-answered-" + index);
            answered.selectedProperty().bindBidirectional(line.answeredProperty());
            answered.setAccessibleText(messages.get("appointments.questions.answered"));
            TextField text = new TextField();
            text.setId("question-text-" + index);
            text.textProperty().bindBidirectional(line.textProperty());
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(8, answered, text);
            if (line.carriedOver()) {
                answered.setDisable(true);
                text.setEditable(false);
                text.getStyleClass().add("carried-over");
                row.getChildren().add(Forms.hint(messages.get("appointments.questions.carried")));
            } else {
                row.getChildren().add(Forms.button("question-remove-" + index, messages.get("appointments.remove"),
                        () -> form.questions().remove(line)));
            }
            row.setAlignment(Pos.CENTER_LEFT);
            return row;
        }
    }
}
