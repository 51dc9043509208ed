package org.leiojournal.bench;

import org.leiojournal.TestClocks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.domain.alert.AlertCheck;
import org.leiojournal.domain.alert.AlertEvaluator;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.report.ReportSection;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.report.pdf.Paper;
import org.leiojournal.storage.ImportMode;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.transfer.ClinicReportExport;
import org.leiojournal.transfer.EmergencySheetExport;
import org.leiojournal.transfer.JournalExport;
import org.leiojournal.transfer.fhir.FhirChoices;
import org.leiojournal.transfer.fhir.FhirExport;
import org.leiojournal.transfer.JournalImport;
import org.leiojournal.transfer.ReportRequest;

/**
 * What the worker thread does for a user, timed in this process once it is warm: saving a check-in, the 90-day
 * clinic report, and the JSON export and import of the whole journal. Each result is checked, so a fast wrong
 * answer cannot pass for a fast one.
 */
final class InProcessBench {

    private static final int WARM_UP = 5;

    private final JournalStore store;
    private final Path work;
    private final Clock clock;

    InProcessBench(JournalStore store, Path work) {
        this(store, work, Clock.systemDefaultZone());
    }

    /** On a clock of its own: {@link ReportProbe} writes the same report in two runs to compare them. */
    InProcessBench(JournalStore store, Path work, Clock clock) {
        this.store = store;
        this.work = work;
        this.clock = clock;
    }

    /**
     * What Save does on the worker: the entry and its alerts in one transaction (with the file synced), then the
     * open alerts read back. Each saved entry is deleted again, untimed, so the journal keeps its size.
     */
    Samples checkInSave(int runs) throws Exception {
        List<SymptomItem> items = store.items().all();
        Profile profile = store.profile().load();
        AlertCheck check = new AlertEvaluator(AlertRuleCatalog.bundled()).checkWith(items,
                profile.feverThresholdCelsius(), profile.usualStoolsPerDay(), store.courses().all());
        Samples samples = new Samples();
        for (int i = 0; i < WARM_UP * 4 + runs; i++) {
            CheckIn entry = todaysCheckIn(items, i);
            Samples target = i < WARM_UP * 4 ? new Samples() : samples;
            long[] id = new long[1];
            target.time(() -> {
                id[0] = store.checkIns().save(entry, check).entry().id();
                store.alerts().open();
            });
            store.checkIns().delete(id[0]);
        }
        return samples;
    }

    private CheckIn todaysCheckIn(List<SymptomItem> items, int i) {
        Map<Long, Integer> answers = new HashMap<>();
        for (SymptomItem item : items) {
            answers.put(item.id(), item.kind() == ItemKind.COUNT ? 1 : (i + (int) item.id()) % 6);
        }
        return new CheckIn(0, UUID.randomUUID().toString(), ZonedDateTime.now(clock), Recorder.PATIENT, answers, "",
                Temperature.celsius("36.8"), null, "Saved by the benchmark");
    }

    /** How many pages the 90-day report has: its floor writes as many. */
    private int reportPages;

    int reportPages() {
        return reportPages;
    }

    /** The report of the last 90 days with every section, as the dialog writes it. */
    Samples report90Days(int runs) throws Exception {
        Samples samples = new Samples();
        for (int i = 0; i < WARM_UP + runs; i++) {
            Samples target = i < WARM_UP ? new Samples() : samples;
            target.time(this::report90DaysOnce);
        }
        Path pdf = report90DaysFile();
        if (Files.size(pdf) < 10_000) {
            throw new IllegalStateException("the report is only " + Files.size(pdf) + " bytes");
        }
        return samples;
    }

    /** Writes the 90-day report once, to {@link #report90DaysFile}. */
    void report90DaysOnce() throws Exception {
        LocalDate today = LocalDate.now(clock);
        Optional<DateSpan> range = Optional.of(new DateSpan(today.minusDays(89), today));
        reportPages = ClinicReportExport.write(store, new ReportRequest(range, Paper.A4,
                EnumSet.allOf(ReportSection.class), false, false), report90DaysFile(), clock);
    }

    private Path report90DaysFile() {
        return work.resolve("report-90-days.pdf");
    }

    /** The report's floor ({@link PdfFloor}), warmed up as the report is. */
    Samples reportFloor(int runs) throws Exception {
        Path pdf = work.resolve("report-floor.pdf");
        Samples samples = new Samples();
        for (int i = 0; i < WARM_UP + runs; i++) {
            Samples target = i < WARM_UP ? new Samples() : samples;
            target.time(() -> PdfFloor.write(reportPages, pdf));
        }
        return samples;
    }

    /** The one-page emergency sheet as its button writes it: profile, courses, the last days' check-ins and alerts. */
    Samples emergencySheet(int runs) throws Exception {
        Path pdf = work.resolve("emergency-sheet.pdf");
        Samples samples = new Samples();
        for (int i = 0; i < WARM_UP + runs; i++) {
            Samples target = i < WARM_UP ? new Samples() : samples;
            target.time(() -> {
                if (EmergencySheetExport.write(store, Paper.A4, pdf, clock) != 1) {
                    throw new IllegalStateException("the emergency sheet is not one page");
                }
            });
        }
        return samples;
    }

    /** Export to JSON; the first run is counted, as a user's single export in a session would be. */
    Samples exportJson(int runs, Path file) throws Exception {
        Samples samples = new Samples();
        for (int i = 0; i < runs; i++) {
            samples.time(() -> JournalExport.toJson(store, file));
        }
        return samples;
    }

    /**
     * The FHIR R4 Bundle of the whole journal (issue 23), timed like the JSON export, which is its floor: both read
     * the same journal and write one file. Every check-in with an ESAS-r answer becomes a response.
     */
    Samples exportFhir(int runs, Path file) throws Exception {
        Samples samples = new Samples();
        for (int i = 0; i < runs; i++) {
            samples.time(() -> FhirExport.write(store, FhirChoices.ALL, file, TestClocks.SUNDAY));
        }
        if (!Files.readString(file).contains("\"QuestionnaireResponse\"")) {
            throw new IllegalStateException("the FHIR export holds no check-in");
        }
        return samples;
    }

    /** The CSV export into a new folder (untimed): what the CSV import reads. */
    Path exportCsv(Path folder) throws Exception {
        JournalExport.toCsv(store, folder);
        return folder;
    }

    /** Import of a CSV export folder into a new, empty journal each time, as {@link #importJson} does. */
    Samples importCsv(int runs, Path folder) throws Exception {
        int expected = store.checkIns().count();
        Samples samples = new Samples();
        for (int i = 0; i < runs; i++) {
            try (JournalStore fresh = JournalStore.open(work.resolve("import-csv-" + i), TestClocks.SUNDAY)) {
                samples.time(() -> JournalImport.fromCsv(fresh, folder, ImportMode.REPLACE));
                if (fresh.checkIns().count() != expected) {
                    throw new IllegalStateException("imported " + fresh.checkIns().count() + " of " + expected);
                }
            }
        }
        return samples;
    }

    /**
     * The import's floor ({@link ImportFloor}) into a new, empty journal each time (made and closed untimed, so
     * only the parse and the insert are timed); every entry arrives.
     */
    Samples importFloor(int runs, Path file, boolean csv) throws Exception {
        int expected = store.checkIns().count();
        Samples samples = new Samples();
        for (int i = 0; i < runs; i++) {
            Path folder = work.resolve("floor-" + (csv ? "csv-" : "json-") + i);
            JournalStore.open(folder, TestClocks.SUNDAY).close();
            Path journal = folder.resolve(JournalStore.FILE_NAME);
            samples.time(() -> ImportFloor.insert(journal, csv ? ImportFloor.parseCsv(file)
                    : ImportFloor.parseJson(file)));
            try (JournalStore fresh = JournalStore.open(folder, TestClocks.SUNDAY)) {
                if (fresh.checkIns().count() != expected) {
                    throw new IllegalStateException("the floor wrote " + fresh.checkIns().count() + " of " + expected);
                }
            }
        }
        return samples;
    }

    /** Import of that file into a new, empty journal each time (opening it is not timed); every entry arrives. */
    Samples importJson(int runs, Path file) throws Exception {
        int expected = store.checkIns().count();
        Samples samples = new Samples();
        for (int i = 0; i < runs; i++) {
            try (JournalStore fresh = JournalStore.open(work.resolve("import-" + i), TestClocks.SUNDAY)) {
                samples.time(() -> JournalImport.fromJson(fresh, file, ImportMode.REPLACE));
                if (fresh.checkIns().count() != expected) {
                    throw new IllegalStateException("imported " + fresh.checkIns().count() + " of " + expected);
                }
            }
        }
        return samples;
    }
}
