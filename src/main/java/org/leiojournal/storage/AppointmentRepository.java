package org.leiojournal.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.domain.appointment.PreparationStep;
import org.leiojournal.domain.appointment.Question;
import org.leiojournal.domain.appointment.QuestionState;

/** Appointments with their preparation steps and questions. Saving one replaces its steps and questions whole. */
public final class AppointmentRepository extends Repository {

    private static final String COLUMNS = "id, kind, title, start_local, end_local, zone, place, clinician, status, "
            + "result";

    /** What a save writes: the columns read back, and the UTC start that orders them. */
    private static final List<String> WRITTEN_COLUMNS = List.of("kind", "title", "start_local", "end_local", "zone",
            "start_utc", "place", "clinician", "status", "result");

    AppointmentRepository(Database db) {
        super(db);
    }

    /** Every appointment, earliest first. Hundreds over ten years: small enough to read whole. */
    public List<Appointment> all() {
        return db.read(c -> {
            Map<Long, List<PreparationStep>> steps = steps(c);
            Map<Long, List<Question>> questions = questions(c);
            return Sql.list(c, "SELECT " + COLUMNS + " FROM appointment ORDER BY start_utc, id", rs -> read(rs,
                    steps.getOrDefault(rs.getLong(1), List.of()), questions.getOrDefault(rs.getLong(1), List.of())));
        });
    }

    /** Inserts a new appointment (id 0) or replaces a saved one; returns it with its id. */
    public Appointment save(Appointment appointment) {
        return db.inTransaction(c -> write(c, appointment));
    }

    /** Saves several appointments in one transaction: all of them or none (a carry-over, a follow-up plan). */
    public List<Appointment> saveAll(List<Appointment> appointments) {
        return db.inTransaction(c -> {
            List<Appointment> saved = new ArrayList<>();
            for (Appointment a : appointments) {
                saved.add(write(c, a));
            }
            return saved;
        });
    }

    /** Deletes the appointment with its preparation, questions and reminder states; the result undoes it. */
    public Deleted delete(long id) {
        return Deleted.delete(db, "appointment", "id = ?", id);
    }

    private static Appointment write(Connection c, Appointment a) throws SQLException {
        long id = Sql.save(c, "appointment", WRITTEN_COLUMNS, a.id(), a.kind().name(), a.title(),
                a.start().toString(), a.end().map(LocalDateTime::toString).orElse(null), a.zone().getId(),
                Moments.instant(a.startMoment()), a.place(), a.clinician(), a.status().name(), a.result());
        replaceChildren(c, id, a);
        return a.withId(id);
    }

    private static void replaceChildren(Connection c, long id, Appointment a) throws SQLException {
        for (String table : List.of("appointment_preparation", "appointment_question")) {
            Sql.update(c, "DELETE FROM " + table + " WHERE appointment_id = ?", id);
        }
        try (var s = c.prepareStatement("INSERT INTO appointment_preparation (appointment_id, position, text, "
                + "remind_minutes) VALUES (?, ?, ?, ?)")) {
            int position = 0;
            for (PreparationStep step : a.preparation()) {
                Sql.bind(s, id, position++, step.text(), step.remindBefore().map(Duration::toMinutes).orElse(null));
                s.addBatch();
            }
            s.executeBatch();
        }
        try (var s = c.prepareStatement("INSERT INTO appointment_question (appointment_id, position, text, state, "
                + "answer) VALUES (?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Question q : a.questions()) {
                Sql.bind(s, id, position++, q.text(), q.state().name(), q.answer());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static Appointment read(ResultSet rs, List<PreparationStep> steps, List<Question> questions)
            throws SQLException {
        String end = rs.getString(5);
        return new Appointment(rs.getLong(1), AppointmentKind.valueOf(rs.getString(2)), rs.getString(3),
                LocalDateTime.parse(rs.getString(4)), Optional.ofNullable(end).map(LocalDateTime::parse),
                ZoneId.of(rs.getString(6)), rs.getString(7), rs.getString(8), steps, questions,
                AppointmentStatus.valueOf(rs.getString(9)), rs.getString(10));
    }

    private static Map<Long, List<PreparationStep>> steps(Connection c) throws SQLException {
        return Sql.byParent(c, "SELECT appointment_id, text, remind_minutes FROM appointment_preparation "
                + "ORDER BY appointment_id, position", rs -> new PreparationStep(rs.getString(2),
                Sql.optionalLong(rs, 3).map(Duration::ofMinutes)));
    }

    private static Map<Long, List<Question>> questions(Connection c) throws SQLException {
        return Sql.byParent(c, "SELECT appointment_id, text, state, answer FROM appointment_question "
                + "ORDER BY appointment_id, position",
                rs -> new Question(rs.getString(2), QuestionState.valueOf(rs.getString(3)), rs.getString(4)));
    }
}
