package org.leiojournal.storage;

import java.sql.SQLException;

/** SQLite's reason for refusing a statement, without the driver's code in brackets. */
final class SqlReason {

    private SqlReason() {
    }

    static String of(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // "[SQLITE_CONSTRAINT_CHECK] A CHECK constraint failed (CHECK constraint failed: x > y)"
        int open = message.lastIndexOf('(');
        if (message.startsWith("[") && open > 0 && message.endsWith(")")) {
            return message.substring(open + 1, message.length() - 1);
        }
        return message;
    }
}
