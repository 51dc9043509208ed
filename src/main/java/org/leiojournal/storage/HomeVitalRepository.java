package org.leiojournal.storage;

import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.lab.HomeVital;

/** Home blood pressure and pulse readings. */
public final class HomeVitalRepository {

    private final Database db;

    HomeVitalRepository(Database db) {
        this.db = db;
    }

    /** Every reading, earliest first. */
    public List<HomeVital> all() {
        return db.read(c -> {
            try (var s = c.prepareStatement("SELECT id, measured_at, systolic, diastolic, pulse FROM home_vital "
                    + "ORDER BY measured_at, id"); ResultSet rs = s.executeQuery()) {
                List<HomeVital> readings = new ArrayList<>();
                while (rs.next()) {
                    int pulse = rs.getInt(5);
                    // wasNull() is about the last column read, so it is asked right after the pulse
                    Optional<Integer> beats = rs.wasNull() ? Optional.empty() : Optional.of(pulse);
                    readings.add(new HomeVital(rs.getLong(1), LocalDateTime.parse(rs.getString(2)), rs.getInt(3),
                            rs.getInt(4), beats));
                }
                return readings;
            }
        });
    }

    /** Inserts a new reading (id 0) or replaces a saved one. */
    public HomeVital save(HomeVital reading) {
        return db.inTransaction(c -> {
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
        });
    }

    public Deleted delete(long id) {
        return Deleted.delete(db, "home_vital", "id = ?", id);
    }
}
