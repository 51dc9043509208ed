package org.leiojournal.storage;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What an import did: per table (in {@link JournalTables} order) how many rows were added and how many the journal
 * already had, and, for a replace, where the copy of the journal as it was before is kept.
 */
public record ImportResult(ImportMode mode, Map<String, Count> tables, Optional<Path> backup) {

    public record Count(int added, int alreadyThere) {
    }

    public ImportResult {
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }

    public int added() {
        return tables.values().stream().mapToInt(Count::added).sum();
    }

    public int alreadyThere() {
        return tables.values().stream().mapToInt(Count::alreadyThere).sum();
    }

    public Count of(String table) {
        return tables.getOrDefault(table, new Count(0, 0));
    }
}
