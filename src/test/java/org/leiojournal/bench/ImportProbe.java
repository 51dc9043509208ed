package org.leiojournal.bench;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.leiojournal.TestClocks;
import org.leiojournal.storage.ImportMode;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.transfer.JournalImport;

/**
 * Times only the imports and their floors, alternately in one JVM, to re-time or profile an import change quickly
 * (run with the app's options, and -XX:StartFlightRecording to profile). Needs the export files a storage run of
 * the benchmark left in target/bench. Prints every run as a "bench KEY MILLIS" line, and the medians.
 */
public final class ImportProbe {

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private ImportProbe() {
    }

    /** {@code WORK_FOLDER RUNS} with {@code journal.json} and {@code journal-csv} in the work folder. */
    public static void main(String[] args) throws Exception {
        Logger.getLogger("").setLevel(Level.WARNING);
        Path work = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        {
            Path json = work.resolve("journal.json");
            Path csv = work.resolve("journal-csv");
            Samples[] wall = {new Samples(), new Samples(), new Samples(), new Samples()};
            Samples[] cpu = {new Samples(), new Samples(), new Samples(), new Samples()};
            String[] names = {"JSON import", "JSON floor", "CSV import", "CSV floor"};
            Path probe = work.resolve("probe");
            for (int i = 0; i < runs; i++) {
                for (int k = 0; k < 4; k++) {
                    Path folder = probe.resolve(k + "-" + i);
                    JournalStore.open(folder, TestClocks.SUNDAY).close();
                    boolean csvFile = k >= 2;
                    Path source = csvFile ? csv : json;
                    JournalStore fresh = k % 2 == 0 ? JournalStore.open(folder, TestClocks.SUNDAY) : null;
                    long cpu0 = THREADS.getCurrentThreadCpuTime();
                    long wall0 = System.nanoTime();
                    if (fresh != null) {
                        JournalImport.from(fresh, source, ImportMode.REPLACE);
                    } else {
                        ImportFloor.insert(folder.resolve(JournalStore.FILE_NAME), csvFile ? ImportFloor.parseCsv(source)
                                : ImportFloor.parseJson(source));
                    }
                    wall[k].add((System.nanoTime() - wall0) / 1e6);
                    cpu[k].add((THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6);
                    if (fresh != null) {
                        fresh.close();
                    }
                }
                deleteTree(probe);
            }
            for (int k = 0; k < 4; k++) {
                System.out.printf("%s: wall %.0f ms (%.0f–%.0f), cpu %.0f ms (%.0f–%.0f)%n", names[k],
                        wall[k].median(), wall[k].min(), wall[k].max(), cpu[k].median(), cpu[k].min(), cpu[k].max());
            }
            for (int k = 0; k < 4; k += 2) {
                System.out.printf("%s ÷ floor: wall %.2f×, cpu %.2f×%n", names[k], wall[k].median() / wall[k + 1].median(),
                        cpu[k].median() / cpu[k + 1].median());
            }
        }
    }

    private static void deleteTree(Path folder) throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(p);
            }
        }
    }
}
