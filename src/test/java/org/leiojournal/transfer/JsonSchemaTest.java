package org.leiojournal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leiojournal.storage.Column;
import org.leiojournal.storage.JournalTable;
import org.leiojournal.storage.JournalTables;

/** The published schema of format 1 describes exactly the tables and columns the app writes, with their types. */
class JsonSchemaTest {

    private static JsonNode schema;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = JsonSchemaTest.class.getResourceAsStream(
                "/org/leiojournal/transfer/journal-format-1.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theHeaderIsThisFormatAndVersion() {
        assertEquals(JsonFormat.NAME, schema.at("/properties/format/const").asText());
        assertEquals(JsonFormat.VERSION, schema.at("/properties/formatVersion/const").asInt());
        assertEquals(List.of("format", "formatVersion", "tables"), texts(schema.get("required")));
    }

    @Test
    void everyTableIsRequiredInOrderAndNoOtherIsAllowed() {
        List<String> tables = JournalTables.all().stream().map(JournalTable::name).toList();
        JsonNode node = schema.at("/properties/tables");
        assertEquals(tables, texts(node.get("required")));
        assertEquals(tables, names(node.get("properties")));
        assertTrue(node.get("additionalProperties").isBoolean() && !node.get("additionalProperties").asBoolean());
    }

    @Test
    void everyColumnIsDescribedWithItsType() {
        for (JournalTable table : JournalTables.all()) {
            JsonNode items = schema.at("/properties/tables/properties/" + table.name() + "/items");
            List<String> columns = table.columns().stream().map(Column::name).toList();
            assertEquals(columns, names(items.get("properties")), table.name());
            assertEquals(columns, texts(items.get("required")), table.name() + ": every column is required");
            assertEquals(false, items.get("additionalProperties").asBoolean(true), table.name());
            for (Column column : table.columns()) {
                assertColumn(table.name() + "." + column.name(), column, items.get("properties").get(column.name()));
            }
        }
    }

    private static void assertColumn(String what, Column column, JsonNode node) {
        JsonNode type = node;
        if (column.nullable()) {
            assertEquals("null", node.at("/anyOf/1/type").asText(), what + " may be null");
            type = node.at("/anyOf/0");
        } else {
            assertTrue(node.get("anyOf") == null, what + " may not be null");
        }
        switch (column.type()) {
            case TEXT -> assertEquals(Column.MAX_TEXT, type.get("maxLength").asInt(), what);
            case INTEGER -> {
                assertEquals("integer", type.get("type").asText(), what);
                assertEquals(column.min(), type.get("minimum").asLong(), what);
                assertEquals(column.max(), type.get("maximum").asLong(), what);
            }
            case BOOLEAN -> assertEquals("boolean", type.get("type").asText(), what);
            case ENUM -> assertEquals(column.allowed(), texts(type.get("enum")), what);
            case UID -> assertEquals("#/$defs/uid", type.get("$ref").asText(), what);
            case REFERENCE -> {
                assertEquals("#/$defs/uid", type.get("$ref").asText(), what);
                assertEquals("the uid of a " + column.target() + " row", type.get("description").asText(), what);
            }
            default -> {
                String ref = type.get("$ref").asText();
                assertTrue(schema.at(ref.substring(1)).isObject(), what + " " + ref);
                assertEquals(column.type().name().replace("_", "").toLowerCase(java.util.Locale.ROOT),
                        ref.substring("#/$defs/".length()).toLowerCase(java.util.Locale.ROOT), what);
            }
        }
    }
}
