package org.leiojournal.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConnection;

/**
 * The one connection to the journal file. Every user action runs in {@link #inTransaction}, so it is saved
 * whole or not at all. Pragmas that write (WAL) are applied only after the schema version has been checked.
 */
final class Database implements AutoCloseable {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Database.class.getName());

    private final Connection connection;
    /** How many {@link #inTransaction} calls are running: only the outermost one commits or rolls back. */
    private int depth;

    private Database(Connection connection) {
        this.connection = connection;
    }

    static Database open(Path file) {
        try {
            return new Database(DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath()));
        } catch (SQLException e) {
            throw new StorageException("Could not open the journal file", e);
        }
    }

    int userVersion() {
        return read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /** WAL for crash safety and concurrent reads, foreign keys enforced, FULL sync because this is health data. */
    void applyWritePragmas() {
        read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 5000");
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = FULL");
                s.execute("PRAGMA foreign_keys = ON");
            }
            return null;
        });
    }

    <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StorageException("Could not read the journal", e);
        } catch (IllegalArgumentException | java.time.DateTimeException | ArithmeticException e) {
            // a value the app never writes (a damaged file, another program's edit): refused like a read error
            throw new StorageException("The journal holds a value this app cannot read", e);
        }
    }

    /**
     * Runs the work whole or not at all. Called inside another transaction (a bulk write made of many user
     * actions), the work joins it: a failure anywhere rolls back everything the outer transaction did.
     */
    <T> T inTransaction(SqlWork<T> work) {
        if (depth > 0) {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw new StorageException("Could not save to the journal", e);
            }
        }
        depth++;
        try {
            return outermost(work);
        } finally {
            depth--;
        }
    }

    /**
     * After some failures (a full disk) SQLite has already rolled the transaction back, so the rollback and the
     * return to autocommit fail too: those later errors are kept as suppressed, never in place of the first one,
     * which says what went wrong; and the connection is left ready for the next write either way.
     */
    private <T> T outermost(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StorageException("Could not save to the journal", e);
        }
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback(e);
            throw new StorageException("Could not save to the journal", e);
        } catch (RuntimeException e) {
            rollback(e);
            throw e;
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                LOG.warning(() -> "Could not return to autocommit: " + SqlReason.of(e));
            }
        }
    }

    private void rollback(Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * A consistent copy of the whole database through SQLite's online backup, safe while the app is open. The copy
     * is one self-contained file (rollback journal, not WAL), so it can be copied, opened read-only or restored
     * without -wal and -shm files appearing beside it.
     */
    void backupTo(Path target) {
        String path = target.toAbsolutePath().toString();
        read(c -> {
            int code = c.unwrap(SQLiteConnection.class).getDatabase().backup("main", path, null);
            if (code != 0) {
                throw new SQLException("backup failed with SQLite code " + code);
            }
            try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + path);
                 Statement s = copy.createStatement()) {
                s.execute("PRAGMA journal_mode = DELETE");
            }
            return null;
        });
    }

    /**
     * Replaces the whole database with {@code source} through the online backup API, in one step that SQLite makes
     * atomic: a failure leaves the journal as it was.
     */
    void restoreFrom(Path source) {
        read(c -> {
            int code = c.unwrap(SQLiteConnection.class).getDatabase().restore("main", source.toAbsolutePath()
                    .toString(), null);
            if (code != 0) {
                throw new SQLException("restore failed with SQLite code " + code);
            }
            return null;
        });
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StorageException("Could not close the journal", e);
        }
    }
}
