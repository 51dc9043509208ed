package org.leiojournal.storage;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.leiojournal.domain.treatment.HeartScan;
import org.leiojournal.domain.treatment.HeartScanKind;

/** Echo and MUGA results. The LVEF is stored as the text of its decimal, so 58.5 stays 58.5. */
public final class HeartScanRepository {

    private final Database db;

    HeartScanRepository(Database db) {
        this.db = db;
    }

    /** Every scan, latest first. */
    public List<HeartScan> all() {
        return db.read(c -> {
            try (var s = c.prepareStatement(
                    "SELECT id, day, kind, lvef, note FROM heart_scan ORDER BY day DESC, id DESC");
                 ResultSet rs = s.executeQuery()) {
                List<HeartScan> scans = new ArrayList<>();
                while (rs.next()) {
                    scans.add(new HeartScan(rs.getLong(1), LocalDate.parse(rs.getString(2)),
                            HeartScanKind.valueOf(rs.getString(3)), new BigDecimal(rs.getString(4)), rs.getString(5)));
                }
                return scans;
            }
        });
    }

    /** Inserts a new scan (id 0) or replaces a saved one. */
    public HeartScan save(HeartScan scan) {
        return db.inTransaction(c -> {
            boolean insert = scan.id() == 0;
            try (var s = c.prepareStatement(insert
                    ? "INSERT INTO heart_scan (day, kind, lvef, note) VALUES (?, ?, ?, ?)"
                    : "UPDATE heart_scan SET day = ?, kind = ?, lvef = ?, note = ? WHERE id = ?",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, scan.date().toString());
                s.setString(2, scan.kind().name());
                s.setString(3, scan.lvefPercent().toPlainString());
                s.setString(4, scan.note());
                if (!insert) {
                    s.setLong(5, scan.id());
                }
                return scan.withId(ProcedureRepository.execute(s, insert, scan.id()));
            }
        });
    }

    public Deleted delete(long id) {
        return Deleted.delete(db, "heart_scan", "id = ?", id);
    }
}
