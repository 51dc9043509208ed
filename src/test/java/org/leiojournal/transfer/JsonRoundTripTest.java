package org.leiojournal.transfer;

import org.leiojournal.TestClocks;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.sample.SampleCopies;
import org.leiojournal.storage.ImportMode;
import org.leiojournal.storage.ImportResult;
import org.leiojournal.storage.JournalStore;

/** Export, import into an empty journal, export again: the same bytes, for one year and for ten. */
class JsonRoundTripTest {

    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 22, 9, 30, 0, 0, ZoneId.of("Europe/London"));

    @TempDir
    Path temp;

    @Test
    void theOneYearSampleComesBackByteForByte() throws Exception {
        assertRoundTrip(1);
    }

    @Test
    void aTenYearJournalComesBackByteForByte() throws Exception {
        assertRoundTrip(10);
    }

    private void assertRoundTrip(int years) throws Exception {
        Path sample = temp.resolve("sample");
        SampleCopies.copy(sample, NOW, years);
        Path first = temp.resolve("first.json");
        Path second = temp.resolve("second.json");
        int rows;
        try (JournalStore store = JournalStore.open(sample, TestClocks.SUNDAY)) {
            rows = JournalExport.toJson(store, first);
        }
        try (JournalStore empty = JournalStore.open(temp.resolve("empty"), TestClocks.SUNDAY)) {
            ImportResult result = JournalImport.fromJson(empty, first, ImportMode.REPLACE);
            assertEquals(rows, result.added());
            JournalExport.toJson(empty, second);
        }

        byte[] bytes = Files.readAllBytes(first);
        assertArrayEquals(bytes, Files.readAllBytes(second), "the same journal gives the same bytes");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"format\": \"leio-journal\",\n  \"formatVersion\": 1,\n  \"tables\": {\n"
                + "    \"profile\": [\n      {\n        \"patient_name\": "), text.substring(0, 200));
        assertTrue(text.endsWith("}\n"));
        assertFalse(text.contains("\r"), "\\n line ends on every system");
        assertTrue(text.contains("\"radiotherapy\": [],"), "an empty table is an empty list");
        assertTrue(text.contains("\"line_kind\": \"PORT\",\n        \"line_note\": \"right upper chest (sample)\",\n"
                + "        \"allergies\": \"Penicillin: rash (sample)\",\n        \"other_medicines\": "), "the sample's "
                + "emergency details are carried");
    }
}
