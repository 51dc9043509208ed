package org.leiojournal.transfer;

import org.leiojournal.TestClocks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.domain.profile.EmergencyDetails;
import org.leiojournal.domain.profile.LineKind;
import org.leiojournal.sample.SampleCopies;
import org.leiojournal.storage.ImportMode;
import org.leiojournal.storage.JournalStore;

/**
 * CSV export and import: every table as a file a spreadsheet opens safely and a CSV library reads back, the
 * missing/empty/zero distinction kept, formulas neutralised yet readable, and the whole round trip lossless.
 */
class CsvTransferTest {

    /** Texts a spreadsheet would run as formulas, and one that merely starts with an apostrophe. */
    private static final Map<String, String> RISKY = Map.of(
            "=HYPERLINK(\"http://x\",\"click\")", "'=HYPERLINK(\"http://x\",\"click\")",
            "+44 20 7946 0000", "'+44 20 7946 0000",
            "-2 since Monday", "'-2 since Monday",
            "@SUM(A1:A9)", "'@SUM(A1:A9)",
            "'quoted'", "''quoted'");

    @TempDir
    static Path shared;
    static String good;

    @TempDir
    Path temp;
    JournalStore store;

    @BeforeAll
    static void exportSample() throws Exception {
        Path sample = shared.resolve("sample");
        SampleCopies.copy(sample, JsonRoundTripTest.NOW, 1);
        try (JournalStore store = JournalStore.open(sample, TestClocks.SUNDAY)) {
            JournalExport.toJson(store, shared.resolve("good.json"));
        }
        good = Files.readString(shared.resolve("good.json"));
    }

    @BeforeEach
    void openJournal() throws Exception {
        store = JournalStore.open(temp.resolve("journal"), TestClocks.SUNDAY);
        JournalImport.fromJson(store, write("good.json", good), ImportMode.REPLACE);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aZipAndAFolderGoBackInWithNothingLostOrChanged() throws Exception {
        for (Path target : List.of(temp.resolve("all.zip"), temp.resolve("folder"))) {
            int rows = JournalExport.toCsv(store, target);
            try (JournalStore empty = JournalStore.open(temp.resolve("empty-" + target.getFileName()), TestClocks.SUNDAY)) {
                JournalImport.from(empty, target, ImportMode.REPLACE);
                assertEquals(rows, empty.rows().size());
                assertEquals(good, json(empty), "the CSV round trip changed the journal (" + target + ")");
            }
        }
    }

    /** The emergency details as a user may type them: commas, quotes, a formula-like start, non-Latin letters. */
    @Test
    void theEmergencyDetailsComeBackExactlyFromCsvAndJson() throws Exception {
        EmergencyDetails awkward = new EmergencyDetails(LineKind.OTHER, "\"Groshong\", left; 2 lumens",
                "=penicillin, co-trimoxazole; ナッツ", "+warfarin 3 mg, \"as INR\"");
        store.profile().save(store.profile().load().withEmergency(awkward));
        for (Path target : List.of(temp.resolve("details.zip"), temp.resolve("details.json"))) {
            try (JournalStore empty = JournalStore.open(temp.resolve("empty-" + target.getFileName()),
                    TestClocks.SUNDAY)) {
                if (target.toString().endsWith(".zip")) {
                    JournalExport.toCsv(store, target);
                } else {
                    JournalExport.toJson(store, target);
                }
                JournalImport.from(empty, target, ImportMode.REPLACE);
                assertEquals(awkward, empty.profile().load().emergency(), target.getFileName().toString());
            }
        }
    }

    @Test
    void everyTableIsAFileACsvLibraryReadsWithMissingEmptyAndZeroDistinct() throws Exception {
        Path folder = temp.resolve("csv");
        JournalExport.toCsv(store, folder);
        for (var table : org.leiojournal.storage.JournalTables.all()) {
            assertTrue(Files.isRegularFile(folder.resolve(table.name() + ".csv")), table.name());
        }
        List<CSVRecord> checkIns = parse(folder.resolve("check_in.csv"));
        Map<String, Integer> sizes = store.tableSizes();
        assertEquals(sizes.get("check_in"), checkIns.size(), "one record per check-in");
        assertEquals(List.of("uid", "day", "recorded_at", "zone", "recorder_role", "recorder_name", "other_problem",
                "temperature_value", "temperature_unit", "weight_value", "weight_unit", "note"),
                header(folder.resolve("check_in.csv")));
        CSVRecord first = checkIns.get(0);
        assertEquals("2025-11-22", first.get("day"), "ISO dates");
        String raw = Files.readString(folder.resolve("check_in.csv"));
        // The first check-in has no temperature (missing: an empty unquoted cell) and an empty note ("").
        assertTrue(raw.lines().skip(1).findFirst().orElseThrow().endsWith(",,,,,\"\""), raw.lines().skip(1)
                .findFirst().orElseThrow());
        List<CSVRecord> answers = parse(folder.resolve("check_in_answer.csv"));
        assertTrue(answers.stream().anyMatch(r -> r.get("value").equals("0")), "a zero stays 0");
    }

    @Test
    void formulasAreNeutralisedForSpreadsheetsAndComeBackExactly() throws Exception {
        String text = good;
        for (String risky : RISKY.keySet()) {
            text = text.replaceFirst("\"note\": \"\"", java.util.regex.Matcher.quoteReplacement(
                    "\"note\": " + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(risky)));
        }
        try (JournalStore risky = JournalStore.open(temp.resolve("risky"), TestClocks.SUNDAY)) {
            JournalImport.fromJson(risky, write("risky.json", text), ImportMode.REPLACE);
            Path zip = temp.resolve("risky.zip");
            JournalExport.toCsv(risky, zip);
            List<String> notes = zipNotes(zip);
            for (Map.Entry<String, String> cell : RISKY.entrySet()) {
                assertTrue(notes.contains(cell.getValue()), "written as " + cell.getValue() + ": " + cell.getKey());
            }
            assertTrue(notes.stream().noneMatch(n -> !n.isEmpty() && "=+-@".indexOf(n.charAt(0)) >= 0));
            try (JournalStore back = JournalStore.open(temp.resolve("back"), TestClocks.SUNDAY)) {
                JournalImport.from(back, zip, ImportMode.REPLACE);
                assertEquals(json(risky), json(back));
            }
        }
    }

    @Test
    void wrongColumnsAreRefusedByFileAndLineAndChangeNothing() throws Exception {
        Path folder = exported("wrong");
        Path file = folder.resolve("course.csv");
        Files.writeString(file, Files.readString(file).replaceFirst("\"start_date\"", "\"begins\""));
        assertRefused(folder, "course.csv, line 1: the columns should be uid, plan_json, start_date");
    }

    @Test
    void badValuesMissingFilesAndOtherVersionsAreRefusedAndChangeNothing() throws Exception {
        Path badDay = exported("bad-day");
        Path checkIns = badDay.resolve("check_in.csv");
        Files.writeString(checkIns, Files.readString(checkIns).replaceFirst("\"2025-11-23\"", "\"2025-13-01\""));
        assertRefused(badDay, "check_in.csv, line 3; check_in, row 2, day:");

        Path missing = exported("missing");
        Files.delete(missing.resolve("appointment.csv"));
        assertRefused(missing, "appointment.csv: the file is missing");

        Path newer = exported("newer");
        Files.writeString(newer.resolve("format.csv"), "\"format\",\"formatVersion\"\r\n\"leio-journal\",\"2\"\r\n");
        assertRefused(newer, "format.csv: the export is format version 2");

        Path notAZip = write("junk.zip", "this is not a zip");
        assertRefused(notAZip, "junk.zip: it holds no CSV files");
    }

    private void assertRefused(Path source, String start) throws Exception {
        String before = json(store);
        for (ImportMode mode : ImportMode.values()) {
            JournalImportException e = assertThrows(JournalImportException.class,
                    () -> JournalImport.from(store, source, mode));
            assertTrue(e.problem().message().startsWith(start), e.problem().message());
            assertEquals(before, json(store), "a refused import changed the journal");
        }
    }

    private Path exported(String name) throws Exception {
        Path folder = temp.resolve(name);
        JournalExport.toCsv(store, folder);
        return folder;
    }

    private Path write(String name, String text) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private String json(JournalStore journal) throws Exception {
        Path out = Files.createTempFile(temp, "export", ".json");
        JournalExport.toJson(journal, out);
        return Files.readString(out);
    }

    /** The records after the header, read by a plain RFC 4180 reader that knows nothing of the app. */
    private static List<CSVRecord> parse(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().build().parse(in).getRecords();
        }
    }

    private static List<String> header(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().build().parse(in).getHeaderNames();
        }
    }

    private static List<String> zipNotes(Path zip) throws Exception {
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of())) {
            return parse(fs.getPath("check_in.csv")).stream().map(r -> r.get("note")).toList();
        }
    }

    @Test
    void anEmptyJournalExportsHeadersOnlyAndImportsBack() throws Exception {
        try (JournalStore empty = JournalStore.open(temp.resolve("fresh"), TestClocks.SUNDAY)) {
            Path zip = temp.resolve("fresh.zip");
            JournalExport.toCsv(empty, zip);
            try (JournalStore back = JournalStore.open(temp.resolve("fresh-back"), TestClocks.SUNDAY)) {
                JournalImport.from(back, zip, ImportMode.REPLACE);
                assertEquals(json(empty), json(back));
            }
        }
    }
}
