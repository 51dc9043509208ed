package org.leiojournal.storage;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.leiojournal.domain.profile.CareContact;

/** The care team's phone numbers, in the order the user added them. */
public final class CareContactRepository {

    private final Database db;

    CareContactRepository(Database db) {
        this.db = db;
    }

    public List<CareContact> all() {
        return db.read(c -> {
            try (var s = c.prepareStatement("SELECT id, name, phone, hours FROM care_contact ORDER BY sort_order, id");
                 ResultSet rs = s.executeQuery()) {
                List<CareContact> contacts = new ArrayList<>();
                while (rs.next()) {
                    contacts.add(new CareContact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
                return contacts;
            }
        });
    }

    public CareContact add(CareContact contact) {
        return db.inTransaction(c -> {
            try (var s = c.prepareStatement("INSERT INTO care_contact (name, phone, hours, sort_order) "
                    + "VALUES (?, ?, ?, (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM care_contact))",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, contact.name());
                s.setString(2, contact.phone());
                s.setString(3, contact.hours());
                s.executeUpdate();
                return new CareContact(SymptomItemRepository.generatedId(s), contact.name(), contact.phone(),
                        contact.hours());
            }
        });
    }

    public Deleted remove(long id) {
        return Deleted.delete(db, "care_contact", "id = ?", id);
    }
}
