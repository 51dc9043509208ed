package org.leiojournal.ui.appointment;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.Reminder;
import org.leiojournal.domain.appointment.Reminders;
import org.leiojournal.storage.ReminderStateRepository;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.UiContext;

/**
 * The reminders due now, and what the user does with them. Each check reads the reminder states off the UI thread
 * and works out what is due from the shared appointment list, so an appointment saved, moved or cancelled is
 * reflected at the next check. A reminder is "new" the first time a check finds it due; it is new again only after
 * it stopped being due (put off, then due again).
 */
public final class RemindersViewModel {

    private final UiContext ui;
    private final AppState state;
    private final ReminderStateRepository repository;
    private final ObservableList<Reminder> due = FXCollections.observableArrayList();
    private final ObservableList<Reminder> dueView = FXCollections.unmodifiableObservableList(due);
    private final Set<String> seen = new HashSet<>();

    public RemindersViewModel(AppState state, ReminderStateRepository repository, UiContext ui) {
        this.state = state;
        this.repository = repository;
        this.ui = ui;
    }

    /** The reminders due at the last check, in {@link Reminders}' order, less those done or put off since. */
    public ObservableList<Reminder> due() {
        return dueView;
    }

    /** The appointments reminders are worked out from; a change is a reason to check again. */
    public ObservableList<Appointment> appointments() {
        return state.appointments();
    }

    /**
     * Works out what is due now and hands the reminders not seen due before to {@code onNew}. A failed read is
     * only logged: a check runs every minute, and a dialog every minute would help no one.
     */
    public void check(Consumer<List<Reminder>> onNew) {
        ui.tasks().run(repository::all, states -> {
            List<Reminder> now = Reminders.due(state.appointments(), states, ZonedDateTime.now(ui.clock()));
            if (!due.equals(now)) {
                due.setAll(now); // a list on screen redraws only when something changed
            }
            seen.retainAll(now.stream().map(Reminder::id).toList());
            onNew.accept(now.stream().filter(r -> seen.add(r.id())).toList());
        }, e -> { });
    }

    public void done(Reminder reminder) {
        ui.tasks().run(() -> {
            repository.markDone(reminder.appointmentId(), reminder.key());
            return reminder;
        }, this::remove, e -> ui.dialogs().showSaveFailure());
    }

    /** Puts the reminder off for {@link Reminders#LATER}; it comes back at the first check after that. */
    public void later(Reminder reminder) {
        Instant until = ui.clock().instant().plus(Reminders.LATER);
        ui.tasks().run(() -> {
            repository.snooze(reminder.appointmentId(), reminder.key(), until);
            return reminder;
        }, this::remove, e -> ui.dialogs().showSaveFailure());
    }

    private void remove(Reminder reminder) {
        due.removeIf(r -> r.id().equals(reminder.id()));
    }
}
