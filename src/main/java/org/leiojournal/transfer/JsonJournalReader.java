package org.leiojournal.transfer;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.util.HashSet;
import java.util.Set;
import org.leiojournal.storage.JournalRows;
import org.leiojournal.storage.JournalTable;
import org.leiojournal.storage.JournalTables;

/**
 * Reads a format 1 JSON document into rows, checking its shape and every value on the way: the first problem
 * stops the reading and is reported with its line and column. Checks across rows (duplicate ids, references)
 * come after, in {@link org.leiojournal.storage.JournalStore#importRows}.
 */
final class JsonJournalReader {

    /** What was read: the rows, and where each one was in the file. */
    record Read(JournalRows rows, RowLocations locations) {
    }

    private final JsonParser json;
    private final JournalRows rows = new JournalRows();
    private final RowLocations locations = new RowLocations();

    private JsonJournalReader(JsonParser json) {
        this.json = json;
    }

    /** Throws {@link ProblemInFile} for a document that is not a whole, valid format 1 journal. */
    static Read read(Reader in) throws IOException {
        try (JsonParser json = JsonFormat.factory().createParser(in)) {
            JsonJournalReader reader = new JsonJournalReader(json);
            reader.document();
            reader.rows.valuesChecked(); // JsonRowReader checked each value against its column as it read it
            return new Read(reader.rows, reader.locations);
        }
    }

    private void document() throws IOException {
        start();
        header();
        field(JsonFormat.TABLES);
        expect(JsonToken.START_OBJECT, "\"tables\" should be an object holding one list per table");
        Set<String> seen = new HashSet<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JournalTable table = JournalTables.named(name).orElseThrow(() -> problem("there is no table \"" + name
                    + "\" in a Leio Journal"));
            seen.add(name);
            new JsonRowReader(json, table, rows, locations).readTable();
        }
        for (JournalTable table : JournalTables.all()) {
            if (!seen.contains(table.name())) {
                throw problem("the table \"" + table.name() + "\" is missing (the file may be incomplete)");
            }
        }
        if (json.nextToken() != JsonToken.END_OBJECT) {
            throw problem("nothing should follow \"tables\"");
        }
        if (json.nextToken() != null) {
            throw problem("there is more after the end of the journal");
        }
    }

    /** A file that is not JSON at all is told so plainly, not with the parser's words for its first character. */
    private void start() throws IOException {
        JsonToken first;
        try {
            first = json.nextToken();
        } catch (JsonParseException e) {
            throw problem("this is not a JSON file, so it is not a Leio Journal export");
        }
        if (first == null) {
            throw new ProblemInFile(ImportProblem.at(null, "the file is empty"));
        }
        if (first != JsonToken.START_OBJECT) {
            throw problem("this is not a Leio Journal export: it does not start with {");
        }
    }

    private void header() throws IOException {
        field(JsonFormat.FORMAT);
        if (json.nextToken() != JsonToken.VALUE_STRING || !JsonFormat.NAME.equals(json.getText())) {
            throw problem("this is not a Leio Journal export (its \"format\" should be \"" + JsonFormat.NAME + "\")");
        }
        field(JsonFormat.FORMAT_VERSION);
        if (json.nextToken() != JsonToken.VALUE_NUMBER_INT || json.getNumberType() != JsonParser.NumberType.INT) {
            throw problem("\"formatVersion\" should be a whole number");
        }
        int version = json.getIntValue();
        if (version != JsonFormat.VERSION) {
            throw problem("this file is in format version " + version + ", and this Leio Journal reads version "
                    + JsonFormat.VERSION + (version > JsonFormat.VERSION ? " only: a newer Leio Journal wrote it"
                    : " only"));
        }
    }

    private void field(String name) throws IOException {
        if (json.nextToken() != JsonToken.FIELD_NAME || !name.equals(json.currentName())) {
            throw problem("expected \"" + name + "\" here (a Leio Journal export starts with \"format\", "
                    + "\"formatVersion\" and \"tables\", in that order)");
        }
    }

    private void expect(JsonToken token, String otherwise) throws IOException {
        if (json.nextToken() != token) {
            throw problem(otherwise);
        }
    }

    private ProblemInFile problem(String why) {
        return new ProblemInFile(ImportProblem.at(JsonFormat.where(json), why));
    }
}
