package org.leiojournal.transfer;

import org.leiojournal.TestClocks;
import org.leiojournal.TestFolders;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.sample.SampleCopies;
import org.leiojournal.storage.ImportMode;
import org.leiojournal.storage.ImportResult;
import org.leiojournal.storage.JournalStore;

/**
 * Importing a JSON export: a merge adds only what is missing, a replace keeps a copy of the journal first, and
 * every kind of bad file is refused with its first problem named, leaving the journal byte for byte as it was.
 */
class JsonImportTest {

    @TempDir
    static Path shared;

    /** A one-year sample journal exported: the good file every bad one is made from. */
    static String good;

    @TempDir
    Path temp;

    JournalStore store;
    byte[] before;
    List<Path> copies;

    @BeforeAll
    static void exportSample() throws Exception {
        Path sample = shared.resolve("sample");
        SampleCopies.copy(sample, JsonRoundTripTest.NOW, 1);
        try (JournalStore store = JournalStore.open(sample, TestClocks.SUNDAY)) {
            JournalExport.toJson(store, shared.resolve("good.json"));
        }
        good = Files.readString(shared.resolve("good.json"));
        try (JournalStore store = JournalStore.open(shared.resolve("journal"), TestClocks.SUNDAY)) {
            JournalImport.fromJson(store, shared.resolve("good.json"), ImportMode.REPLACE);
        }
    }

    /**
     * The journal under test holds the sample already, so a wrong import would have something to spoil: a copy of
     * the journal the good file was imported into once (with the copy that replace kept), not an import per test.
     */
    @BeforeEach
    void openJournal() throws Exception {
        TestFolders.copy(shared.resolve("journal"), temp.resolve("journal"));
        store = JournalStore.open(temp.resolve("journal"), TestClocks.SUNDAY);
        before = export();
        assertArrayEquals(good.getBytes(StandardCharsets.UTF_8), before);
        copies = copies();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path file(String text) throws Exception {
        Path file = Files.createTempFile(temp, "import", ".json");
        Files.writeString(file, text);
        return file;
    }

    private byte[] export() throws Exception {
        Path out = Files.createTempFile(temp, "export", ".json");
        JournalExport.toJson(store, out);
        return Files.readAllBytes(out);
    }

    /** "line L, column C" of the first {@code marker} in {@code text}, plus {@code offset} characters. */
    private static String place(String text, String marker, int offset) {
        int at = text.indexOf(marker) + offset;
        assertTrue(at >= offset, marker);
        int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        int column = at - text.lastIndexOf('\n', at - 1);
        return "line " + line + ", column " + column;
    }

    private static String once(String text, String from, String to) {
        assertTrue(text.contains(from), from);
        return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    private void assertRefused(String text, String message) throws Exception {
        assertRefused(file(text), message);
    }

    private void assertRefused(Path file, String message) throws Exception {
        assertRefused(file, message, message);
    }

    /** Refused as a merge and as a replace, each with its message; the journal is unchanged either way. */
    private void assertRefused(Path file, String asMerge, String asReplace) throws Exception {
        for (ImportMode mode : ImportMode.values()) {
            JournalImportException e = assertThrows(JournalImportException.class,
                    () -> JournalImport.fromJson(store, file, mode));
            assertEquals(mode == ImportMode.MERGE ? asMerge : asReplace, e.problem().message(), mode.toString());
            assertArrayEquals(before, export(), "the journal is unchanged after a refused " + mode);
        }
        assertEquals(copies, copies(), "no copy is left behind for a replace that never happened");
    }

    private List<Path> copies() throws Exception {
        try (var files = Files.list(temp.resolve("journal").resolve("backups"))) {
            return files.sorted().toList();
        }
    }

    @Test
    void mergingAFileWhoseRowsAreAllThereAddsNothing() throws Exception {
        ImportResult result = JournalImport.fromJson(store, file(good), ImportMode.MERGE);
        assertEquals(0, result.added());
        assertEquals(store.tableSizes().values().stream().mapToInt(Integer::intValue).sum(), result.alreadyThere());
        assertArrayEquals(before, export());
        assertTrue(Files.isRegularFile(result.backup().orElseThrow()), "a merge is preceded by a backup too");
    }

    @Test
    void mergingIntoAnotherJournalAddsItsRowsBesideThatJournalsOwn() throws Exception {
        try (JournalStore other = JournalStore.open(temp.resolve("other"), TestClocks.SUNDAY)) {
            other.checkIns().save(new CheckIn(0, "mine", JsonRoundTripTest.NOW, Recorder.PATIENT, Map.of(), "", null,
                    null, "written on the other computer"));
            ImportResult first = JournalImport.fromJson(other, file(good), ImportMode.MERGE);
            int checkIns = store.checkIns().count();
            assertEquals(new ImportResult.Count(checkIns, 0), first.of("check_in"));
            assertEquals(new ImportResult.Count(1, 12), first.of("symptom_item"),
                    "the built-in items are the same items everywhere; the sample's own item is added");
            assertEquals(new ImportResult.Count(0, 1), first.of("profile"), "the profile stays this journal's");
            assertEquals(checkIns + 1, other.checkIns().count());

            ImportResult again = JournalImport.fromJson(other, file(good), ImportMode.MERGE);
            assertEquals(0, again.added(), "nothing is added twice");
            assertEquals(checkIns + 1, other.checkIns().count());
        }
    }

    @Test
    void replacingKeepsACopyOfTheJournalAsItWasInItsBackupsFolder() throws Exception {
        Profile p = store.profile().load();
        store.profile().save(new Profile("Someone else", p.usualRecorder(), p.temperatureUnit(), p.weightUnit(),
                p.feverThresholdCelsius(), p.welcomeCompleted(), p.usualStoolsPerDay()));
        ImportResult result = JournalImport.fromJson(store, file(good), ImportMode.REPLACE);
        Path copy = result.backup().orElseThrow();
        assertEquals(temp.resolve("journal").resolve("backups"), copy.getParent());
        assertTrue(copy.getFileName().toString().matches("journal-before-import-\\d{8}-\\d{6}(-\\d+)?\\.sqlite"),
                copy.toString());
        assertArrayEquals(before, export(), "the file's profile replaced the journal's");
        Files.createDirectories(temp.resolve("kept"));
        Files.copy(copy, temp.resolve("kept").resolve(JournalStore.FILE_NAME));
        try (JournalStore kept = JournalStore.open(temp.resolve("kept"), TestClocks.SUNDAY)) {
            assertEquals("Someone else", kept.profile().load().patientName(), "the copy is the journal as it was");
        }
    }

    @ParameterizedTest(name = "cut after {0} of {1} characters")
    @CsvSource({"1, 2", "1, 3", "2, 3", "1, 4", "3, 4", "9, 10", "99, 100"})
    void aTruncatedFileIsRefused(int numerator, int denominator) throws Exception {
        String cut = good.substring(0, good.length() * numerator / denominator);
        JournalImportException e = assertThrows(JournalImportException.class,
                () -> JournalImport.fromJson(store, file(cut), ImportMode.REPLACE));
        assertTrue(e.problem().message().matches("line \\d+, column \\d+: the file ends too early: it may have been "
                + "cut short while it was copied or saved"), e.problem().message());
        assertRefused(cut, e.problem().message());
    }

    @Test
    void filesThatAreNotJsonOrNotAJournalAreRefused() throws Exception {
        assertRefused("Dear Dr Example,\nthank you for seeing me.\n",
                "line 1, column 1: this is not a JSON file, so it is not a Leio Journal export");
        assertRefused("", "the file is empty");
        assertRefused("[1, 2, 3]", "line 1, column 1: this is not a Leio Journal export: it does not start with {");
        assertRefused(once(good, "\"leio-journal\"", "\"other-app\""), place(good, "\"leio-journal\"", 0)
                + ": this is not a Leio Journal export (its \"format\" should be \"leio-journal\")");
        Path latin1 = temp.resolve("latin1.json");
        Files.write(latin1, once(good, "\"Sample patient\"", "\"Sample Müller\"").getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(latin1, "the file is not UTF-8 text, so it is not a Leio Journal export");
        assertRefused(good + "{}", place(good + "{}", "}\n{}", 2) + ": there is more after the end of the journal");
    }

    @Test
    void anUnknownFormatVersionIsRefused() throws Exception {
        assertRefused(once(good, "\"formatVersion\": 1", "\"formatVersion\": 2"), place(good, "\"formatVersion\": 1",
                17) + ": this file is in format version 2, and this Leio Journal reads version 1 only: a newer Leio "
                + "Journal wrote it");
        assertRefused(once(good, "\"formatVersion\": 1", "\"formatVersion\": \"1\""), place(good,
                "\"formatVersion\": 1", 17) + ": \"formatVersion\" should be a whole number");
    }

    @Test
    void valuesOfTheWrongTypeAreRefusedWhereTheyAre() throws Exception {
        assertRefused(once(good, "\"welcome_completed\": true", "\"welcome_completed\": \"yes\""),
                place(good, "\"welcome_completed\": true", 21) + "; profile, row 1, welcome_completed: should be "
                        + "true or false");
        assertRefused(once(good, "\"value\": ", "\"value\": \"7\", \"x\": "),
                place(good, "\"value\": ", 9) + "; check_in_answer, row 1, value: should be a whole number");
        assertRefused(once(good, "\"note\": \"\"", "\"note\": 5"),
                place(good, "\"note\": \"\"", 8) + "; check_in, row 1, note: should be text in quotes (text)");
        assertRefused(once(good, "\"sort_order\": 1\n", "\"sort_order\": 1.5\n"),
                place(good, "\"sort_order\": 1\n", 14) + "; care_contact, row 1, sort_order: should be a whole number");
        assertRefused(once(good, "\"hours\": \"24 hours\"", "\"hours\": [\"24 hours\"]"),
                place(good, "\"hours\": \"24 hours\"", 9) + "; care_contact, row 1, hours: should be a single value, "
                        + "not a list, an object or a number this large");
        assertRefused(once(good, "\"kind\": \"SCORE\"", "\"kind\": \"score\""),
                place(good, "\"kind\": \"SCORE\"", 8) + "; symptom_item, row 1, kind: should be one of SCORE, COUNT, "
                        + "not \"score\"");
    }

    @Test
    void rowsMissingAColumnOrWithAnUnknownOneAndUnknownTablesAreRefused() throws Exception {
        assertRefused(once(good, "        \"hours\": \"24 hours\",\n", ""), place(good, "      {\n        \"uid\"", 6)
                + "; care_contact, row 1, hours: is missing from this row (every row has every column; null where "
                + "there is no value)");
        assertRefused(once(good, "\"hours\": \"24 hours\"", "\"opening\": \"24 hours\""),
                place(good, "\"hours\": \"24 hours\"", 0) + "; care_contact, row 1: there is no column \"opening\" in "
                        + "care_contact");
        String xray = once(good, "\"radiotherapy\": []", "\"radiotherapy\": [], \"x-ray\": []");
        assertRefused(xray, place(xray, "\"x-ray\"", 0) + ": there is no table \"x-ray\" in a Leio Journal");
        JournalImportException missing = assertThrows(JournalImportException.class, () -> JournalImport.fromJson(store,
                file(once(good, "\"radiotherapy\": [],", "")), ImportMode.MERGE));
        assertTrue(missing.problem().message().matches("line \\d+, column 3: the table \"radiotherapy\" is missing "
                + "\\(the file may be incomplete\\)"), missing.problem().message());
        String twice = once(good, "\"hours\": \"24 hours\"", "\"hours\": \"24 hours\", \"hours\": \"\"");
        assertRefused(twice, place(twice, "\"hours\": \"24 hours\", \"hours\"", 28)
                + ": the key 'hours' appears twice in one object");
    }

    @Test
    void duplicateIdsAreRefused() throws Exception {
        JsonNode checkIns = new ObjectMapper().readTree(good).at("/tables/check_in");
        String first = checkIns.get(0).get("uid").asText();
        String second = checkIns.get(1).get("uid").asText();
        String twice = once(good, "\"uid\": \"" + second + "\"", "\"uid\": \"" + first + "\"");
        assertRefused(twice, place(good, "\"uid\": \"" + second + "\"", 7) + "; check_in, row 2, uid: row 1 has the "
                + "same uid (" + first + "); each may appear once");
    }

    @Test
    void aReferenceToARowThatIsNowhereIsRefused() throws Exception {
        String text = once(good, "\"check_in_uid\": \"", "\"check_in_uid\": \"nowhere-");
        String uid = text.substring(text.indexOf("nowhere-"), text.indexOf('"', text.indexOf("nowhere-")));
        String where = place(text, "\"check_in_uid\": \"nowhere-", 16) + "; check_in_answer, row 1, check_in_uid: "
                + "names check_in \"" + uid + "\", which is ";
        assertRefused(file(text), where + "neither imported nor in the journal", where + "not among the imported rows");
    }

    @Test
    void aTenMegabyteTextIsRefusedWithoutBeingRead() throws Exception {
        String huge = "x".repeat(10 * 1024 * 1024);
        assertRefused(once(good, "\"note\": \"\"", "\"note\": \"" + huge + "\""),
                place(good, "\"note\": \"\"", 8) + "; check_in, row 1, note: is longer than 100000 characters");
    }

    @Test
    void datesOutOfRangeAreRefused() throws Exception {
        JsonNode row = new ObjectMapper().readTree(good).at("/tables/check_in/0");
        String day = row.get("day").asText();
        assertRefused(once(good, "\"day\": \"" + day + "\"", "\"day\": \"1899-12-31\""),
                place(good, "\"day\": \"" + day + "\"", 7) + "; check_in, row 1, day: should be a date as yyyy-MM-dd "
                        + "between 1900 and 2100, such as 2026-03-01, not \"1899-12-31\"");
        String at = row.get("recorded_at").asText();
        assertRefused(once(good, "\"recorded_at\": \"" + at + "\"", "\"recorded_at\": \"2101-01-01T00:00:00Z\""),
                place(good, "\"recorded_at\": \"" + at + "\"", 15) + "; check_in, row 1, recorded_at: should be a UTC "
                        + "moment in whole seconds between 1900 and 2100, such as 2026-03-01T09:00:00Z, not "
                        + "\"2101-01-01T00:00:00Z\"");
        assertRefused(once(good, "\"day\": \"" + day + "\"", "\"day\": \"2026-02-30\""),
                place(good, "\"day\": \"" + day + "\"", 7) + "; check_in, row 1, day: should be a date as yyyy-MM-dd "
                        + "between 1900 and 2100, such as 2026-03-01, not \"2026-02-30\"");
    }
}
