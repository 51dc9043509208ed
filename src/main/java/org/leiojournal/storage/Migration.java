package org.leiojournal.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One numbered schema change: the SQL file that takes the journal to {@code version}. */
record Migration(int version, String name, String sql) {

    private static final String FOLDER = "/org/leiojournal/db/migration/";

    /** The migrations shipped with the app, in the order listed in migrations.txt. */
    static List<Migration> bundled() {
        List<Migration> migrations = new ArrayList<>();
        for (String name : resource("migrations.txt").split("\\R")) {
            if (!name.isBlank()) {
                migrations.add(new Migration(migrations.size() + 1, name.strip(), resource(name.strip())));
            }
        }
        return migrations;
    }

    /** The statements of this file: each ends with a semicolon at the end of a line. */
    List<String> statements() {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\\R")) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.strip().endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException(name + " ends without a semicolon");
        }
        return statements;
    }

    private static String resource(String name) {
        try (InputStream in = Migration.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
