package org.leiojournal.ui.appointment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.leiojournal.domain.appointment.Agenda;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentValidator;
import org.leiojournal.domain.validation.Validated;
import org.leiojournal.ui.common.UiContext;

/**
 * The upcoming list and the appointment form: add, edit, delete, tick questions off, and carry the open ones to
 * the next visit. The lists follow the shared appointments, so a plan's new dates appear here at once.
 */
public final class AppointmentsViewModel {

    private final UiContext ui;
    private final AppointmentBook book;
    private final AppointmentFormats formats;
    private final AppointmentFormModel form = new AppointmentFormModel();
    private final ObservableList<Appointment> upcoming = FXCollections.observableArrayList();
    private final ObservableList<Appointment> awaitingOutcome = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public AppointmentsViewModel(AppointmentBook book, UiContext ui) {
        this.book = book;
        this.ui = ui;
        this.formats = new AppointmentFormats(ui.messages());
        book.all().addListener((ListChangeListener<Appointment>) c -> refresh());
        refresh();
        form.clear(null, ui.clock().getZone());
        FormGroundwork.start(ui.tasks(), book.all());
    }

    public AppointmentFormModel form() { return form; }
    /** Still to come from the start of today to 30 days ahead, earliest first. */
    public ObservableList<Appointment> upcoming() { return upcoming; }
    /** Earlier appointments still marked as to come: what happened there is not written down yet. */
    public ObservableList<Appointment> awaitingOutcome() { return awaitingOutcome; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public AppointmentFormats formats() { return formats; }

    public ZoneId clockZone() {
        return ui.clock().getZone();
    }

    public LocalDate today() {
        return LocalDate.now(ui.clock());
    }

    /** Re-reads the lists against the clock: the day may have changed since they were last shown. */
    public void refresh() {
        ZonedDateTime now = ZonedDateTime.now(ui.clock());
        upcoming.setAll(Agenda.upcoming(book.all(), now, Agenda.UPCOMING_DAYS));
        awaitingOutcome.setAll(Agenda.awaitingOutcome(book.all(), now));
    }

    public void newAppointment(LocalDate day) {
        form.clear(day, ui.clock().getZone());
        status.set("");
    }

    public void open(Appointment appointment) {
        if (appointment != null) {
            form.load(appointment);
            status.set("");
        }
    }

    public void save() {
        Optional<Appointment> appointment = validated();
        appointment.ifPresent(a -> book.saveAll(List.of(a), saved -> {
            form.load(saved.get(0));
            status.set(ui.messages().get("appointments.status.saved", describe(saved.get(0))));
        }, e -> status.set(ui.messages().get("checkIn.status.notSaved"))));
    }

    public void delete() {
        if (!form.savedProperty().get()) {
            return;
        }
        Appointment shown = saved().orElse(null);
        if (shown == null || !ui.dialogs().confirm(ui.messages().get("appointments.delete.title"),
                ui.messages().get("appointments.delete.body", describe(shown)), ui.messages().get("appointments.delete.confirm"))) {
            return;
        }
        book.delete(shown, ui.messages().get("appointments.status.deleted", describe(shown)), () -> {
            form.clear(null, ui.clock().getZone());
            status.set(ui.messages().get("appointments.status.deleted", describe(shown)));
        });
    }

    /**
     * Saves the form and moves its open questions to the next visit, both in one transaction. Nothing moves when
     * the form has a problem or there is no later visit.
     */
    public void carryOpenQuestions() {
        Optional<Appointment> from = validated();
        if (from.isEmpty()) {
            return;
        }
        if (!from.get().hasOpenQuestions()) {
            status.set(ui.messages().get("appointments.carry.none"));
            return;
        }
        Optional<Appointment> next = Agenda.nextVisitAfter(from.get(), book.all());
        if (next.isEmpty()) {
            status.set(ui.messages().get("appointments.carry.noNextVisit"));
            return;
        }
        Agenda.CarryOver carried = Agenda.carryOpenQuestions(from.get(), next.get());
        book.saveAll(List.of(carried.from(), carried.to()), saved -> {
            form.load(saved.get(0));
            status.set(ui.messages().get("appointments.carry.done", carried.moved(), describe(saved.get(1))));
        }, e -> status.set(ui.messages().get("checkIn.status.notSaved")));
    }

    public String describe(Appointment a) {
        return formats.line(a, ui.clock().getZone());
    }

    /** The form's appointment as it is in the journal; empty for a new one. */
    private Optional<Appointment> saved() {
        return book.all().stream().filter(a -> a.id() != 0 && a.id() == form.id()).findFirst();
    }

    private Optional<Appointment> validated() {
        Validated<Appointment> result = AppointmentValidator.validate(form.draft(), ui.clock(), saved());
        ui.messages().showProblems(form.errors(), result.problems());
        if (!result.isValid()) {
            status.set(ui.messages().get("checkIn.status.fixErrors", result.problems().size()));
        }
        return result.value();
    }
}
