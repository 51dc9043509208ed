package org.leiojournal.storage;

import java.math.BigDecimal;
import java.sql.ResultSet;
import org.leiojournal.domain.treatment.PriorAnthracycline;

/** The anthracycline total carried over from before this journal, kept on the profile row. */
public final class PriorAnthracyclineRepository {

    private final Database db;

    PriorAnthracyclineRepository(Database db) {
        this.db = db;
    }

    public PriorAnthracycline load() {
        return db.read(c -> {
            try (var s = c.prepareStatement("SELECT prior_anthracycline_mg_m2, prior_anthracycline_note FROM profile "
                    + "WHERE id = 1"); ResultSet rs = s.executeQuery()) {
                return rs.next() ? new PriorAnthracycline(new BigDecimal(rs.getString(1)), rs.getString(2))
                        : PriorAnthracycline.NONE;
            }
        });
    }

    public void save(PriorAnthracycline prior) {
        db.inTransaction(c -> {
            try (var s = c.prepareStatement("UPDATE profile SET prior_anthracycline_mg_m2 = ?, "
                    + "prior_anthracycline_note = ? WHERE id = 1")) {
                s.setString(1, prior.mgPerSquareMetre().toPlainString());
                s.setString(2, prior.note());
                return s.executeUpdate();
            }
        });
    }
}
