package org.leiojournal.storage;

import java.util.List;
import org.leiojournal.domain.profile.CareContact;

/** The care team's phone numbers, in the order the user added them. */
public final class CareContactRepository extends Repository {

    CareContactRepository(Database db) {
        super(db);
    }

    public List<CareContact> all() {
        return db.read(c -> Sql.list(c, "SELECT id, name, phone, hours FROM care_contact ORDER BY sort_order, id",
                rs -> new CareContact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))));
    }

    public CareContact add(CareContact contact) {
        return db.inTransaction(c -> {
            long id = Sql.insert(c, "INSERT INTO care_contact (name, phone, hours, sort_order) "
                    + "VALUES (?, ?, ?, (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM care_contact))",
                    contact.name(), contact.phone(), contact.hours());
            return new CareContact(id, contact.name(), contact.phone(), contact.hours());
        });
    }

    public Deleted remove(long id) {
        return Deleted.delete(db, "care_contact", "id = ?", id);
    }
}
