package org.leiojournal.ui.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.storage.ImportMode;
import org.leiojournal.storage.ImportResult;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.transfer.ImportProblem;
import org.leiojournal.transfer.JournalExport;
import org.leiojournal.transfer.JournalImport;
import org.leiojournal.transfer.JournalImportException;
import org.leiojournal.transfer.fhir.FhirChoices;
import org.leiojournal.transfer.fhir.FhirExport;
import org.leiojournal.transfer.fhir.FhirLabImport;
import org.leiojournal.transfer.fhir.FhirRefusedException;
import org.leiojournal.transfer.fhir.LabImportPreview;
import org.leiojournal.ui.common.UiContext;

/**
 * "Your data": everything exported to one JSON file, and such a file imported back, merged or replacing the
 * journal; the journal exported for health records (FHIR), and blood results imported from a portal's FHIR
 * file. The work runs off the UI thread while {@link #busyProperty()} is true; after an import the window is
 * built again ({@code reload}) so every screen shows what came in.
 */
public final class DataTransferViewModel {

    private final UiContext ui;
    private final JournalStore store;
    private final Runnable reload;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final BooleanProperty fhirName = new SimpleBooleanProperty(false);
    private final BooleanProperty fhirDateOfBirth = new SimpleBooleanProperty(false);

    public DataTransferViewModel(JournalStore store, UiContext ui, Runnable reload) {
        this.store = store;
        this.ui = ui;
        this.reload = reload;
    }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** What the last export or import did, or why nothing was imported. */
    public ReadOnlyStringProperty resultProperty() { return result.getReadOnlyProperty(); }

    /** Whether the FHIR export names the user; off unless ticked. */
    public BooleanProperty fhirNameProperty() { return fhirName; }
    /** Whether the FHIR export gives the date of birth; off unless ticked. */
    public BooleanProperty fhirDateOfBirthProperty() { return fhirDateOfBirth; }

    /** Real data never goes into the sample journal, which the app may delete and write afresh. */
    public boolean canImport() {
        return !store.isSample();
    }

    /** Asks where to save, then writes everything in the journal to one JSON file. */
    public void exportEverything() {
        export(ui.messages().get("transfer.fileName", LocalDate.now(ui.clock()).toString()), ui.messages().get("transfer.filter"),
                "json", "transfer.export.done", JournalExport::toJson);
    }

    /**
     * Asks where to save, then writes the whole journal as a FHIR R4 Bundle for a health records system, with the
     * name and date of birth only when ticked (issue 23).
     */
    public void exportFhir() {
        FhirChoices choices = new FhirChoices(DateSpan.ALL, fhirName.get(), fhirDateOfBirth.get());
        export(ui.messages().get("transfer.fhir.fileName", LocalDate.now(ui.clock()).toString()),
                ui.messages().get("transfer.fhir.filter"), "json", "transfer.fhir.done",
                (journal, target) -> FhirExport.write(journal, choices, target, ui.clock()));
    }

    /** Asks where to save, then writes every table as a CSV file, all in one zip, for a spreadsheet. */
    public void exportCsv() {
        export(ui.messages().get("transfer.csv.fileName", LocalDate.now(ui.clock()).toString()),
                ui.messages().get("transfer.csv.filter"), "zip", "transfer.export.done", JournalExport::toCsv);
    }

    /** How an export writes the journal to a file, returning the number of rows (FHIR: resources). */
    private interface Writing {
        int write(JournalStore store, Path target) throws IOException;
    }

    private void export(String fileName, String filter, String extension, String doneKey, Writing writing) {
        Optional<Path> chosen = ui.dialogs().chooseFileToSave(ui.messages().get("transfer.export.chooser"), fileName, filter,
                extension);
        if (chosen.isEmpty()) {
            return;
        }
        Path target = chosen.get().toAbsolutePath().normalize();
        if (target.startsWith(store.folder())) {
            ui.dialogs().showError(ui.messages().get("transfer.export.failed.title"), ui.messages().get("transfer.export.inside"));
            return;
        }
        busy.set(true);
        ui.tasks().run(() -> {
            try {
                return writing.write(store, target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, rows -> {
            busy.set(false);
            result.set(ui.messages().get(doneKey, rows, target.toString()));
        }, e -> {
            busy.set(false);
            result.set("");
            ui.dialogs().showError(ui.messages().get("transfer.export.failed.title"),
                    ui.messages().get("transfer.export.failed.body", target.toString()));
        });
    }

    /** The file to import, or empty when the user cancels. */
    public Optional<Path> chooseFileToImport() {
        return ui.dialogs().chooseFileToOpen(ui.messages().get("transfer.import.chooser"), ui.messages().get("transfer.import.filter"),
                "json,zip");
    }

    /** Imports {@code file}; a replace first says what will be replaced and where the copy goes, and may stop. */
    public void importFrom(Path file, ImportMode mode) {
        if (!canImport()) {
            return;
        }
        if (mode == ImportMode.MERGE) {
            run(file, mode);
            return;
        }
        busy.set(true);
        ui.tasks().run(store::tableSizes, sizes -> {
            busy.set(false);
            if (ui.dialogs().confirm(ui.messages().get("transfer.replace.title"), replaceWarning(file, sizes),
                    ui.messages().get("transfer.replace.confirm"))) {
                run(file, mode);
            }
        }, e -> {
            busy.set(false);
            ui.dialogs().showSaveFailure();
        });
    }

    private String replaceWarning(Path file, Map<String, Integer> sizes) {
        String counts = ui.messages().get("transfer.replace.counts", sizes.get("check_in"), sizes.get("course"),
                sizes.get("medicine"), sizes.get("appointment"));
        return ui.messages().get("transfer.replace.body", file.getFileName().toString(), counts,
                store.folder().resolve(JournalStore.BACKUP_FOLDER).toString());
    }

    private void run(Path file, ImportMode mode) {
        busy.set(true);
        result.set("");
        ui.tasks().run(() -> {
            try {
                return new Outcome(JournalImport.from(store, file, mode), null);
            } catch (JournalImportException e) {
                return new Outcome(null, e.problem()); // the user's file, not a fault: no stack trace in the log
            }
        }, outcome -> {
            busy.set(false);
            if (outcome.problem() != null) {
                refused(outcome.problem().message());
                return;
            }
            reload.run();
            ui.dialogs().showInfo(ui.messages().get("transfer.import.done.title"), summary(outcome.done(), file));
        }, e -> {
            busy.set(false);
            refused(ui.messages().get("transfer.import.error", e.getClass().getSimpleName()));
        });
    }

    private void refused(String why) {
        result.set(ui.messages().get("transfer.import.failed.body", why));
        ui.dialogs().showError(ui.messages().get("transfer.import.failed.title"), result.get());
    }

    private String summary(ImportResult done, Path file) {
        String name = file.getFileName().toString();
        return done.mode() == ImportMode.REPLACE
                ? ui.messages().get("transfer.replace.done", name, done.added(),
                        done.backup().map(Path::toString).orElse(""))
                : ui.messages().get("transfer.merge.done", done.added(), name, done.alreadyThere());
    }

    /** The FHIR file of lab results to import, or empty when the user cancels. */
    public Optional<Path> chooseFhirFileToImport() {
        return ui.dialogs().chooseFileToOpen(ui.messages().get("transfer.fhirImport.chooser"),
                ui.messages().get("transfer.fhirImport.filter"), "json,ndjson");
    }

    /**
     * Reads a portal's FHIR file of lab results and asks {@code approve} (the preview dialog) before adding what it
     * lists; a file that is not FHIR, or is damaged, is refused with its one line and changes nothing (issue 23).
     */
    public void importBloodResults(Path file, Predicate<LabImportPreview> approve) {
        if (!canImport()) {
            return;
        }
        busy.set(true);
        result.set("");
        ui.tasks().run(() -> {
            try {
                return new Preview(FhirLabImport.preview(store, file, ui.clock()), null);
            } catch (FhirRefusedException e) {
                return new Preview(null, e.getMessage()); // the user's file, not a fault
            }
        }, preview -> {
            busy.set(false);
            if (preview.refused() != null) {
                refused(preview.refused());
            } else if (approve.test(preview.plan()) && !preview.plan().nothingToAdd()) {
                merge(file, preview.plan());
            }
        }, e -> {
            busy.set(false);
            refused(ui.messages().get("transfer.import.error", e.getClass().getSimpleName()));
        });
    }

    private void merge(Path file, LabImportPreview plan) {
        busy.set(true);
        ui.tasks().run(() -> {
            FhirLabImport.merge(store, plan);
            return plan.added().size();
        }, added -> {
            busy.set(false);
            result.set(ui.messages().get("transfer.fhirImport.done", added, file.getFileName().toString()));
            reload.run();
            ui.dialogs().showInfo(ui.messages().get("transfer.import.done.title"), result.get());
        }, e -> {
            busy.set(false);
            refused(ui.messages().get("transfer.import.error", e.getClass().getSimpleName()));
        });
    }

    /** A FHIR file's preview, or the one line saying why it was refused. */
    private record Preview(LabImportPreview plan, String refused) {
    }

    /** What an import did, or the first problem of a refused file. */
    private record Outcome(ImportResult done, ImportProblem problem) {
    }
}
