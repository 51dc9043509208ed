package org.leiojournal.storage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every row of every table of a journal, by table: two snapshots are equal when nothing was lost or added. */
public final class JournalSnapshot {

    private JournalSnapshot() {
    }

    public static Map<String, List<JournalRow>> of(JournalStore store) {
        JournalRows rows = store.rows();
        Map<String, List<JournalRow>> tables = new LinkedHashMap<>();
        for (JournalTable table : JournalTables.all()) {
            tables.put(table.name(), rows.of(table));
        }
        return tables;
    }
}
