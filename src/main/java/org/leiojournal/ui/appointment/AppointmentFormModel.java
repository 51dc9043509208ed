package org.leiojournal.ui.appointment;

import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentDraft;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.domain.appointment.QuestionState;
import org.leiojournal.domain.validation.FieldId;

/** What the appointment form holds while the user types: nothing here is checked until it is saved. */
public final class AppointmentFormModel {

    /** A preparation line: what to do, and how many hours before to be reminded (0: no reminder). */
    public static final class StepLine {
        private final StringProperty text = new SimpleStringProperty("");
        private final IntegerProperty hours = new SimpleIntegerProperty();

        StepLine(String text, int hours) {
            this.text.set(text);
            this.hours.set(hours);
        }

        public StringProperty textProperty() { return text; }
        public IntegerProperty hoursProperty() { return hours; }
    }

    /** A question line: ticked when answered; a question carried to a later visit stays here, greyed. */
    public static final class QuestionLine {
        private final StringProperty text = new SimpleStringProperty("");
        private final BooleanProperty answered = new SimpleBooleanProperty();
        private final boolean carriedOver;
        private final String answer;

        QuestionLine(String text, QuestionState state, String answer) {
            this.text.set(text);
            this.answered.set(state == QuestionState.ANSWERED);
            this.carriedOver = state == QuestionState.CARRIED_OVER;
            this.answer = answer;
        }

        public StringProperty textProperty() { return text; }
        public BooleanProperty answeredProperty() { return answered; }
        public boolean carriedOver() { return carriedOver; }

        QuestionState state() {
            return carriedOver ? QuestionState.CARRIED_OVER
                    : answered.get() ? QuestionState.ANSWERED : QuestionState.OPEN;
        }

        String answer() { return answer; }
    }

    private long id;
    private final ObjectProperty<AppointmentKind> kind = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty startTime = new SimpleStringProperty("");
    private final StringProperty endTime = new SimpleStringProperty("");
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>();
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty clinician = new SimpleStringProperty("");
    private final ObjectProperty<AppointmentStatus> status = new SimpleObjectProperty<>(AppointmentStatus.BOOKED);
    private final StringProperty result = new SimpleStringProperty("");
    private final ObservableList<StepLine> steps = FXCollections.observableArrayList();
    private final ObservableList<QuestionLine> questions = FXCollections.observableArrayList();
    private final ObservableMap<FieldId, String> errors = FXCollections.observableHashMap();
    private final BooleanProperty saved = new SimpleBooleanProperty();

    public ObjectProperty<AppointmentKind> kindProperty() { return kind; }
    public StringProperty titleProperty() { return title; }
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public StringProperty startTimeProperty() { return startTime; }
    public StringProperty endTimeProperty() { return endTime; }
    public ObjectProperty<ZoneId> zoneProperty() { return zone; }
    public StringProperty placeProperty() { return place; }
    public StringProperty clinicianProperty() { return clinician; }
    public ObjectProperty<AppointmentStatus> statusProperty() { return status; }
    public StringProperty resultProperty() { return result; }
    public ObservableList<StepLine> steps() { return steps; }
    public ObservableList<QuestionLine> questions() { return questions; }
    /** Problems by {@code AppointmentValidator} field name, worded for the user. */
    public ObservableMap<FieldId, String> errors() { return errors; }
    /** True while the form shows an appointment already in the journal (so it can be deleted or carried from). */
    public BooleanProperty savedProperty() { return saved; }
    public long id() { return id; }

    /** An empty form for a new appointment on {@code day} (may be null), in the user's zone. */
    void clear(LocalDate day, ZoneId userZone) {
        id = 0;
        kind.set(null);
        title.set("");
        date.set(day);
        startTime.set("");
        endTime.set("");
        zone.set(userZone);
        place.set("");
        clinician.set("");
        status.set(AppointmentStatus.BOOKED);
        result.set("");
        steps.clear();
        questions.clear();
        errors.clear();
        saved.set(false);
    }

    void load(Appointment a) {
        AppointmentDraft d = AppointmentDraft.of(a);
        id = a.id();
        kind.set(d.kind());
        title.set(d.title());
        date.set(d.date());
        startTime.set(d.startTime());
        endTime.set(d.endTime());
        zone.set(d.zone());
        place.set(d.place());
        clinician.set(d.clinician());
        status.set(d.status());
        result.set(d.result());
        steps.setAll(d.preparation().stream().map(s -> new StepLine(s.text(), s.remindHoursBefore())).toList());
        questions.setAll(d.questions().stream().map(q -> new QuestionLine(q.text(), q.state(), q.answer())).toList());
        errors.clear();
        saved.set(true);
    }

    public void addStep(String text, int hours) {
        steps.add(new StepLine(text, hours));
    }

    public void addQuestion(String text) {
        questions.add(new QuestionLine(text, QuestionState.OPEN, ""));
    }

    AppointmentDraft draft() {
        return new AppointmentDraft(id, kind.get(), title.get(), date.get(), startTime.get(), endTime.get(),
                zone.get(), place.get(), clinician.get(),
                steps.stream().map(s -> new AppointmentDraft.Step(s.text.get(), s.hours.get())).toList(),
                questions.stream().map(q -> new AppointmentDraft.Ask(q.text.get(), q.state(), q.answer())).toList(),
                status.get(), result.get());
    }
}
