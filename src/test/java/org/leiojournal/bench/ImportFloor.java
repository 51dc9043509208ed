package org.leiojournal.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.leiojournal.storage.Column;
import org.leiojournal.storage.ColumnType;
import org.leiojournal.storage.JournalTable;
import org.leiojournal.storage.JournalTables;

/**
 * The floor an import is held to (issue 21): the least any importer must do with an export, measured in the same
 * run. Parse the file (Jackson's streaming parser for JSON, Commons CSV for a CSV folder) into the rows of each
 * table, then write them with sqlite-jdbc in one transaction, batched, each table's ids given in order so that
 * references are a map look-up — with no checks at all, and no copy of the journal made first.
 */
final class ImportFloor {

    private ImportFloor() {
    }

    /** Every row of the JSON export, per table, its values in the table's column order. */
    static Map<String, List<Object[]>> parseJson(Path file) throws IOException {
        Map<String, List<Object[]>> rows = new HashMap<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             JsonParser json = new JsonFactory().createParser(in)) {
            JournalTable table = null;
            Object[] row = null;
            int column = -1;
            for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
                switch (token) {
                    case START_ARRAY -> {
                        table = JournalTables.named(json.currentName()).orElseThrow();
                        rows.put(table.name(), new ArrayList<>());
                    }
                    case END_ARRAY -> table = null;
                    case START_OBJECT -> row = table == null ? null : new Object[table.columns().size()];
                    case END_OBJECT -> {
                        if (row != null) {
                            rows.get(table.name()).add(row);
                            row = null;
                        }
                    }
                    case FIELD_NAME -> column = row == null ? -1 : table.index(json.currentName());
                    case VALUE_STRING -> set(row, column, json.getText());
                    case VALUE_NUMBER_INT -> set(row, column, json.getLongValue());
                    case VALUE_TRUE, VALUE_FALSE -> set(row, column, token == JsonToken.VALUE_TRUE);
                    default -> { } // null stays null; the format's own fields are not rows
                }
            }
        }
        return rows;
    }

    private static void set(Object[] row, int column, Object value) {
        if (row != null && column >= 0) {
            row[column] = value;
        }
    }

    /** Every row of a CSV export folder (one file per table, a header line of column names), as text. */
    static Map<String, List<Object[]>> parseCsv(Path folder) throws IOException {
        Map<String, List<Object[]>> rows = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        for (JournalTable table : JournalTables.all()) {
            List<Object[]> tableRows = new ArrayList<>();
            try (Reader in = Files.newBufferedReader(folder.resolve(table.name() + ".csv"), StandardCharsets.UTF_8);
                 CSVParser csv = CSVParser.parse(in, format)) {
                int[] columns = csv.getHeaderNames().stream().mapToInt(table::index).toArray();
                for (CSVRecord record : csv) {
                    Object[] row = new Object[table.columns().size()];
                    for (int i = 0; i < columns.length; i++) {
                        String cell = record.get(i);
                        row[columns[i]] = cell.isEmpty() && table.columns().get(columns[i]).nullable() ? null : cell;
                    }
                    tableRows.add(row);
                }
            }
            rows.put(table.name(), tableRows);
        }
        return rows;
    }

    /** Empties the journal file's tables and writes {@code rows} into it, in one transaction, batched. */
    static void insert(Path journalFile, Map<String, List<Object[]>> rows) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + journalFile)) {
            c.setAutoCommit(false);
            List<JournalTable> tables = new ArrayList<>(JournalTables.all());
            try (Statement s = c.createStatement()) {
                for (JournalTable table : reversed(tables)) {
                    s.executeUpdate("DELETE FROM " + table.name());
                }
            }
            Map<String, Map<String, Long>> ids = new HashMap<>();
            for (JournalTable table : tables) {
                insert(c, table, rows.getOrDefault(table.name(), List.of()), ids);
            }
            c.commit();
        }
    }

    private static void insert(Connection c, JournalTable table, List<Object[]> rows,
                               Map<String, Map<String, Long>> ids) throws SQLException {
        boolean uid = table.keyKind() == JournalTable.KeyKind.UID;
        List<String> names = new ArrayList<>();
        for (Column column : table.columns()) {
            names.add(column.sqlName());
        }
        if (table.keyKind() != JournalTable.KeyKind.NATURAL) {
            names.add("id");
        }
        String sql = "INSERT INTO " + table.name() + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
        Map<String, Long> own = new HashMap<>();
        ids.put(table.name(), own);
        try (PreparedStatement s = c.prepareStatement(sql)) {
            long id = 0;
            for (Object[] row : rows) {
                id++;
                for (int i = 0; i < row.length; i++) {
                    Column column = table.columns().get(i);
                    Object value = row[i];
                    if (value == null) {
                        s.setNull(i + 1, Types.NULL);
                    } else if (column.isReference()) {
                        s.setLong(i + 1, ids.get(column.target()).get((String) value));
                    } else if (value instanceof Boolean b) {
                        s.setInt(i + 1, b ? 1 : 0);
                    } else if (value instanceof Long n) {
                        s.setLong(i + 1, n);
                    } else if (column.type() == ColumnType.BOOLEAN) { // CSV's "true" and "false"
                        s.setInt(i + 1, "true".equals(value) ? 1 : 0);
                    } else {
                        s.setString(i + 1, (String) value);
                    }
                }
                if (table.keyKind() != JournalTable.KeyKind.NATURAL) {
                    s.setLong(row.length + 1, id);
                }
                if (uid) {
                    own.put((String) row[table.index("uid")], id);
                }
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static List<JournalTable> reversed(List<JournalTable> tables) {
        List<JournalTable> copy = new ArrayList<>(tables);
        Collections.reverse(copy);
        return copy;
    }
}
