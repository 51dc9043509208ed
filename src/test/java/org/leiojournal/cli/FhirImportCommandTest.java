package org.leiojournal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.TestClocks;
import org.leiojournal.storage.ImportMode;
import org.leiojournal.storage.JournalStore;

/** {@code import FILE --fhir} (issue 23): its options, the preview it prints, and a file it refuses. */
class FhirImportCommandTest {

    private static final String PLATELETS = """
            {"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Observation",\
            "status":"final","category":[{"coding":[{"code":"laboratory"}]}],\
            "code":{"coding":[{"system":"http://loinc.org","code":"777-3"}],"text":"Platelets"},\
            "effectiveDateTime":"2026-11-20T08:00:00Z",\
            "valueQuantity":{"value":95,"unit":"10*9/L","system":"http://unitsofmeasure.org","code":"10*9/L"}}},\
            {"resource":{"resourceType":"Patient"}}]}
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static String usageError(String... args) {
        return assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse(args)).getMessage();
    }

    @Test
    void fhirMergesAndMayOnlyPreview() throws Exception {
        assertEquals(new ImportOptions(Path.of("labs.json"), ImportMode.MERGE, true, false),
                CommandLine.parse("import", "labs.json", "--fhir").importing().orElseThrow());
        assertTrue(CommandLine.parse("import", "--fhir", "--preview", "labs.json").importing().orElseThrow()
                .preview());
        assertEquals("import --fhir adds lab results to the journal; it cannot --replace it",
                usageError("import", "labs.json", "--fhir", "--replace"));
        assertEquals("--preview goes with import --fhir", usageError("import", "labs.json", "--preview"));
        assertEquals("--fhir goes with the import command, after it", usageError("export", "--fhir"));
        assertEquals("--fhir takes no value", usageError("import", "labs.json", "--fhir=yes"));
    }

    @Test
    void previewListsAndChangesNothingThenImportAdds() throws Exception {
        Path file = Files.writeString(dir.resolve("labs.json"), PLATELETS);
        Path journal = dir.resolve("journal");
        assertTrue(run("--data-dir", journal.toString(), "import", file.toString(), "--fhir", "--preview"));
        String shown = out.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("Adds:\n  2026-11-20 08:00  Platelets 95 ×10⁹/L"), shown);
        assertTrue(shown.contains("Skipped:\n  1 × Patient: not a lab result"), shown);
        assertTrue(shown.contains("Nothing was changed (--preview): 1 value to add, 0 already there, 1 skipped"),
                shown);
        try (JournalStore store = JournalStore.open(journal, TestClocks.SUNDAY)) {
            assertEquals(0, store.bloodTests().all().size());
        }
        out.reset();
        assertTrue(run("--data-dir", journal.toString(), "import", file.toString(), "--fhir"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Merged the lab results of"));
        try (JournalStore store = JournalStore.open(journal, TestClocks.SUNDAY)) {
            assertEquals("95", store.bloodTests().all().get(0).result("platelets").orElseThrow().value());
        }
    }

    @Test
    void aFileThatIsNotFhirIsRefusedInOneLine() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.json"), "{\"checkIns\": []}");
        assertFalse(run("--data-dir", dir.resolve("journal").toString(), "import", file.toString(), "--fhir"));
        String message = err.toString(StandardCharsets.UTF_8).strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("leio-journal: nothing was imported from ")
                && message.contains("not a FHIR file"), message);
    }

    private boolean run(String... args) throws Exception {
        return new ImportCommand(Map.of(), TestClocks.SUNDAY, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(CommandLine.parse(args));
    }
}
