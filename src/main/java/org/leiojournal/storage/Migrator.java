package org.leiojournal.storage;

import org.leiojournal.platform.FilePermissions;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Logger;

/**
 * Brings a journal up to the schema this app knows. Each migration runs in one transaction together with its
 * {@code PRAGMA user_version}, so a crash leaves the file at the old or the new version, never between. A journal
 * that already holds a schema is first copied into the backups folder.
 */
final class Migrator {

    private static final Logger LOG = Logger.getLogger(Migrator.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

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
        if (found > latestVersion()) {
            throw new NewerJournalException(found, latestVersion());
        }
    }

    void migrate(Database db, Path backupFolder) {
        int from = db.userVersion();
        if (from == latestVersion()) {
            return;
        }
        if (from > 0) {
            copyBeforeMigration(db, backupFolder, from);
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

    private void copyBeforeMigration(Database db, Path backupFolder, int from) {
        try {
            FilePermissions.createPrivateDirectory(backupFolder);
            Path copy = backupFolder.resolve("journal-before-v" + (from + 1) + "-" + STAMP.format(clock.instant())
                    + ".sqlite");
            db.copyTo(copy);
            FilePermissions.makePrivate(copy);
            LOG.info(() -> "Copied the journal before migrating from version " + from);
        } catch (java.io.IOException e) {
            throw new StorageException("Could not copy the journal before upgrading it", e);
        }
    }
}
