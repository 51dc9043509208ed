package org.leiojournal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.TestClocks;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.storage.JournalStore;

/** {@code export --format fhir} (issue 23): its options, and the file it writes from a journal. */
class FhirExportCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static String usageError(String... args) {
        return assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse(args)).getMessage();
    }

    @Test
    void fhirTakesDatesTheNameAndTheDateOfBirthButNotAPaperSize() throws Exception {
        ExportOptions options = CommandLine.parse("export", "--format", "FHIR", "--out", "x.json", "--from",
                "2026-01-01", "--to", "2026-06-30", "--name", "--date-of-birth").export().orElseThrow();
        assertEquals(ExportFormat.FHIR, options.format());
        assertEquals(LocalDate.of(2026, 1, 1), options.range().first());
        assertEquals(LocalDate.of(2026, 6, 30), options.range().last());
        assertTrue(options.report().name());
        assertTrue(options.report().dateOfBirth());
        assertEquals("--paper goes with --format pdf or emergency only", usageError("export", "--format", "fhir", "--out",
                "x.json", "--paper", "a4"));
        assertEquals("--name goes with --format pdf or fhir only", usageError("export", "--format", "csv", "--out",
                "x.zip", "--name"));
    }

    @Test
    void writesABundleWithTheNameOnlyWhenAsked() throws Exception {
        Path journal = dir.resolve("journal");
        try (JournalStore store = JournalStore.open(journal, TestClocks.SUNDAY)) {
            store.profile().save(new Profile("Ana Lima", Recorder.PATIENT, TemperatureUnit.CELSIUS,
                    WeightUnit.KILOGRAM, new BigDecimal("37.5"), true, 0, Optional.of(LocalDate.of(1970, 4, 12))));
        }
        Path plain = dir.resolve("plain.json");
        Path named = dir.resolve("named.json");
        assertTrue(run("--data-dir", journal.toString(), "export", "--format", "fhir", "--out", plain.toString()),
                err());
        assertTrue(out().startsWith("Exported the journal as a FHIR R4 Bundle (2 resources) to "), out());
        assertTrue(run("--data-dir", journal.toString(), "export", "--format", "fhir", "--out", named.toString(),
                "--name"), err());
        JsonNode anonymous = new ObjectMapper().readTree(plain.toFile());
        assertEquals("Bundle", anonymous.get("resourceType").asText());
        assertEquals("collection", anonymous.get("type").asText());
        assertFalse(anonymous.toString().contains("Ana Lima"));
        assertFalse(anonymous.toString().contains("1970"));
        JsonNode patient = new ObjectMapper().readTree(named.toFile()).get("entry").get(0).get("resource");
        assertEquals("Ana Lima", patient.get("name").get(0).get("text").asText());
        assertFalse(patient.has("birthDate"), "the date of birth only with --date-of-birth");
    }

    private boolean run(String... args) throws Exception {
        return new ExportCommand(Map.of(), TestClocks.SUNDAY, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(CommandLine.parse(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
