package org.leiojournal.ui.appointment;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.storage.AppointmentRepository;
import org.leiojournal.storage.Deleted;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.BackgroundTasks;
import org.leiojournal.ui.common.DialogService;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.UiContext;

/**
 * The one way the appointment screens read and write appointments: off the UI thread, and the shared list in
 * {@link AppState} updated after every write, so the upcoming list, the month, the reminders and the follow-up
 * plan all show the same thing. A failed write leaves the list as it was and says so.
 */
public final class AppointmentBook {

    private final AppState state;
    private final AppointmentRepository repository;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Messages messages;

    public AppointmentBook(AppState state, AppointmentRepository repository, UiContext ui) {
        this.state = state;
        this.repository = repository;
        this.tasks = ui.tasks();
        this.dialogs = ui.dialogs();
        this.messages = ui.messages();
    }

    public ObservableList<Appointment> all() {
        return state.appointments();
    }

    public void reload() {
        tasks.run(repository::all, state.appointments()::setAll,
                e -> dialogs.showError(messages.get("error.read.title"), messages.get("error.read.body")));
    }

    /** Saves the appointments in one transaction, then re-reads the list and hands back what was saved. */
    public void saveAll(List<Appointment> appointments, Consumer<List<Appointment>> onSaved,
                        Consumer<RuntimeException> onFailed) {
        tasks.run(() -> {
            List<Appointment> saved = repository.saveAll(appointments);
            return new Saved(saved, repository.all());
        }, done -> {
            state.appointments().setAll(done.all());
            onSaved.accept(done.saved());
        }, e -> {
            onFailed.accept(e);
            dialogs.showSaveFailure(e);
        });
    }

    /**
     * Deletes the appointment with its preparation, questions and reminder states; the window's undo bar, saying
     * {@code deletedMessage}, brings them all back.
     */
    public void delete(Appointment appointment, String deletedMessage, Runnable onDeleted) {
        tasks.run(() -> new Removal(repository.delete(appointment.id()), repository.all()), done -> {
            state.appointments().setAll(done.all());
            onDeleted.run();
            state.undo().offer(deletedMessage, () -> tasks.run(() -> {
                done.deleted().restore();
                return repository.all();
            }, state.appointments()::setAll, e -> dialogs.showSaveFailure()));
        }, e -> dialogs.showSaveFailure());
    }

    private record Removal(Deleted deleted, List<Appointment> all) {
    }

    private record Saved(List<Appointment> saved, List<Appointment> all) {
    }
}
