package org.leiojournal.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.SymptomItem;

/** The items the journal asks about: the ESAS-r ten, then the user's own, in their order. */
public final class SymptomItemRepository {

    private final Database db;

    SymptomItemRepository(Database db) {
        this.db = db;
    }

    /** Every item, retired ones included, so that history can be shown. */
    public List<SymptomItem> all() {
        return db.read(c -> {
            try (var s = c.prepareStatement(
                    "SELECT id, code, name, kind, retired, sort_order FROM symptom_item ORDER BY sort_order, id");
                 ResultSet rs = s.executeQuery()) {
                List<SymptomItem> items = new ArrayList<>();
                while (rs.next()) {
                    items.add(new SymptomItem(rs.getLong(1), rs.getString(2), rs.getString(3),
                            ItemKind.valueOf(rs.getString(4)), rs.getInt(5) == 1, rs.getInt(6)));
                }
                return items;
            }
        });
    }

    public SymptomItem add(String name, ItemKind kind) {
        SymptomItem draft = SymptomItem.custom(name, kind);
        return db.inTransaction(c -> {
            int order;
            try (var s = c.prepareStatement("SELECT COALESCE(MAX(sort_order), 0) + 10 FROM symptom_item");
                 ResultSet rs = s.executeQuery()) {
                order = rs.next() ? rs.getInt(1) : 10;
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO symptom_item (code, name, kind, sort_order) VALUES (NULL, ?, ?, ?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, draft.name());
                s.setString(2, kind.name());
                s.setInt(3, order);
                s.executeUpdate();
                return new SymptomItem(generatedId(s), null, draft.name(), kind, false, order);
            }
        });
    }

    public void update(SymptomItem item) {
        db.inTransaction(c -> {
            try (var s = c.prepareStatement("UPDATE symptom_item SET name = ?, retired = ? WHERE id = ?")) {
                s.setString(1, item.name());
                s.setInt(2, item.retired() ? 1 : 0);
                s.setLong(3, item.id());
                s.executeUpdate();
            }
            return null;
        });
    }

    static long generatedId(PreparedStatement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no id generated");
            }
            return keys.getLong(1);
        }
    }
}
