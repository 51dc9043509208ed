package org.leiojournal.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.GarbageCollectorMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.leiojournal.TestClocks;
import org.leiojournal.storage.JournalStore;

/**
 * Times only the warm 90-day clinic report and its floor ({@link PdfFloor}), alternately in one JVM, with the floor
 * whose font subsets hold the report's glyphs ({@link PdfFloor#writeWithGlyphs}) as a third, to re-time or
 * profile a report change quickly (run with the app's options, and -XX:StartFlightRecording to profile). The journal
 * is the benchmark's ten-year one, written on first use with the tests' fixed clock, and the report is written at
 * that clock too, so that two runs (before and after a change) write the same report to compare. Prints the medians
 * of wall time and of the thread's CPU time, and the report ÷ its floor; leaves the last report and floor in the
 * work folder.
 */
public final class ReportProbe {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final int WARM_UP = 10;

    private ReportProbe() {
    }

    /** {@code WORK_FOLDER RUNS}: the journal is kept in {@code WORK_FOLDER/journal}. */
    public static void main(String[] args) throws Exception {
        Logger.getLogger("").setLevel(Level.WARNING);
        Path work = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        Path journal = work.resolve("journal");
        if (!Files.exists(journal.resolve(JournalStore.FILE_NAME))) {
            try (JournalStore store = JournalStore.open(journal, TestClocks.SUNDAY)) {
                new BenchJournal(store, ZonedDateTime.now(TestClocks.SUNDAY)).write();
            }
        }
        try (JournalStore store = JournalStore.open(journal, TestClocks.SUNDAY)) {
            InProcessBench bench = new InProcessBench(store, work, TestClocks.SUNDAY);
            String[] names = {"Report", "Floor", "Floor, the report's glyphs"};
            Samples[] wall = samples(names.length);
            Samples[] cpu = samples(names.length);
            Samples[] allocated = samples(names.length);
            Samples[] collecting = samples(names.length);
            bench.report90DaysOnce();
            PdfFloor.Glyphs glyphs = PdfFloor.Glyphs.of(work.resolve("report-90-days.pdf"));
            for (int i = 0; i < WARM_UP + runs; i++) {
                for (int k = 0; k < names.length; k++) {
                    long cpu0 = THREADS.getCurrentThreadCpuTime();
                    long bytes0 = THREADS.getCurrentThreadAllocatedBytes();
                    long gc0 = collectionMillis();
                    long wall0 = System.nanoTime();
                    if (k == 0) {
                        bench.report90DaysOnce();
                    } else if (k == 1) {
                        PdfFloor.write(bench.reportPages(), work.resolve("report-floor.pdf"));
                    } else {
                        PdfFloor.writeWithGlyphs(bench.reportPages(), work.resolve("report-floor-glyphs.pdf"), glyphs);
                    }
                    if (i >= WARM_UP) {
                        wall[k].add((System.nanoTime() - wall0) / 1e6);
                        cpu[k].add((THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6);
                        allocated[k].add((THREADS.getCurrentThreadAllocatedBytes() - bytes0) / 1e6);
                        collecting[k].add(collectionMillis() - gc0);
                    }
                }
            }
            for (int k = 0; k < names.length; k++) {
                System.out.printf("%s: wall %.1f ms (%.1f–%.1f), cpu %.1f ms (%.1f–%.1f)%n", names[k],
                        wall[k].median(), wall[k].min(), wall[k].max(), cpu[k].median(), cpu[k].min(), cpu[k].max());
                System.out.printf("  allocated %.1f MB, collections %.1f ms (%.0f–%.0f)%n", allocated[k].median(),
                        collecting[k].median(), collecting[k].min(), collecting[k].max());
            }
            for (int k = 1; k < names.length; k++) {
                System.out.printf("Report ÷ %s (%d pages): wall %.2f×, cpu %.2f×%n",
                        names[k].toLowerCase(Locale.ROOT), bench.reportPages(), wall[0].median() / wall[k].median(),
                        cpu[0].median() / cpu[k].median());
            }
        }
    }

    private static Samples[] samples(int count) {
        Samples[] samples = new Samples[count];
        java.util.Arrays.setAll(samples, i -> new Samples());
        return samples;
    }

    /** Time the collectors have taken so far (the serial collector stops this thread meanwhile). */
    private static long collectionMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }
}
