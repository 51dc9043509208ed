package org.leiojournal.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.treatment.Radiotherapy;
import org.leiojournal.domain.treatment.Surgery;

/** Operations and radiotherapy courses, done or planned. Each save or delete is one transaction. */
public final class ProcedureRepository {

    private final Database db;

    ProcedureRepository(Database db) {
        this.db = db;
    }

    /** Every operation, latest date first. */
    public List<Surgery> surgeries() {
        return db.read(c -> {
            try (var s = c.prepareStatement(
                    "SELECT id, day, procedure, site, note FROM surgery ORDER BY day DESC, id DESC");
                 ResultSet rs = s.executeQuery()) {
                List<Surgery> surgeries = new ArrayList<>();
                while (rs.next()) {
                    surgeries.add(new Surgery(rs.getLong(1), LocalDate.parse(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5)));
                }
                return surgeries;
            }
        });
    }

    /** Inserts a new operation (id 0) or replaces a saved one. */
    public Surgery save(Surgery surgery) {
        return db.inTransaction(c -> {
            boolean insert = surgery.id() == 0;
            try (var s = c.prepareStatement(insert
                    ? "INSERT INTO surgery (day, procedure, site, note) VALUES (?, ?, ?, ?)"
                    : "UPDATE surgery SET day = ?, procedure = ?, site = ?, note = ? WHERE id = ?",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, surgery.date().toString());
                s.setString(2, surgery.procedure());
                s.setString(3, surgery.site());
                s.setString(4, surgery.note());
                if (!insert) {
                    s.setLong(5, surgery.id());
                }
                return surgery.withId(execute(s, insert, surgery.id()));
            }
        });
    }

    public Deleted deleteSurgery(long id) {
        return Deleted.delete(db, "surgery", "id = ?", id);
    }

    /** Every radiotherapy course, latest start first. */
    public List<Radiotherapy> radiotherapyCourses() {
        return db.read(c -> {
            try (var s = c.prepareStatement("SELECT id, start_date, end_date, fractions, site, technique, chest, note "
                    + "FROM radiotherapy ORDER BY start_date DESC, id DESC"); ResultSet rs = s.executeQuery()) {
                List<Radiotherapy> courses = new ArrayList<>();
                while (rs.next()) {
                    int count = rs.getInt(4);
                    Optional<Integer> fractions = rs.wasNull() ? Optional.empty() : Optional.of(count);
                    courses.add(new Radiotherapy(rs.getLong(1), LocalDate.parse(rs.getString(2)),
                            LocalDate.parse(rs.getString(3)), fractions,
                            rs.getString(5), rs.getString(6), rs.getInt(7) == 1, rs.getString(8)));
                }
                return courses;
            }
        });
    }

    /** Inserts a new course (id 0) or replaces a saved one. */
    public Radiotherapy save(Radiotherapy course) {
        return db.inTransaction(c -> {
            boolean insert = course.id() == 0;
            try (var s = c.prepareStatement(insert
                    ? "INSERT INTO radiotherapy (start_date, end_date, fractions, site, technique, chest, note) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)"
                    : "UPDATE radiotherapy SET start_date = ?, end_date = ?, fractions = ?, site = ?, technique = ?, "
                            + "chest = ?, note = ? WHERE id = ?", Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, course.start().toString());
                s.setString(2, course.end().toString());
                if (course.fractions().isPresent()) {
                    s.setInt(3, course.fractions().get());
                } else {
                    s.setNull(3, Types.INTEGER);
                }
                s.setString(4, course.site());
                s.setString(5, course.technique());
                s.setInt(6, course.chestOrMediastinal() ? 1 : 0);
                s.setString(7, course.note());
                if (!insert) {
                    s.setLong(8, course.id());
                }
                return course.withId(execute(s, insert, course.id()));
            }
        });
    }

    public Deleted deleteRadiotherapy(long id) {
        return Deleted.delete(db, "radiotherapy", "id = ?", id);
    }

    /** Runs an insert or update and returns the row's id; an update of a row that is gone is an error. */
    static long execute(PreparedStatement s, boolean insert, long id) throws SQLException {
        int rows = s.executeUpdate();
        if (insert) {
            return SymptomItemRepository.generatedId(s);
        }
        if (rows != 1) {
            throw new SQLException("row " + id + " no longer exists");
        }
        return id;
    }
}
