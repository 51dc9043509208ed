package org.leiojournal.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Writes into a journal left at an older schema version with plain SQL, as that version's app did: today's
 * repositories write today's schema, so they cannot stand in for an old app.
 */
final class OldJournal {

    private OldJournal() {
    }

    static void execute(Path folder, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:"
                + folder.resolve(JournalStore.FILE_NAME).toAbsolutePath()); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
