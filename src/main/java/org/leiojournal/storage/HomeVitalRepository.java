package org.leiojournal.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.lab.HomeVital;

/**
 * Home blood pressure and pulse readings. A reading typed on a check-in is kept at the check-in's own wall-clock
 * time, which is how the check-in finds it again (no link column: the schema and export files stay as they are).
 */
public final class HomeVitalRepository {

    private static final String COLUMNS = "id, measured_at, systolic, diastolic, pulse";

    private final Database db;

    HomeVitalRepository(Database db) {
        this.db = db;
    }

    /** Every reading, earliest first. */
    public List<HomeVital> all() {
        return db.read(c -> query(c, "1 = 1", null));
    }

    /** The reading taken at exactly this wall-clock time (a check-in's), if any. */
    public Optional<HomeVital> at(LocalDateTime time) {
        return db.read(c -> query(c, "datetime(measured_at) = datetime(?)", time.toString()).stream().findFirst());
    }

    /** Inserts a new reading (id 0) or replaces a saved one. */
    public HomeVital save(HomeVital reading) {
        return db.inTransaction(c -> write(c, reading));
    }

    public Deleted delete(long id) {
        return Deleted.delete(db, "home_vital", "id = ?", id);
    }

    /**
     * Inside a check-in's save: the reading kept at the check-in's time {@code before} (its time before an edit;
     * null for a new one) moves to {@code at} and takes the typed numbers, keeping its row and uid; with no
     * reading typed it is removed. A new reading is added at {@code at}.
     */
    static Optional<HomeVital> attach(Connection c, LocalDateTime before, LocalDateTime at,
                                      Optional<HomeVital> reading) throws SQLException {
        Optional<HomeVital> kept = query(c, "datetime(measured_at) = datetime(?)", (before != null ? before : at).toString()).stream()
                .findFirst();
        if (reading.isEmpty()) {
            if (kept.isPresent()) {
                try (var s = c.prepareStatement("DELETE FROM home_vital WHERE id = ?")) {
                    s.setLong(1, kept.get().id());
                    s.executeUpdate();
                }
            }
            return Optional.empty();
        }
        HomeVital r = reading.get();
        return Optional.of(write(c, new HomeVital(kept.map(HomeVital::id).orElse(0L), at, r.systolic(), r.diastolic(),
                r.pulse())));
    }

    private static List<HomeVital> query(Connection c, String where, String argument) throws SQLException {
        try (var s = c.prepareStatement("SELECT " + COLUMNS + " FROM home_vital WHERE " + where
                + " ORDER BY measured_at, id")) {
            if (argument != null) {
                s.setString(1, argument);
            }
            try (ResultSet rs = s.executeQuery()) {
                List<HomeVital> readings = new ArrayList<>();
                while (rs.next()) {
                    int pulse = rs.getInt(5);
                    // wasNull must follow the pulse's read directly: any later getInt would answer for its column
                    Optional<Integer> beats = rs.wasNull() ? Optional.empty() : Optional.of(pulse);
                    readings.add(new HomeVital(rs.getLong(1), LocalDateTime.parse(rs.getString(2)), rs.getInt(3),
                            rs.getInt(4), beats));
                }
                return readings;
            }
        }
    }

    private static HomeVital write(Connection c, HomeVital reading) throws SQLException {
        boolean insert = reading.id() == 0;
        try (var s = c.prepareStatement(insert
                ? "INSERT INTO home_vital (measured_at, systolic, diastolic, pulse) VALUES (?, ?, ?, ?)"
                : "UPDATE home_vital SET measured_at = ?, systolic = ?, diastolic = ?, pulse = ? WHERE id = ?",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, reading.measuredAt().toString());
            s.setInt(2, reading.systolic());
            s.setInt(3, reading.diastolic());
            if (reading.pulse().isPresent()) {
                s.setInt(4, reading.pulse().get());
            } else {
                s.setNull(4, Types.INTEGER);
            }
            if (!insert) {
                s.setLong(5, reading.id());
            }
            return reading.withId(ProcedureRepository.execute(s, insert, reading.id()));
        }
    }
}
