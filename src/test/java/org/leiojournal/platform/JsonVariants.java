package org.leiojournal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A JSON text and the ways a hand, an older version or a damaged disk may have changed it, one change each: every
 * field left out, made null, written as a string, as a float, as a one-element array, or joined by an unknown field,
 * every array unwrapped, every string emptied or upper-cased; and the whole followed by more, or put in an array.
 * Used to check that the start's reads without databind (issue 21) read or refuse each one exactly as databind does.
 */
public final class JsonVariants {

    private static final ObjectMapper TREE = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonVariants() {
    }

    /** The text itself first, then each one-change variant. */
    public static List<String> of(String json) throws IOException {
        JsonNode root = TREE.readTree(json);
        List<String> out = new ArrayList<>();
        out.add(json);
        out.add(json + " {}"); // something after the value: a second write cut short, or a stray edit
        out.add(json + " x");
        out.add("[" + json + "]");
        collect(root, root, out);
        return out;
    }

    private static void collect(JsonNode root, JsonNode node, List<String> out) {
        if (node instanceof ObjectNode object) {
            vary(root, object, b -> b.put("zzUnknown", 1), out);
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = object.get(name);
                vary(root, object, o -> o.remove(name), out);
                vary(root, object, o -> o.putNull(name), out);
                for (JsonNode changed : changes(value)) {
                    vary(root, object, o -> o.set(name, changed), out);
                }
                collect(root, value, out);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int at = i;
                JsonNode value = array.get(i);
                varyArray(root, array, a -> a.set(at, NODES.nullNode()), out);
                for (JsonNode changed : changes(value)) {
                    varyArray(root, array, a -> a.set(at, changed), out);
                }
                collect(root, value, out);
            }
        }
    }

    /** What one value may have become. */
    private static List<JsonNode> changes(JsonNode value) {
        List<JsonNode> out = new ArrayList<>();
        if (value.isValueNode() && !value.isNull()) {
            out.add(NODES.textNode(value.asText()));
            out.add(NODES.arrayNode().add(value));
        }
        if (value.isIntegralNumber()) {
            out.add(NODES.numberNode(value.asDouble()));
            out.add(NODES.numberNode(value.asDouble() + 0.5));
            out.add(NODES.numberNode(value.asLong() + 10_000_000_000L));
        }
        if (value.isFloatingPointNumber() || value.isBigDecimal()) {
            out.add(NODES.numberNode(value.decimalValue().intValue()));
        }
        if (value.isBoolean()) {
            out.add(NODES.numberNode(value.asBoolean() ? 1 : 0));
        }
        if (value.isTextual()) {
            out.add(NODES.textNode(""));
            out.add(NODES.textNode(value.asText().toUpperCase(java.util.Locale.ROOT)));
            out.add(NODES.textNode(" " + value.asText()));
            out.add(NODES.numberNode(1));
            out.add(NODES.booleanNode(true));
        }
        if (value.isArray() && !value.isEmpty()) {
            out.add(value.get(0));
        }
        if (value.isArray()) {
            out.add(NODES.objectNode());
        }
        if (value.isObject()) {
            out.add(NODES.arrayNode());
            out.add(NODES.textNode("x"));
        }
        return out;
    }

    private static void vary(JsonNode root, ObjectNode object, Consumer<ObjectNode> change, List<String> out) {
        ObjectNode before = object.deepCopy();
        change.accept(object);
        out.add(root.toString());
        restore(object, before);
    }

    private static void varyArray(JsonNode root, ArrayNode array, Consumer<ArrayNode> change, List<String> out) {
        ArrayNode before = array.deepCopy();
        change.accept(array);
        out.add(root.toString());
        array.removeAll();
        array.addAll(before);
    }

    private static void restore(ObjectNode object, ObjectNode before) {
        object.removeAll();
        Iterator<String> names = before.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            object.set(name, before.get(name));
        }
    }

    /** One way of reading a text: its value, or a refusal. */
    public interface Read {
        Object read(String json) throws Exception;
    }

    /** What a read made of a text: the value, or "refused" (the message is each reader's own). */
    public static Object outcome(Read read, String json) {
        try {
            return Objects.requireNonNullElse(read.read(json), "null");
        } catch (Exception e) {
            return "refused";
        }
    }

    /** Each variant of {@code json} has the same outcome by {@code read} as by {@code databind}; the count compared. */
    public static int assertSameOutcomes(String json, Read read, Read databind) throws IOException {
        List<String> variants = of(json);
        for (String variant : variants) {
            assertEquals(outcome(databind, variant), outcome(read, variant), variant);
        }
        return variants.size();
    }

    public static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
