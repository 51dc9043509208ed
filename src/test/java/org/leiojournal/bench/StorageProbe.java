package org.leiojournal.bench;

import org.leiojournal.TestClocks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.leiojournal.storage.JournalStore;

/**
 * Runs in a child JVM started with the app's options: times on the journal what the worker thread does for a
 * user ({@link InProcessBench}) and prints every run as a "bench KEY MILLIS" line.
 */
public final class StorageProbe {

    static final String DONE = "bench done";

    private StorageProbe() {
    }

    /** {@code JOURNAL_FOLDER WORK_FOLDER RUNS}. */
    public static void main(String[] args) throws Exception {
        Logger.getLogger("").setLevel(Level.WARNING); // the journal's INFO lines
        Path work = Path.of(args[1]);
        int runs = Integer.parseInt(args[2]);
        try (JournalStore store = JournalStore.open(Path.of(args[0]), TestClocks.SUNDAY)) {
            InProcessBench bench = new InProcessBench(store, work);
            print("save", bench.checkInSave(runs * 15));
            print("report-warm", bench.report90Days(runs * 3));
            print("report-floor", bench.reportFloor(runs * 3));
            System.out.println("bench report-pages " + bench.reportPages());
            print("emergency-warm", bench.emergencySheet(runs * 3));
            Path json = work.resolve("journal.json");
            print("export", bench.exportJson(runs, json));
            System.out.println("bench export-mb " + Files.size(json) / 1e6);
            print("import", bench.importJson(runs, json));
            print("import-floor", bench.importFloor(runs, json, false));
            Path csv = bench.exportCsv(work.resolve("journal-csv"));
            print("import-csv", bench.importCsv(runs, csv));
            print("import-csv-floor", bench.importFloor(runs, csv, true));
            Path fhir = work.resolve("journal-fhir.json");
            print("fhir", bench.exportFhir(runs, fhir));
            System.out.println("bench fhir-mb " + Files.size(fhir) / 1e6);
        }
        System.out.println(DONE);
    }

    private static void print(String key, Samples samples) {
        samples.values().forEach(v -> System.out.println("bench " + key + " " + v));
    }
}
