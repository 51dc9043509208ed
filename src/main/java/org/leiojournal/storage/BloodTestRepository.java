package org.leiojournal.storage;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.lab.LabResult;
import org.leiojournal.domain.lab.LevelDirection;
import org.leiojournal.domain.lab.TeamLevel;

/**
 * Blood tests with their values, each kept as the text entered in the unit the lab printed, and the care team's
 * levels, one per measure. A test and its values are saved in one transaction.
 */
public final class BloodTestRepository {

    private final Database db;

    BloodTestRepository(Database db) {
        this.db = db;
    }

    /** Every blood test, earliest draw first. */
    public List<BloodTest> all() {
        return read("", List.of());
    }

    /**
     * The tests drawn on the days from {@code first} to {@code last}, earliest first: a report reads its weeks, not
     * ten years of a journal. (Draw times are stored as ISO text, so text order is time order.)
     */
    public List<BloodTest> between(LocalDate first, LocalDate last) {
        return read(" WHERE drawn_at >= ? AND drawn_at < ?", List.of(first.toString(), last.plusDays(1).toString()));
    }

    private List<BloodTest> read(String where, List<String> bounds) {
        return db.read(c -> {
            Map<Long, List<LabResult>> values = values(c, where, bounds);
            List<BloodTest> tests = new ArrayList<>();
            try (var s = c.prepareStatement("SELECT id, drawn_at, lab FROM blood_test" + where
                    + " ORDER BY drawn_at, id")) {
                bind(s, bounds);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        tests.add(new BloodTest(id, LocalDateTime.parse(rs.getString(2)), rs.getString(3),
                                values.getOrDefault(id, List.of())));
                    }
                }
            }
            return tests;
        });
    }

    private static void bind(PreparedStatement statement, List<String> bounds) throws SQLException {
        for (int i = 0; i < bounds.size(); i++) {
            statement.setString(i + 1, bounds.get(i));
        }
    }

    /** Inserts a new test (id 0) or replaces a saved one and all its values. */
    public BloodTest save(BloodTest test) {
        return db.inTransaction(c -> {
            boolean insert = test.id() == 0;
            long id;
            try (var s = c.prepareStatement(insert
                    ? "INSERT INTO blood_test (drawn_at, lab) VALUES (?, ?)"
                    : "UPDATE blood_test SET drawn_at = ?, lab = ? WHERE id = ?", Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, test.drawnAt().toString());
                s.setString(2, test.lab());
                if (!insert) {
                    s.setLong(3, test.id());
                }
                id = ProcedureRepository.execute(s, insert, test.id());
            }
            try (var s = c.prepareStatement("DELETE FROM blood_test_value WHERE blood_test_id = ?")) {
                s.setLong(1, id);
                s.executeUpdate();
            }
            try (var s = c.prepareStatement("INSERT INTO blood_test_value "
                    + "(blood_test_id, test, value, unit, lab_low, lab_high) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (LabResult r : test.results()) {
                    s.setLong(1, id);
                    s.setString(2, r.testId());
                    s.setString(3, r.value());
                    s.setString(4, r.unit());
                    s.setString(5, r.labLow().map(BigDecimal::toPlainString).orElse(null));
                    s.setString(6, r.labHigh().map(BigDecimal::toPlainString).orElse(null));
                    s.executeUpdate();
                }
            }
            return test.withId(id);
        });
    }

    /** Deletes a test with its values; the result can put them back (undo). */
    public Deleted delete(long id) {
        return Deleted.delete(db, "blood_test", "id = ?", id);
    }

    /** The care team's levels, by measure. */
    public List<TeamLevel> levels() {
        return db.read(c -> {
            try (var s = c.prepareStatement("SELECT measure, direction, value, unit FROM team_level ORDER BY measure");
                 ResultSet rs = s.executeQuery()) {
                List<TeamLevel> levels = new ArrayList<>();
                while (rs.next()) {
                    levels.add(new TeamLevel(rs.getString(1), LevelDirection.valueOf(rs.getString(2)),
                            new BigDecimal(rs.getString(3)), rs.getString(4)));
                }
                return levels;
            }
        });
    }

    public Optional<TeamLevel> level(String measure) {
        return levels().stream().filter(l -> l.measure().equals(measure)).findFirst();
    }

    /** Sets the level of a measure, replacing the one it had (keeping that row's uid). */
    public void setLevel(TeamLevel level) {
        db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO team_level (measure, direction, value, unit) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT (measure) DO UPDATE SET direction = excluded.direction, "
                    + "value = excluded.value, unit = excluded.unit")) {
                s.setString(1, level.measure());
                s.setString(2, level.direction().name());
                s.setString(3, level.value().toPlainString());
                s.setString(4, level.unit());
                s.executeUpdate();
            }
            return null;
        });
    }

    /** Sets or clears several measures' levels together (a level, or empty to clear it), all or none. */
    public void setLevels(Map<String, Optional<TeamLevel>> levels) {
        db.inTransaction(c -> {
            levels.forEach((measure, level) -> level.ifPresentOrElse(this::setLevel, () -> clearLevel(measure)));
            return null;
        });
    }

    /** Removes the level of a measure: the app then says none is set. */
    public void clearLevel(String measure) {
        db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM team_level WHERE measure = ?")) {
                s.setString(1, measure);
                s.executeUpdate();
            }
            return null;
        });
    }

    /** The values of the tests {@code where} picks (a clause on {@code blood_test}), by test id. */
    private static Map<Long, List<LabResult>> values(Connection c, String where, List<String> bounds)
            throws SQLException {
        Map<Long, List<LabResult>> values = new HashMap<>();
        try (var s = c.prepareStatement("SELECT blood_test_id, test, value, unit, lab_low, lab_high "
                + "FROM blood_test_value" + (where.isEmpty() ? ""
                : " WHERE blood_test_id IN (SELECT id FROM blood_test" + where + ")")
                + " ORDER BY blood_test_id, test")) {
            bind(s, bounds);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new LabResult(rs.getString(2),
                            rs.getString(3), rs.getString(4), decimal(rs.getString(5)), decimal(rs.getString(6))));
                }
            }
        }
        return values;
    }

    private static Optional<BigDecimal> decimal(String text) {
        return text == null ? Optional.empty() : Optional.of(new BigDecimal(text));
    }
}
