package org.leiojournal.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.appointment.ReminderState;

/**
 * What the user did with each appointment reminder: done, or put off until a moment. Deleting an appointment
 * deletes its states (the foreign key cascades); keys of an appointment's old times stay, unused and small.
 */
public final class ReminderStateRepository extends Repository {

    ReminderStateRepository(Database db) {
        super(db);
    }

    public List<ReminderState> all() {
        return db.read(c -> Sql.list(c, "SELECT appointment_id, reminder, done, snoozed_until FROM reminder_state "
                + "ORDER BY appointment_id, reminder", rs -> new ReminderState(rs.getLong(1), rs.getString(2),
                rs.getInt(3) == 1, Optional.ofNullable(rs.getString(4)).map(Instant::parse))));
    }

    /** Done for good: a later "remind me later" on the same reminder cannot bring it back. */
    public void markDone(long appointmentId, String key) {
        db.inTransaction(c -> Sql.update(c, "INSERT INTO reminder_state (appointment_id, reminder, done) "
                + "VALUES (?, ?, 1) ON CONFLICT (appointment_id, reminder) "
                + "DO UPDATE SET done = 1, snoozed_until = NULL", appointmentId, key));
    }

    /** Not due again before {@code until} (kept to the whole second, like every stored moment). */
    public void snooze(long appointmentId, String key, Instant until) {
        db.inTransaction(c -> Sql.update(c, "INSERT INTO reminder_state (appointment_id, reminder, snoozed_until) "
                + "VALUES (?, ?, ?) ON CONFLICT (appointment_id, reminder) "
                + "DO UPDATE SET snoozed_until = excluded.snoozed_until WHERE reminder_state.done = 0",
                appointmentId, key, Moments.instant(until)));
    }
}
