package org.leiojournal.fuzz;

import org.leiojournal.TestClocks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.leiojournal.sample.SampleCopies;
import org.leiojournal.storage.Column;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.storage.JournalTable;
import org.leiojournal.storage.JournalTables;
import org.leiojournal.transfer.JournalExport;

/**
 * The valid files the fuzzers mutate: the one-year sample journal cut down to a few rows of each table (keeping
 * only rows whose references stay whole), as JSON and as a CSV zip. Small, so each try is quick, yet every table,
 * column type and reference is there to be broken.
 */
final class FuzzSeeds {

    private static final int ROWS_PER_TABLE = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    final byte[] json;
    final byte[] csvZip;

    private FuzzSeeds(byte[] json, byte[] csvZip) {
        this.json = json;
        this.csvZip = csvZip;
    }

    static FuzzSeeds make(Path work) throws Exception {
        Path sample = work.resolve("sample");
        SampleCopies.copy(sample, ZonedDateTime.of(2026, 11, 22, 9, 30, 0, 0, ZoneId.of("Europe/London")), 1);
        Path full = work.resolve("full.json");
        try (JournalStore store = JournalStore.open(sample, TestClocks.SUNDAY)) {
            JournalExport.toJson(store, full);
        }
        ObjectNode root = (ObjectNode) JSON.readTree(full.toFile());
        cutDown((ObjectNode) root.get("tables"));
        Path small = work.resolve("seed.json");
        Files.write(small, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        Path journal = work.resolve("seed-journal");
        Path zip = work.resolve("seed.zip");
        try (JournalStore store = JournalStore.open(journal, TestClocks.SUNDAY)) {
            org.leiojournal.transfer.JournalImport.from(store, small, org.leiojournal.storage.ImportMode.REPLACE);
            JournalExport.toJson(store, small); // the journal's own bytes, so a round trip compares exactly
            JournalExport.toCsv(store, zip);
        }
        return new FuzzSeeds(Files.readAllBytes(small), Files.readAllBytes(zip));
    }

    /** A few rows of each table, parents first, each row's references pointing at rows that stayed. */
    private static void cutDown(ObjectNode tables) {
        Map<String, Set<String>> kept = new HashMap<>();
        for (JournalTable table : JournalTables.all()) {
            ArrayNode rows = (ArrayNode) tables.get(table.name());
            Set<String> uids = new HashSet<>();
            // every item, and every value of a blood test kept: a blood test without values is not one the app reads
            int left = table.name().equals("symptom_item") || table.name().equals("blood_test_value")
                    ? Integer.MAX_VALUE : ROWS_PER_TABLE;
            for (Iterator<JsonNode> it = rows.iterator(); it.hasNext(); ) {
                JsonNode row = it.next();
                if (left > 0 && referencesKept(table, row, kept)) {
                    left--;
                    if (row.has("uid")) {
                        uids.add(row.get("uid").asText());
                    }
                } else {
                    it.remove();
                }
            }
            kept.put(table.name(), uids);
        }
    }

    private static boolean referencesKept(JournalTable table, JsonNode row, Map<String, Set<String>> kept) {
        for (Column column : table.columns()) {
            JsonNode value = row.get(column.name());
            if (column.isReference() && value != null && !value.isNull()
                    && !kept.getOrDefault(column.target(), Set.of()).contains(value.asText())) {
                return false;
            }
        }
        return true;
    }

    String jsonText() {
        return new String(json, StandardCharsets.UTF_8);
    }
}
