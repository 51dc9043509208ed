package org.leiojournal.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work against the open connection. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
