package org.leiojournal.ui.appointment;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.storage.AppointmentRepository;
import org.leiojournal.storage.Deleted;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.UiContext;

/**
 * The one way the appointment screens read and write appointments: off the UI thread, and the shared list in
 * {@link AppState} updated after every write, so the upcoming list, the month, the reminders and the follow-up
 * plan all show the same thing. A failed write leaves the list as it was and says so.
 */
public final class AppointmentBook {

    private final UiContext ui;
    private final AppState state;
    private final AppointmentRepository repository;

    public AppointmentBook(AppState state, AppointmentRepository repository, UiContext ui) {
        this.state = state;
        this.repository = repository;
        this.ui = ui;
    }

    public ObservableList<Appointment> all() {
        return state.appointments();
    }

    public void reload() {
        ui.tasks().run(repository::all, state.appointments()::setAll,
                e -> ui.dialogs().showError(ui.messages().get("error.read.title"), ui.messages().get("error.read.body")));
    }

    /** Saves the appointments in one transaction, then re-reads the list and hands back what was saved. */
    public void saveAll(List<Appointment> appointments, Consumer<List<Appointment>> onSaved,
                        Consumer<RuntimeException> onFailed) {
        ui.tasks().run(() -> {
            List<Appointment> saved = repository.saveAll(appointments);
            return new Saved(saved, repository.all());
        }, done -> {
            state.appointments().setAll(done.all());
            onSaved.accept(done.saved());
        }, e -> {
            onFailed.accept(e);
            ui.dialogs().showSaveFailure(e);
        });
    }

    /**
     * Deletes the appointment with its preparation, questions and reminder states; the window's undo bar, saying
     * {@code deletedMessage}, brings them all back.
     */
    public void delete(Appointment appointment, String deletedMessage, Runnable onDeleted) {
        ui.tasks().run(() -> new Removal(repository.delete(appointment.id()), repository.all()), done -> {
            state.appointments().setAll(done.all());
            onDeleted.run();
            state.undo().offer(deletedMessage, () -> ui.tasks().run(() -> {
                done.deleted().restore();
                return repository.all();
            }, state.appointments()::setAll, e -> ui.dialogs().showSaveFailure()));
        }, e -> ui.dialogs().showSaveFailure());
    }

    private record Removal(Deleted deleted, List<Appointment> all) {
    }

    private record Saved(List<Appointment> saved, List<Appointment> all) {
    }
}
