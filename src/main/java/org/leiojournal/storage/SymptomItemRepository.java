package org.leiojournal.storage;

import java.util.List;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.SymptomItem;

/** The items the journal asks about: the ESAS-r ten, then the user's own, in their order. */
public final class SymptomItemRepository extends Repository {

    SymptomItemRepository(Database db) {
        super(db);
    }

    /** Every item, retired ones included, so that history can be shown. */
    public List<SymptomItem> all() {
        return db.read(c -> Sql.list(c,
                "SELECT id, code, name, kind, retired, sort_order FROM symptom_item ORDER BY sort_order, id",
                rs -> new SymptomItem(rs.getLong(1), rs.getString(2), rs.getString(3),
                        ItemKind.valueOf(rs.getString(4)), rs.getInt(5) == 1, rs.getInt(6))));
    }

    public SymptomItem add(String name, ItemKind kind) {
        SymptomItem draft = SymptomItem.custom(name, kind);
        return db.inTransaction(c -> {
            int order = Sql.first(c, "SELECT COALESCE(MAX(sort_order), 0) + 10 FROM symptom_item", rs -> rs.getInt(1))
                    .orElse(10);
            long id = Sql.insert(c, "INSERT INTO symptom_item (code, name, kind, sort_order) VALUES (NULL, ?, ?, ?)",
                    draft.name(), kind.name(), order);
            return new SymptomItem(id, null, draft.name(), kind, false, order);
        });
    }

    public void update(SymptomItem item) {
        db.inTransaction(c -> Sql.update(c, "UPDATE symptom_item SET name = ?, retired = ? WHERE id = ?",
                item.name(), item.retired(), item.id()));
    }
}
