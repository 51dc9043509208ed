package org.leiojournal.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Breaks a valid file in the ways files get broken, and in the ways an attacker would try: bytes flipped, cut,
 * repeated; values of the wrong type, out of range, huge, deeply nested; keys and rows dropped, duplicated or
 * invented; byte-order marks and bytes that are not UTF-8. Everything follows from the {@link Random} given, so
 * a seed reproduces an input exactly.
 */
final class Mutator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Short texts that mean something to a JSON or CSV parser, a spreadsheet, or a database. */
    static final List<String> TOKENS = List.of("null", "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u0000", "1e999999",
            "-0", "NaN", "9223372036854775808", "\"\"", "\n", "\r\n", "'", "'=1+1", "=HYPERLINK(\"x\")", "\u00ff",
            "\uD83D\uDE42", "true", "\t", "''", ",,,,,", "\"a\"\"b\"", "DROP TABLE check_in;--");

    private Mutator() {
    }

    /** One to four random mutations of {@code seed}, text- or structure-aware. */
    static byte[] json(byte[] seed, Random random) {
        byte[] data = seed;
        int times = 1 + random.nextInt(4);
        for (int i = 0; i < times; i++) {
            data = random.nextInt(3) == 0 ? structural(data, random) : bytes(data, random);
        }
        return data;
    }

    /** A text- or byte-level change anywhere in the file. */
    static byte[] bytes(byte[] data, Random random) {
        if (data.length == 0) {
            return TOKENS.get(random.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8);
        }
        int at = random.nextInt(data.length);
        int length = Math.min(data.length - at, 1 + random.nextInt(64));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (random.nextInt(9)) {
            case 0 -> {
                byte[] copy = data.clone();
                copy[at] ^= (byte) (1 << random.nextInt(8));
                return copy;
            }
            case 1 -> {
                out.write(data, 0, at);
                out.write(data, at + length, data.length - at - length);
            }
            case 2 -> {
                out.write(data, 0, at + length);
                out.write(data, at, data.length - at);
            }
            case 3 -> out.write(data, 0, at);
            case 4 -> {
                out.write(data, 0, at);
                out.writeBytes(TOKENS.get(random.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8));
                out.write(data, at, data.length - at);
            }
            case 5 -> {
                out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                out.writeBytes(data);
            }
            case 6 -> {
                out.write(data, 0, at);
                out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
                out.write(data, at, data.length - at);
            }
            case 7 -> {
                out.write(data, 0, at);
                int depth = 1 + random.nextInt(5000);
                out.writeBytes(("[".repeat(depth) + "]".repeat(random.nextBoolean() ? depth : 0))
                        .getBytes(StandardCharsets.UTF_8));
                out.write(data, at, data.length - at);
            }
            default -> {
                byte[] noise = new byte[1 + random.nextInt(32)];
                random.nextBytes(noise);
                out.write(data, 0, at);
                out.writeBytes(noise);
                out.write(data, at + length, data.length - at - length);
            }
        }
        return out.toByteArray();
    }

    /** A change to the journal's structure: a value, a key, a row or a table. */
    static byte[] structural(byte[] data, Random random) {
        JsonNode root;
        try {
            root = JSON.readTree(data);
        } catch (Exception e) {
            return bytes(data, random); // already broken: break it further
        }
        if (!(root instanceof ObjectNode top) || !(top.get("tables") instanceof ObjectNode tables)) {
            return bytes(data, random);
        }
        List<String> names = new ArrayList<>();
        tables.fieldNames().forEachRemaining(names::add);
        switch (random.nextInt(6)) {
            case 0 -> top.set(random.nextBoolean() ? "formatVersion" : "format", value(random, tables));
            case 1 -> tables.remove(names.get(random.nextInt(names.size())));
            case 2 -> tables.set(random.nextBoolean() ? "no_such_table" : names.get(random.nextInt(names.size())),
                    value(random, tables));
            default -> {
                JsonNode table = tables.get(names.get(random.nextInt(names.size())));
                if (!(table instanceof ArrayNode rows) || rows.isEmpty()) {
                    return bytes(data, random);
                }
                JsonNode picked = rows.get(random.nextInt(rows.size()));
                if (!(picked instanceof ObjectNode row)) {
                    return bytes(data, random);
                }
                List<String> columns = new ArrayList<>();
                row.fieldNames().forEachRemaining(columns::add);
                String column = columns.isEmpty() ? "uid" : columns.get(random.nextInt(columns.size()));
                switch (random.nextInt(4)) {
                    case 0 -> row.remove(column);
                    case 1 -> row.set("unknown_column", value(random, tables));
                    case 2 -> rows.add(row.deepCopy());
                    default -> row.set(column, value(random, tables));
                }
            }
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value of any type: wrong, out of range, huge, or another row's id. */
    private static JsonNode value(Random random, ObjectNode tables) {
        return switch (random.nextInt(16)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.textNode("");
            case 2 -> NODES.textNode("x".repeat(100_001));
            case 3 -> NODES.numberNode(new java.math.BigDecimal("1e400"));
            case 4 -> NODES.numberNode(-1);
            case 5 -> NODES.numberNode(2_147_483_648L);
            case 6 -> NODES.booleanNode(random.nextBoolean());
            case 7 -> NODES.arrayNode().add(1).add("a");
            case 8 -> NODES.objectNode().put("a", 1);
            case 9 -> NODES.textNode(List.of("2100-13-45", "1899-12-31", "2026-02-30", "2026-11-22T25:00:00Z",
                    "Europe/Nowhere", "0.1e-99999", "NaN").get(random.nextInt(7)));
            case 10 -> NODES.numberNode(random.nextInt());
            case 11 -> NODES.numberNode(random.nextDouble() * 100);
            case 12 -> NODES.textNode(TOKENS.get(random.nextInt(TOKENS.size())));
            case 13 -> NODES.textNode(anyUid(random, tables));
            case 14 -> NODES.textNode(new String(randomChars(random), StandardCharsets.UTF_8));
            default -> NODES.numberNode(random.nextLong());
        };
    }

    private static byte[] randomChars(Random random) {
        byte[] bytes = new byte[random.nextInt(40)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String anyUid(Random random, ObjectNode tables) {
        List<String> uids = new ArrayList<>();
        tables.elements().forEachRemaining(t -> t.elements().forEachRemaining(r -> {
            if (r.has("uid")) {
                uids.add(r.get("uid").asText());
            }
        }));
        return uids.isEmpty() ? "none" : uids.get(random.nextInt(uids.size()));
    }

    static String describe(byte[] data) {
        return data.length + " bytes: " + new String(Arrays.copyOf(data, Math.min(200, data.length)),
                StandardCharsets.UTF_8).replace('\n', ' ');
    }
}
