package org.leiojournal.ui.appointment;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.ui.common.BackgroundTasks;

/**
 * What the appointment form's frame would otherwise work out first on the UI thread, worked out on the worker while
 * the screen's first frames are drawn (issue 21): the time zones listed by city (about 600 ids sorted by name) and
 * an appointment's first {@code equals}, which links the record's generated method (its method handles), called by
 * the 30-day list's cells as they are laid out again with the form. Neither touches JavaFX or the journal.
 * A class, not lambdas: each lambda is spun into a class of its own on the UI thread where it is made, the very
 * work this moves off it.
 */
final class FormGroundwork implements Supplier<Object>, Consumer<Object> {

    private final Appointment any;

    private FormGroundwork(Appointment any) {
        this.any = any;
    }

    static void start(BackgroundTasks tasks, List<Appointment> appointments) {
        FormGroundwork work = new FormGroundwork(appointments.isEmpty() ? null : appointments.get(0));
        tasks.run(work, work, work); // done or failed, nothing to do back on the UI thread
    }

    /** On the worker. */
    @Override
    public Object get() {
        AppointmentFormats.zonesByCity();
        // a copy, not the same object: equals then compares every field, as the cells' calls do
        return any != null && any.equals(any.withId(any.id()));
    }

    /**
     * Back on the UI thread, with the result or the failure (the worker has logged it): nothing to do, the work was
     * only to have it done before the form.
     */
    @Override
    public void accept(Object ignored) {
    }
}
