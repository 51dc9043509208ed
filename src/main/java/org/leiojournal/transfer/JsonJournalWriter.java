package org.leiojournal.transfer;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.leiojournal.storage.Column;
import org.leiojournal.storage.JournalRow;
import org.leiojournal.storage.JournalRows;
import org.leiojournal.storage.JournalTable;
import org.leiojournal.storage.JournalTables;

/** Writes a journal's rows as a format 1 JSON document, streamed: a ten-year journal is never held as text. */
final class JsonJournalWriter {

    private JsonJournalWriter() {
    }

    static void write(JournalRows rows, Writer out) throws IOException {
        try (JsonGenerator json = JsonFormat.factory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(JsonFormat.prettyPrinter());
            json.writeStartObject();
            json.writeStringField(JsonFormat.FORMAT, JsonFormat.NAME);
            json.writeNumberField(JsonFormat.FORMAT_VERSION, JsonFormat.VERSION);
            json.writeObjectFieldStart(JsonFormat.TABLES);
            for (JournalTable table : JournalTables.all()) {
                json.writeArrayFieldStart(table.name());
                for (JournalRow row : rows.of(table)) {
                    writeRow(json, table.columns(), row);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeRow(JsonGenerator json, List<Column> columns, JournalRow row) throws IOException {
        json.writeStartObject();
        for (int i = 0; i < columns.size(); i++) {
            json.writeFieldName(columns.get(i).name());
            Object value = row.get(i);
            if (value == null) {
                json.writeNull();
            } else if (value instanceof Long n) {
                json.writeNumber(n);
            } else if (value instanceof Boolean b) {
                json.writeBoolean(b);
            } else {
                json.writeString((String) value);
            }
        }
        json.writeEndObject();
    }
}
