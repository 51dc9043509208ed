package org.leiojournal.storage;

import java.math.BigDecimal;
import org.leiojournal.domain.treatment.PriorAnthracycline;

/** The anthracycline total carried over from before this journal, kept on the profile row. */
public final class PriorAnthracyclineRepository extends Repository {

    PriorAnthracyclineRepository(Database db) {
        super(db);
    }

    public PriorAnthracycline load() {
        return db.read(c -> Sql.first(c, "SELECT prior_anthracycline_mg_m2, prior_anthracycline_note FROM profile "
                + "WHERE id = 1", rs -> new PriorAnthracycline(new BigDecimal(rs.getString(1)), rs.getString(2))))
                .orElse(PriorAnthracycline.NONE);
    }

    public void save(PriorAnthracycline prior) {
        db.inTransaction(c -> Sql.update(c, "UPDATE profile SET prior_anthracycline_mg_m2 = ?, "
                + "prior_anthracycline_note = ? WHERE id = 1", prior.mgPerSquareMetre().toPlainString(), prior.note()));
    }
}
