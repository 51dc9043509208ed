package org.leiojournal.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leiojournal.TestClocks;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.lab.LabResult;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.transfer.fhir.FhirLabImport;
import org.leiojournal.transfer.fhir.FhirRefusedException;
import org.leiojournal.transfer.fhir.LabImportPreview;

/**
 * FHIR files known to hurt a reader (the corpus's README): each is refused with its one line, or previewed with
 * nothing to add and the reason, and the journal stays as it was.
 */
class FhirImporterCorpusTest {

    @TempDir
    static Path work;
    private static JournalStore store;
    private static List<BloodTest> before;

    @BeforeAll
    static void open() throws Exception {
        store = JournalStore.open(work.resolve("journal"), TestClocks.SUNDAY);
        store.bloodTests().save(new BloodTest(0, LocalDateTime.of(2026, 11, 18, 9, 10), "",
                List.of(LabResult.number("platelets", "200", "10*9/L"))));
        before = store.bloodTests().all();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("bundles-in-bundles.json", "the file has Bundles inside Bundles, deeper than any portal "
                        + "sends"),
                Arguments.of("deep-nesting.json", "it is damaged or not a FHIR file: it goes beyond what any FHIR "
                        + "file holds"),
                Arguments.of("entry-not-list.json", "the Bundle is damaged: its entries are not a list"),
                Arguments.of("not-utf8.json", "the file is not UTF-8 text, so it is not a FHIR JSON file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedAndChangesNothing(String name, String reason) {
        FhirRefusedException refused = assertThrows(FhirRefusedException.class,
                () -> FhirLabImport.preview(store, file(name), TestClocks.SUNDAY));
        assertTrue(refused.getMessage().startsWith(reason), refused.getMessage());
        assertEquals(before, store.bloodTests().all());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("extremes")
    void anExtremeNumberIsSkippedAsNoValueALabCouldPrint(String name) throws Exception {
        LabImportPreview preview = FhirLabImport.preview(store, file(name), TestClocks.SUNDAY);
        assertTrue(preview.nothingToAdd());
        assertEquals(List.of("Platelets: not a value a lab could print for this test"), preview.skipped().stream()
                .map(l -> l.what() + ": " + l.why()).toList());
        FhirLabImport.merge(store, preview);
        assertEquals(before, store.bloodTests().all());
    }

    static Stream<String> extremes() {
        return Stream.of("huge-exponent.json", "tiny-exponent.json");
    }

    private static Path file(String name) {
        return Path.of("src/test/resources/org/leiojournal/fuzz/fhir").resolve(name);
    }
}
