package org.leiojournal.storage;

import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Brings a journal up to the schema this app knows. Each migration runs in one transaction together with its
 * {@code PRAGMA user_version}, so a crash leaves the file at the old or the new version, never between. A journal
 * that already holds a schema is first copied into the backups folder.
 */
final class Migrator {

    private static final Logger LOG = Logger.getLogger(Migrator.class.getName());

    private final List<Migration> migrations;
    private final Clock clock;

    Migrator(List<Migration> migrations, Clock clock) {
        this.migrations = List.copyOf(migrations);
        this.clock = clock;
    }

    int latestVersion() {
        return migrations.size();
    }

    /** Refuses a newer journal before anything is written to it. */
    void checkNotNewer(Database db) throws NewerJournalException {
        int found = db.userVersion();
        if (found < 0) {
            // only damage writes a negative version into the file's header (found by the file fuzzer)
            throw new StorageException("The journal file is damaged (schema version " + found + ")", null);
        }
        if (found > latestVersion()) {
            throw new NewerJournalException(found, latestVersion());
        }
    }

    void migrate(Database db, Backups backups) {
        int from = db.userVersion();
        if (from == latestVersion()) {
            return;
        }
        if (from > 0) {
            backups.backUp(Backups.beforeMigrationTo(from + 1));
        }
        for (Migration migration : migrations.subList(from, migrations.size())) {
            db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    for (String statement : migration.statements()) {
                        s.execute(statement);
                    }
                    s.execute("PRAGMA user_version = " + migration.version());
                }
                return null;
            });
            LOG.info(() -> "Journal schema migrated to version " + migration.version());
        }
    }
}
