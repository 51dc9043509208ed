package org.leiojournal.transfer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.leiojournal.storage.Column;
import org.leiojournal.storage.JournalRow;
import org.leiojournal.storage.JournalRows;
import org.leiojournal.storage.JournalTable;

/** Reads one table's list of rows: every column once, nothing else, each value checked against its column. */
final class JsonRowReader {

    /** Stands for a value that is not a single JSON value or is too large, so its column check can say so. */
    private static final Object NOT_A_VALUE = new Object();

    private final JsonParser json;
    private final JournalTable table;
    private final JournalRows rows;
    private final RowLocations locations;
    /** Column positions by name, looked up once per value (issue 21: a search of the column list was not cheap). */
    private final Map<String, Integer> columns = new HashMap<>();

    JsonRowReader(JsonParser json, JournalTable table, JournalRows rows, RowLocations locations) {
        this.json = json;
        this.table = table;
        this.rows = rows;
        this.locations = locations;
        for (int i = 0; i < table.columns().size(); i++) {
            columns.put(table.columns().get(i).name(), i);
        }
    }

    void readTable() throws IOException {
        if (json.nextToken() != JsonToken.START_ARRAY) {
            throw problem(0, null, "should be a list of rows in [ ]");
        }
        int number = 0;
        JsonToken token;
        while ((token = json.nextToken()) == JsonToken.START_OBJECT) {
            readRow(++number);
        }
        if (token != JsonToken.END_ARRAY) {
            throw problem(number + 1, null, "each row should be an object in { }");
        }
    }

    private void readRow(int number) throws IOException {
        JsonLocation start = json.currentTokenLocation();
        long[] where = locations.newRow(table, start.getLineNr(), start.getColumnNr());
        Object[] values = new Object[table.columns().size()];
        boolean[] given = new boolean[values.length];
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            Integer column = columns.get(name);
            if (column == null) {
                throw problem(number, null, "there is no column \"" + name + "\" in " + table.name());
            }
            int index = column;
            JsonToken token = json.nextToken();
            JsonLocation at = json.currentTokenLocation();
            RowLocations.value(where, index, at.getLineNr(), at.getColumnNr());
            Object value = value(token, number, name);
            Optional<String> reason = value == NOT_A_VALUE ? Optional.of("should be a single value, not a list, an "
                    + "object or a number this large") : table.columns().get(index).problemWith(value);
            if (reason.isPresent()) {
                throw problem(number, name, reason.get());
            }
            values[index] = value;
            given[index] = true;
        }
        for (int i = 0; i < given.length; i++) {
            if (!given[i]) {
                throw new ProblemInFile(new ImportProblem(JsonFormat.where(start), table.name(), number,
                        table.columns().get(i).name(), "is missing from this row (every row has every column; null "
                        + "where there is no value)"));
            }
        }
        rows.add(table, new JournalRow(Arrays.asList(values)));
    }

    private Object value(JsonToken token, int number, String column) throws IOException {
        return switch (token) {
            case VALUE_STRING -> text(number, column);
            case VALUE_NUMBER_INT -> json.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? NOT_A_VALUE
                    : json.getLongValue();
            case VALUE_NUMBER_FLOAT -> json.getDecimalValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> NOT_A_VALUE;
        };
    }

    /** A 10 MB text is refused after its first {@link Column#MAX_TEXT} characters, never read whole. */
    private String text(int number, String column) throws IOException {
        try {
            return json.getText();
        } catch (StreamConstraintsException e) {
            throw problem(number, column, "is longer than " + Column.MAX_TEXT + " characters");
        }
    }

    private ProblemInFile problem(int row, String column, String why) {
        return new ProblemInFile(new ImportProblem(JsonFormat.where(json), table.name(), row, column,
                why));
    }
}
