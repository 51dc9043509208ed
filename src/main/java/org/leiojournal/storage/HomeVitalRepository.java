package org.leiojournal.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.lab.HomeVital;

/**
 * Home blood pressure and pulse readings. A reading typed on a check-in is kept at the check-in's own wall-clock
 * time, which is how the check-in finds it again (no link column: the schema and export files stay as they are).
 */
public final class HomeVitalRepository extends Repository {

    private static final String COLUMNS = "id, measured_at, systolic, diastolic, pulse";

    HomeVitalRepository(Database db) {
        super(db);
    }

    /** Every reading, earliest first. */
    public List<HomeVital> all() {
        return db.read(c -> query(c, "1 = 1"));
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
                Sql.update(c, "DELETE FROM home_vital WHERE id = ?", kept.get().id());
            }
            return Optional.empty();
        }
        HomeVital r = reading.get();
        return Optional.of(write(c, new HomeVital(kept.map(HomeVital::id).orElse(0L), at, r.systolic(), r.diastolic(),
                r.pulse())));
    }

    private static List<HomeVital> query(Connection c, String where, Object... arguments) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM home_vital WHERE " + where + " ORDER BY measured_at, id",
                rs -> new HomeVital(rs.getLong(1), LocalDateTime.parse(rs.getString(2)), rs.getInt(3), rs.getInt(4),
                        Sql.optionalInt(rs, 5)), arguments);
    }

    private static HomeVital write(Connection c, HomeVital reading) throws SQLException {
        return reading.withId(Sql.save(c, "home_vital", List.of("measured_at", "systolic", "diastolic", "pulse"),
                reading.id(), reading.measuredAt().toString(), reading.systolic(), reading.diastolic(),
                reading.pulse().orElse(null)));
    }
}
