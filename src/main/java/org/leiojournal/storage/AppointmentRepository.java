package org.leiojournal.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
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
public final class AppointmentRepository {

    private static final String COLUMNS = "id, kind, title, start_local, end_local, zone, place, clinician, status, "
            + "result";

    private final Database db;

    AppointmentRepository(Database db) {
        this.db = db;
    }

    /** Every appointment, earliest first. Hundreds over ten years: small enough to read whole. */
    public List<Appointment> all() {
        return db.read(c -> {
            Map<Long, List<PreparationStep>> steps = steps(c);
            Map<Long, List<Question>> questions = questions(c);
            List<Appointment> appointments = new ArrayList<>();
            try (var s = c.prepareStatement("SELECT " + COLUMNS + " FROM appointment ORDER BY start_utc, id");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    appointments.add(read(rs, steps.getOrDefault(id, List.of()),
                            questions.getOrDefault(id, List.of())));
                }
            }
            return appointments;
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
        boolean insert = a.id() == 0;
        long id;
        try (var s = c.prepareStatement(insert
                ? "INSERT INTO appointment (kind, title, start_local, end_local, zone, start_utc, place, clinician, "
                  + "status, result) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                : "UPDATE appointment SET kind = ?, title = ?, start_local = ?, end_local = ?, zone = ?, "
                  + "start_utc = ?, place = ?, clinician = ?, status = ?, result = ? WHERE id = ?",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, a.kind().name());
            s.setString(2, a.title());
            s.setString(3, a.start().toString());
            if (a.end().isPresent()) {
                s.setString(4, a.end().get().toString());
            } else {
                s.setNull(4, Types.VARCHAR);
            }
            s.setString(5, a.zone().getId());
            s.setString(6, Moments.instant(a.startMoment()));
            s.setString(7, a.place());
            s.setString(8, a.clinician());
            s.setString(9, a.status().name());
            s.setString(10, a.result());
            if (!insert) {
                s.setLong(11, a.id());
            }
            id = ProcedureRepository.execute(s, insert, a.id());
        }
        replaceChildren(c, id, a);
        return a.withId(id);
    }

    private static void replaceChildren(Connection c, long id, Appointment a) throws SQLException {
        for (String table : List.of("appointment_preparation", "appointment_question")) {
            try (var s = c.prepareStatement("DELETE FROM " + table + " WHERE appointment_id = ?")) {
                s.setLong(1, id);
                s.executeUpdate();
            }
        }
        try (var s = c.prepareStatement("INSERT INTO appointment_preparation (appointment_id, position, text, "
                + "remind_minutes) VALUES (?, ?, ?, ?)")) {
            int position = 0;
            for (PreparationStep step : a.preparation()) {
                s.setLong(1, id);
                s.setInt(2, position++);
                s.setString(3, step.text());
                if (step.remindBefore().isPresent()) {
                    s.setLong(4, step.remindBefore().get().toMinutes());
                } else {
                    s.setNull(4, Types.INTEGER);
                }
                s.addBatch();
            }
            s.executeBatch();
        }
        try (var s = c.prepareStatement("INSERT INTO appointment_question (appointment_id, position, text, state, "
                + "answer) VALUES (?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Question q : a.questions()) {
                s.setLong(1, id);
                s.setInt(2, position++);
                s.setString(3, q.text());
                s.setString(4, q.state().name());
                s.setString(5, q.answer());
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
        Map<Long, List<PreparationStep>> steps = new HashMap<>();
        try (var s = c.prepareStatement("SELECT appointment_id, text, remind_minutes FROM appointment_preparation "
                + "ORDER BY appointment_id, position");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long minutes = rs.getLong(3);
                Optional<Duration> before = rs.wasNull() ? Optional.empty() : Optional.of(Duration.ofMinutes(minutes));
                steps.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new PreparationStep(rs.getString(2), before));
            }
        }
        return steps;
    }

    private static Map<Long, List<Question>> questions(Connection c) throws SQLException {
        Map<Long, List<Question>> questions = new HashMap<>();
        try (var s = c.prepareStatement("SELECT appointment_id, text, state, answer FROM appointment_question "
                + "ORDER BY appointment_id, position");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                questions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Question(rs.getString(2), QuestionState.valueOf(rs.getString(3)), rs.getString(4)));
            }
        }
        return questions;
    }
}
