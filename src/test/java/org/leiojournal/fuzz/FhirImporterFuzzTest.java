package org.leiojournal.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.leiojournal.TestClocks;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.lab.HomeVital;
import org.leiojournal.domain.lab.LabResult;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.transfer.fhir.FhirChoices;
import org.leiojournal.transfer.fhir.FhirExport;
import org.leiojournal.transfer.fhir.FhirLabImport;
import org.leiojournal.transfer.fhir.FhirRefusedException;
import org.leiojournal.transfer.fhir.LabImportPreview;

/**
 * Fuzzes the FHIR lab-results import (issue 23) as {@link ImporterFuzzTest} does the JSON and CSV importers: a
 * portal's Bundle and the journal's own FHIR export, mutated ({@link Mutator}), are previewed and merged into a
 * journal holding a blood test and a home reading: refused with a {@link FhirRefusedException} (the journal as it
 * was) or imported, never another exception, never a hang. An import is undone before the next try.
 */
class FhirImporterFuzzTest {

    private static Path work;
    private static JournalStore store;
    private static byte[] portal;
    private static byte[] ownExport;
    private static List<BloodTest> tests;
    private static List<HomeVital> readings;
    private static int accepted;
    private static int refused;

    @BeforeContainer
    static void makeSeeds() throws Exception {
        work = Files.createTempDirectory("leio-fhir-fuzz");
        store = JournalStore.open(work.resolve("journal"), TestClocks.SUNDAY);
        store.bloodTests().save(new BloodTest(0, LocalDateTime.of(2026, 11, 18, 9, 10), "St Mary's", List.of(
                LabResult.number("haemoglobin", "132", "g/L"), LabResult.number("urine-protein-dipstick", "1+", ""))));
        store.bloodTests().save(new BloodTest(0, LocalDateTime.of(2026, 11, 1, 8, 0), "", List.of(
                new LabResult("neutrophils", "0.80", "10*9/L", Optional.of(new java.math.BigDecimal("2.0")),
                        Optional.of(new java.math.BigDecimal("7.5"))))));
        store.homeVitals().save(new HomeVital(0, LocalDateTime.of(2026, 11, 20, 7, 30), 142, 91, Optional.of(78)));
        Path export = work.resolve("own.json");
        FhirExport.write(store, FhirChoices.ALL, export, TestClocks.SUNDAY);
        ownExport = Files.readAllBytes(export);
        try (InputStream in = FhirImporterFuzzTest.class.getResourceAsStream(
                "/org/leiojournal/transfer/fhir/portal-labs.json")) {
            portal = in.readAllBytes();
        }
        tests = store.bloodTests().all();
        readings = store.homeVitals().all();
    }

    @AfterContainer
    static void cleanUp() throws Exception {
        System.out.println("FhirImporterFuzzTest: " + accepted + " accepted, " + refused + " refused");
        store.close();
        try (Stream<Path> files = Files.walk(work)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Property(seed = "20261122")
    void aMutatedPortalBundleIsImportedOrRefused(@ForAll long seed) throws Exception {
        check(Mutator.json(portal, new Random(seed)));
    }

    @Property(seed = "20261122")
    void aMutatedFhirExportIsImportedOrRefused(@ForAll long seed) throws Exception {
        check(Mutator.json(ownExport, new Random(seed)));
    }

    private static void check(byte[] input) throws Exception {
        Path file = Files.write(work.resolve("input.json"), input);
        boolean imported = assertTimeoutPreemptively(ImportTarget.LIMIT, () -> {
            LabImportPreview preview;
            try {
                preview = FhirLabImport.preview(store, file, TestClocks.SUNDAY);
            } catch (FhirRefusedException e) {
                return false;
            }
            FhirLabImport.merge(store, preview);
            return true;
        }, () -> "import took over " + ImportTarget.LIMIT + ": " + Mutator.describe(input));
        if (imported) {
            accepted++;
            undo();
        } else {
            refused++;
        }
        assertEquals(tests, store.bloodTests().all(), () -> "the blood tests changed: " + Mutator.describe(input));
        assertEquals(readings, store.homeVitals().all(), () -> "the readings changed: " + Mutator.describe(input));
    }

    /** Puts the journal back as it was before an accepted import: what it added is deleted, what it grew is reset. */
    private static void undo() {
        for (BloodTest now : store.bloodTests().all()) {
            Optional<BloodTest> before = tests.stream().filter(t -> t.id() == now.id()).findFirst();
            if (before.isEmpty()) {
                store.bloodTests().delete(now.id());
            } else if (!before.get().equals(now)) {
                store.bloodTests().save(before.get());
            }
        }
        for (HomeVital now : store.homeVitals().all()) {
            if (readings.stream().noneMatch(r -> r.id() == now.id())) {
                store.homeVitals().delete(now.id());
            }
        }
    }
}
