package org.leiojournal.storage;

import java.util.Objects;

/**
 * What every repository is: the rows of its tables, read and written through the journal's one {@link Database}
 * (queries by {@link Sql}). Only {@link JournalStore} makes them, so the connection never leaves this package.
 */
abstract class Repository {

    final Database db;

    Repository(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }
}
