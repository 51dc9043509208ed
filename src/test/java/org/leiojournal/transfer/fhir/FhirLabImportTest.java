package org.leiojournal.transfer.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.TestClocks;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.lab.HomeVital;
import org.leiojournal.domain.lab.LabResult;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.transfer.JournalExport;

/**
 * Issue 23: lab results come in from a FHIR file as previewed. The journal's own export comes back with the same
 * blood-test and home blood pressure values; a portal's Bundle (units other than the catalogue's, unknown codes,
 * results without a value, non-lab records) adds what the preview lists and nothing else; a file that is not FHIR
 * is refused with one line and changes nothing.
 */
class FhirLabImportTest {

    private static final LocalDateTime DRAWN = LocalDateTime.of(2026, 11, 18, 9, 10);

    @TempDir
    Path temp;

    private JournalStore store;

    @BeforeEach
    void open() throws Exception {
        store = JournalStore.open(temp.resolve("journal"), TestClocks.SUNDAY);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theJournalsOwnExportComesBackWithTheSameBloodTestsAndReadings() throws Exception {
        Path file = temp.resolve("every.json");
        List<BloodTest> tests;
        List<HomeVital> readings;
        try (JournalStore every = JournalStore.open(temp.resolve("every"), TestClocks.SUNDAY)) {
            EveryRecordJournal.fill(every);
            FhirExport.write(every, FhirChoices.ALL, file, TestClocks.SUNDAY);
            tests = every.bloodTests().all().stream().map(t -> t.withId(0)).toList();
            readings = every.homeVitals().all().stream().map(r -> r.withId(0)).toList();
        }
        LabImportPreview preview = FhirLabImport.preview(store, file, TestClocks.SUNDAY);
        assertEquals(5, preview.added().size(), "three values and two readings: " + preview.added());
        FhirLabImport.merge(store, preview);

        assertEquals(tests, store.bloodTests().all().stream().map(t -> t.withId(0)).toList(),
                "values as entered (11.20 keeps its zero), units, the lab's range and name, the draw time");
        assertEquals(readings, store.homeVitals().all().stream().map(r -> r.withId(0)).toList(),
                "blood pressure with its pulse, and one without");

        LabImportPreview again = FhirLabImport.preview(store, file, TestClocks.SUNDAY);
        assertEquals(List.of(), again.added(), "a second import adds nothing");
        assertEquals(5, again.alreadyThere().size());
        assertTrue(again.nothingToAdd());
    }

    @Test
    void aPortalBundleAddsWhatThePreviewListsInTheCataloguesUnits() throws Exception {
        BloodTest held = store.bloodTests().save(new BloodTest(0, DRAWN, "St Mary's", List.of(
                LabResult.number("haemoglobin", "132", "g/L"), LabResult.number("platelets", "200", "10*9/L"))));
        LabImportPreview preview = FhirLabImport.preview(store, portal(), TestClocks.SUNDAY);

        assertEquals(List.of(
                        "2026-11-17T00:00 Urine protein (dipstick) trace",
                        "2026-11-18T09:10 White cells (WBC) 5.4 ×10⁹/L",
                        "2026-11-18T09:10 Bilirubin 15.2 µmol/L",
                        "2026-11-18T09:10 CRP (inflammation) 12 mg/L",
                        "2026-11-18T09:10 eGFR (kidney filtering) 85 mL/min/1.73m²"),
                preview.added().stream().map(l -> l.at().orElseThrow() + " " + l.what()).toList(),
                "K/uL, mmol/L and g/L shifted exactly to the catalogue's units; 04:10 at -05:00 is 09:10 in London");
        assertEquals(List.of("Haemoglobin (Hb) 13.2 g/dL"), preview.alreadyThere().stream().map(l -> l.what())
                .toList(), "13.2 g/dL is the 132 g/L the journal holds at that time");
        assertEquals(List.of(
                        "Urea 15 mg/dL: the journal cannot convert mg/dL exactly to mmol/L",
                        "Glucose: code 2345-7 is not a test the journal keeps",
                        "Neutrophils: no value as a number",
                        "ALT (liver) <5: a value given as less or more than a number is not an exact value",
                        "Potassium: marked entered-in-error, not a result",
                        "Body weight: not a lab result",
                        "1 × Patient: not a lab result",
                        "Platelets 210 ×10³/µL: the journal has 200 ×10⁹/L at this time; it is kept"),
                preview.skipped().stream().map(l -> l.what() + ": " + l.why()).toList());

        FhirLabImport.merge(store, preview);
        List<BloodTest> tests = store.bloodTests().all();
        assertEquals(2, tests.size(), "the dipstick of the 17th, and the 18th's values added to the test held");
        assertEquals("trace", tests.get(0).result("urine-protein-dipstick").orElseThrow().value());
        BloodTest merged = tests.get(1);
        assertEquals(held.id(), merged.id());
        assertEquals("St Mary's", merged.lab(), "the test held keeps its lab");
        assertEquals("132", merged.result("haemoglobin").orElseThrow().value(), "never overwritten");
        assertEquals("200", merged.result("platelets").orElseThrow().value(), "never overwritten");
        assertEquals(new LabResult("bilirubin", "15.2", "umol/L", Optional.empty(), Optional.empty()),
                merged.result("bilirubin").orElseThrow());
        assertEquals("10*9/L", merged.result("wbc").orElseThrow().unit());
        assertEquals(List.of(), store.homeVitals().all());
    }

    @Test
    void theLabsRangeIsKeptInTheValuesUnitAndTheLabsNameWithANewTest() throws Exception {
        LabImportPreview preview = FhirLabImport.preview(store, portal(), TestClocks.SUNDAY);
        FhirLabImport.merge(store, preview);
        BloodTest test = store.bloodTests().all().get(1);
        assertEquals("Portal General Lab", test.lab());
        assertEquals(new LabResult("haemoglobin", "13.2", "g/dL", Optional.of(new BigDecimal("12.0")),
                Optional.of(new BigDecimal("15.5"))), test.result("haemoglobin").orElseThrow());
        assertEquals("210", test.result("platelets").orElseThrow().value(), "nothing held, so it is added");
        assertEquals("10*3/uL", test.result("platelets").orElseThrow().unit(), "a catalogue unit is kept as sent");
    }

    @Test
    void ndjsonOfObservationsIsReadLineByLine() throws Exception {
        Path file = temp.resolve("labs.ndjson");
        Files.writeString(file, """
                {"resourceType":"Observation","status":"final","category":[{"coding":[{"code":"laboratory"}]}],\
                "code":{"coding":[{"system":"http://loinc.org","code":"777-3"}]},\
                "effectiveDateTime":"2026-11-20T08:00:00Z",\
                "valueQuantity":{"value":95000,"unit":"/uL","system":"http://unitsofmeasure.org","code":"/uL"}}
                {"resourceType":"Observation","status":"final","category":[{"coding":[{"code":"laboratory"}]}],\
                "code":{"coding":[{"system":"http://loinc.org","code":"718-7"}]},\
                "effectiveDateTime":"2026-11-20T08:00:00Z",\
                "valueQuantity":{"value":10.1,"unit":"g/dL","system":"http://unitsofmeasure.org","code":"g/dL"}}
                """);
        FhirLabImport.merge(store, FhirLabImport.preview(store, file, TestClocks.SUNDAY));
        BloodTest test = store.bloodTests().all().get(0);
        assertEquals(LocalDateTime.of(2026, 11, 20, 8, 0), test.drawnAt());
        assertEquals(List.of("haemoglobin 10.1 g/dL", "platelets 95000 /uL"), test.results().stream()
                .map(r -> r.testId() + " " + r.value() + " " + r.unit()).toList(), "one test per draw time");
    }

    @Test
    void aReadingHeldIsAlreadyThereWithOrWithoutItsPulseAndASecondPulseIsNamed() throws Exception {
        store.homeVitals().save(new HomeVital(0, LocalDateTime.of(2026, 11, 21, 7, 30), 142, 91, Optional.of(78)));
        String bp = """
                {"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org",\
                "code":"85354-9"}]},"effectiveDateTime":"%s","component":[\
                {"code":{"coding":[{"system":"http://loinc.org","code":"8480-6"}]},"valueQuantity":{"value":%d,\
                "unit":"mmHg","system":"http://unitsofmeasure.org","code":"mm[Hg]"}},\
                {"code":{"coding":[{"system":"http://loinc.org","code":"8462-4"}]},"valueQuantity":{"value":%d,\
                "unit":"mmHg","system":"http://unitsofmeasure.org","code":"mm[Hg]"}}]}
                """;
        String pulse = """
                {"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org",\
                "code":"8867-4"}]},"effectiveDateTime":"%s","valueQuantity":{"value":%d,"unit":"beats/minute",\
                "system":"http://unitsofmeasure.org","code":"/min"}}
                """;
        Path file = Files.writeString(temp.resolve("vitals.ndjson"), bp.formatted("2026-11-21T07:30:00Z", 142, 91)
                + bp.formatted("2026-11-22T07:30:00Z", 128, 84) + pulse.formatted("2026-11-22T07:30:00Z", 70)
                + pulse.formatted("2026-11-22T07:30:00Z", 72) + pulse.formatted("2026-11-20T07:30:00Z", 66));
        LabImportPreview preview = FhirLabImport.preview(store, file, TestClocks.SUNDAY);
        assertEquals(List.of("Blood pressure 142/91 mmHg"), preview.alreadyThere().stream().map(l -> l.what())
                .toList(), "the reading held, sent without its pulse");
        assertEquals(List.of("Blood pressure 128/84 mmHg, pulse 70"), preview.added().stream().map(l -> l.what())
                .toList());
        assertEquals(List.of("Pulse 72: the file has another pulse at this time",
                "Pulse 66: no blood pressure reading at the same time (the journal keeps the pulse with one)"),
                preview.skipped().stream().map(l -> l.what() + ": " + l.why()).toList());
    }

    @Test
    void aFileThatIsNotFhirOrIsDamagedIsRefusedWithOneLineAndChangesNothing() throws Exception {
        store.bloodTests().save(new BloodTest(0, DRAWN, "", List.of(LabResult.number("platelets", "200", "10*9/L"))));
        Path leio = temp.resolve("leio.json");
        JournalExport.toJson(store, leio);
        String bundle = Files.readString(portal());
        Path cut = Files.writeString(temp.resolve("cut.json"), bundle.substring(0, bundle.length() / 2));
        Path text = Files.writeString(temp.resolve("notes.json"), "Hb 13.2 on Tuesday");
        Path latin1 = Files.write(temp.resolve("latin1.json"), "{\"resourceType\":\"Bundle\",\"id\":\"caf\u00e9\"}"
                .getBytes(StandardCharsets.ISO_8859_1));
        Path entries = Files.writeString(temp.resolve("entries.json"), "{\"resourceType\":\"Bundle\",\"entry\":{}}");
        List<BloodTest> before = store.bloodTests().all();
        for (Path file : List.of(leio, cut, text, latin1, entries, temp.resolve("missing.json"))) {
            FhirRefusedException refused = assertThrows(FhirRefusedException.class,
                    () -> FhirLabImport.preview(store, file, TestClocks.SUNDAY), file.toString());
            assertTrue(!refused.getMessage().isBlank() && refused.getMessage().lines().count() == 1,
                    refused.getMessage());
        }
        assertTrue(assertThrows(FhirRefusedException.class, () -> FhirLabImport.preview(store, leio,
                TestClocks.SUNDAY)).getMessage().contains("not a FHIR file"));
        assertEquals(before, store.bloodTests().all());
    }

    private Path portal() throws Exception {
        Path file = temp.resolve("portal-labs.json");
        try (InputStream in = getClass().getResourceAsStream("portal-labs.json")) {
            Files.copy(in, file);
        }
        return file;
    }
}
