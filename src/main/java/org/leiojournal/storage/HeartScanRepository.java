package org.leiojournal.storage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.leiojournal.domain.treatment.HeartScan;
import org.leiojournal.domain.treatment.HeartScanKind;

/** Echo and MUGA results. The LVEF is stored as the text of its decimal, so 58.5 stays 58.5. */
public final class HeartScanRepository extends Repository {

    private static final List<String> COLUMNS = List.of("day", "kind", "lvef", "note");

    HeartScanRepository(Database db) {
        super(db);
    }

    /** Every scan, latest first. */
    public List<HeartScan> all() {
        return db.read(c -> Sql.list(c, "SELECT id, day, kind, lvef, note FROM heart_scan ORDER BY day DESC, id DESC",
                rs -> new HeartScan(rs.getLong(1), LocalDate.parse(rs.getString(2)),
                        HeartScanKind.valueOf(rs.getString(3)), new BigDecimal(rs.getString(4)), rs.getString(5))));
    }

    /** Inserts a new scan (id 0) or replaces a saved one. */
    public HeartScan save(HeartScan scan) {
        return db.inTransaction(c -> scan.withId(Sql.save(c, "heart_scan", COLUMNS, scan.id(),
                scan.date().toString(), scan.kind().name(), scan.lvefPercent().toPlainString(), scan.note())));
    }

    public Deleted delete(long id) {
        return Deleted.delete(db, "heart_scan", "id = ?", id);
    }
}
