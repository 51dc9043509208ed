package org.leiojournal.transfer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import org.leiojournal.storage.Column;

/**
 * The journal's JSON file, format version 1: {@code {"format": "leio-journal", "formatVersion": 1, "tables": {…}}},
 * each table an array of rows, each row an object with one key per column in column order (see
 * {@code journal-format-1.schema.json} beside this class). Written pretty, with "\n" line ends on every system and
 * no time stamp, so the same journal always gives the same bytes.
 */
final class JsonFormat {

    static final String NAME = "leio-journal";
    static final int VERSION = 1;
    static final String FORMAT = "format";
    static final String FORMAT_VERSION = "formatVersion";
    static final String TABLES = "tables";

    private JsonFormat() {
    }

    /**
     * Reads refuse, early and cheaply, what no journal holds: a text longer than a column takes (a 10 MB string is
     * refused after its first 100,000 characters), deep nesting, absurdly long numbers; a key given twice in one
     * object is an error, not a silent overwrite.
     */
    static JsonFactory factory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(Column.MAX_TEXT)
                        .maxNestingDepth(8)
                        .maxNumberLength(30)
                        .maxNameLength(200)
                        .build())
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    /** Where the parser's current token starts, as people count: "line 12, column 7". */
    static String where(JsonParser parser) {
        return where(parser.currentTokenLocation());
    }

    static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return null;
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
