package org.leiojournal.storage;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Binds the parameters of a query's where clause. */
@FunctionalInterface
interface Binder {
    void bind(PreparedStatement s) throws SQLException;
}
