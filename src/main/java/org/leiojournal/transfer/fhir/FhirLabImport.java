package org.leiojournal.transfer.fhir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import org.leiojournal.catalog.LabCatalog;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.lab.HomeVital;
import org.leiojournal.storage.Backups;
import org.leiojournal.storage.JournalStore;

/**
 * Imports lab results from a FHIR R4 file (a patient portal's Bundle or NDJSON of Observations) in two steps: a
 * {@link #preview} that reads the file and says what would be added, what is already there and what is skipped and
 * why, changing nothing; then {@link #merge}, which copies the journal into its backups and saves everything in
 * one transaction. docs/fhir.md has the rules.
 */
public final class FhirLabImport {

    private static final Logger LOG = Logger.getLogger(FhirLabImport.class.getName());

    private FhirLabImport() {
    }

    /** What importing {@code file} would do; refused with one line when the file is not FHIR JSON or is damaged. */
    public static LabImportPreview preview(JournalStore store, Path file, Clock clock) throws FhirRefusedException {
        var resources = FhirResourceFile.read(file);
        return new LabImportPlanner(LabCatalog.bundled(), store.bloodTests().all(), store.homeVitals().all(),
                clock.getZone(), LocalDateTime.now(clock)).plan(resources);
    }

    /** Saves what the preview lists as added: all of it or, if anything fails, none of it. */
    public static void merge(JournalStore store, LabImportPreview preview) {
        if (preview.nothingToAdd()) {
            return;
        }
        store.backups().backUp(Backups.BEFORE_IMPORT);
        store.inOneTransaction(() -> {
            for (BloodTest test : preview.tests()) {
                store.bloodTests().save(test);
            }
            for (HomeVital reading : preview.readings()) {
                store.homeVitals().save(reading);
            }
        });
        LOG.info(() -> "Imported FHIR lab results: " + preview.added().size() + " values");
    }
}
