package org.leiojournal.bench;

import org.leiojournal.TestClocks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.leiojournal.Launcher;
import org.leiojournal.settings.SettingsStore;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.transfer.fhir.FhirCheck;
import org.leiojournal.ui.FirstWindowProbe;

/**
 * The benchmark the installer issue asks for: writes the ten-year journal, times what a user waits for, and
 * prints a table of medians against the targets. Everything measured runs in a fresh JVM with the launcher's
 * options (installer/java-options). Run it with {@code mvn -Pbench verify}; {@code -Dbench.runs=N}
 * sets the runs per measure (7), {@code -Dbench.jfr=true} records the app's start with Flight Recorder.
 * Exits with 1 when a target is missed, so a change that makes the app slower shows.
 */
public final class Bench {

    private static final String FIRST_WINDOW = "first window shown";
    private static final String TODAY_BUILT = "today fully built";
    private static final String FIRST_PAINTED = "first frame painted";

    private final Path work;
    private final int runs;
    private final BenchTable table = new BenchTable();

    private Bench(Path work, int runs) {
        this.work = work;
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING); // the journal's INFO lines
        Path work = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
        Bench bench = new Bench(work, Integer.getInteger("bench.runs", 7));
        System.exit(bench.run() ? 0 : 1);
    }

    private boolean run() throws Exception {
        deleteTree(work);
        Files.createDirectories(work);
        say("Machine: %s", Machine.describe());
        say("Load before the run: %s (anything else running skews the times; compare ratios of one run)",
                Machine.load());
        Path journal = work.resolve("journal");
        Samples writing = new Samples();
        writing.time(() -> {
            try (JournalStore store = JournalStore.open(journal, TestClocks.SUNDAY)) {
                new BenchJournal(store, ZonedDateTime.now()).write();
            }
        });
        say("Wrote the ten-year journal (%d days × %d items, %d cycles, %d appointments) in %.1f s: %.1f MB",
                BenchJournal.DAYS, BenchJournal.ITEMS, BenchJournal.CYCLES, BenchJournal.APPOINTMENTS,
                writing.median() / 1000, Files.size(journal.resolve(JournalStore.FILE_NAME)) / 1e6);

        Display display = Display.find();
        try {
            String classpath = display.headless() ? System.getProperty("java.class.path")
                    : System.getProperty("bench.classpath", System.getProperty("java.class.path"));
            List<String> options = new ArrayList<>(JavaOptions.read(JavaOptions.FILE));
            options.addAll(display.jvmOptions());
            // an A/B of a switch such as -Dleio.prebuild=false, or the probe's -Dbench.settleMs, for every app
            options.addAll(List.of(System.getProperty("bench.appOptions", "").trim().split("\\s+")).stream()
                    .filter(o -> !o.isEmpty()).toList());
            say("The app's JVM options (%s): %s", JavaOptions.FILE, String.join(" ", options));
            ChildJvm jvm = new ChildJvm(classpath, options, display.environment(),
                    work.resolve("children-stderr.log"));
            if (part("storage")) {
                storage(jvm, journal);
            }
            if (part("start")) {
                // Monocle's classes share a package with javafx.graphics, so it cannot run JavaFX as named modules
                ChildJvm modular = display.headless() ? null : jvm.withJavaFxModules();
                startUp(jvm, modular, journal, false);
                if (display.headless()) {
                    say("No AppCDS start-up on Monocle: its test libraries come as folders, which CDS cannot "
                            + "archive.");
                } else {
                    startUp(jvm, modular, journal, true);
                }
            }
            if (part("screens")) {
                screens(jvm, journal);
            }
            if (part("report")) {
                coldReport(jvm, journal);
            }
        } finally {
            display.close();
        }
        String machine = Machine.describe() + ", " + display.description() + ", load " + Machine.load();
        System.out.println();
        System.out.println(machine + ".");
        System.out.println();
        System.out.print(table.markdown());
        Path json = work.resolve("bench-" + java.time.LocalDateTime.now().withNano(0).toString().replace(':', '-')
                + ".json");
        table.writeJson(json, machine, runs);
        Files.copy(json, work.getParent().resolve("bench-latest.json"), StandardCopyOption.REPLACE_EXISTING);
        System.out.println("\nAlso as JSON: " + json + " (and target/bench-latest.json, kept by the next run)");
        if (table.missed() > 0) {
            System.out.println("\n" + table.missed() + " target(s) missed.");
        }
        return table.missed() == 0;
    }

    /**
     * {@code -Dbench.only=storage,start,screens,report} runs only those parts (all when unset), to re-time one
     * change quickly; a table from such a run is not the benchmark's.
     */
    private static boolean part(String name) {
        String only = System.getProperty("bench.only", "");
        return only.isBlank() || List.of(only.split(",")).contains(name);
    }

    /** Check-in saves, the warm report, export and import, timed in one JVM with the app's options. */
    private void storage(ChildJvm jvm, Path journal) throws Exception {
        say("Timing check-in saves, the 90-day report, export and import…");
        ChildJvm.Run probe = jvm.run(StorageProbe.class.getName(), List.of(journal.toString(), work.toString(),
                Integer.toString(runs)), List.of(), StorageProbe.DONE);
        table.add("Save one check-in (with its alerts, synced to disk)", probe.samples("bench save"), "ms", 5);
        Samples report = probe.samples("bench report-warm");
        table.add("90-day clinic report PDF, warm", report, "ms", 300);
        Samples reportFloor = probe.samples("bench report-floor");
        table.add("Its floor: PDFBox, the same " + (int) probe.value("bench report-pages")
                + " pages and two embedded fonts, no content", reportFloor, "ms", Double.NaN);
        table.add("90-day clinic report PDF, warm ÷ its floor", report.median() / reportFloor.median(), "×", 2,
                "medians of the two rows above");
        // one page from a few days of the journal: held to the clinic report's target, its floor
        table.add("Emergency sheet PDF, warm", probe.samples("bench emergency-warm"), "ms", 300);
        table.add("JSON export of the 10-year journal (" + BenchTable.number(probe.value("bench export-mb"))
                + " MB)", probe.samples("bench export"), "ms", 2_000);
        Samples jsonImport = probe.samples("bench import");
        table.add("JSON import of it into a new journal", jsonImport, "ms", 2_000);
        ratioToFloor("JSON", jsonImport, probe.samples("bench import-floor"), "Jackson streaming parse");
        Samples csvImport = probe.samples("bench import-csv");
        table.add("CSV import of the 10-year journal (a folder) into a new journal", csvImport, "ms", Double.NaN);
        ratioToFloor("CSV", csvImport, probe.samples("bench import-csv-floor"), "Commons CSV parse");
        table.add("FHIR export of the 10-year journal (" + BenchTable.number(probe.value("bench fhir-mb"))
                + " MB; the JSON export above is its floor)", probe.samples("bench fhir"), "ms", 3_000);
        fhirErrors(work.resolve("journal-fhir.json"));
    }

    /** Issue 23: the ten-year FHIR export, checked by HAPI's validator offline against R4 core, has no error. */
    private void fhirErrors(Path fhir) throws Exception {
        say("Checking the ten-year FHIR export with HAPI's validator (some minutes)…");
        List<String> errors = FhirCheck.errorsInParts(Files.readString(fhir));
        errors.stream().limit(20).forEach(e -> say("FHIR %s", e));
        table.add("Errors HAPI's FHIR validator finds in that export (R4 core, offline)", errors.size(), "", 0,
                "checked in parts of 500 entries");
    }

    /** The floor's row and the import's ratio to it, held to 2× (issue 21). */
    private void ratioToFloor(String format, Samples imported, Samples floor, String parse) {
        table.add("Its floor: " + parse + " + batched insert of the same rows in one transaction, no checks",
                floor, "ms", Double.NaN);
        table.add(format + " import ÷ its floor", imported.median() / floor.median(), "×", 2,
                "medians of the two rows above");
    }

    /**
     * Fresh JVMs in turn, the app on the ten-year journal and the empty window, after one of each unmeasured. With
     * {@code appCds} each first makes an archive of the classes it loads (its own training run), as the installed
     * app has; the empty window gets one too, so both are started the same way.
     */
    private void startUp(ChildJvm jvm, ChildJvm modular, Path journal, boolean appCds) throws Exception {
        String how = appCds ? "with AppCDS" : "without AppCDS";
        say("Timing %d cold starts of the app and of an empty window, %s…", runs, how);
        Path folder = copyOf(journal, appCds ? "start-cds" : "start");
        String probe = "-D" + FirstWindowProbe.PROPERTY + "=true";
        List<String> appArgs = List.of("--data-dir", folder.toString());
        List<String> app = new ArrayList<>(List.of(probe));
        List<String> empty = new ArrayList<>(List.of(probe));
        List<String> appModular = new ArrayList<>(List.of(probe));
        if (appCds) {
            app.add(archive(jvm, Launcher.class.getName(), appArgs, "app"));
            empty.add(archive(jvm, EmptyWindow.class.getName(), List.of(), "empty"));
            if (modular != null) {
                appModular.add(archive(modular, Launcher.class.getName(), appArgs, "app-modules"));
            }
        }
        if (Boolean.getBoolean("bench.jfr") && appCds) {
            app.add("-XX:StartFlightRecording=filename=" + work.resolve("start.jfr") + ",settings=profile");
        }
        Samples appStarts = new Samples();
        Samples todayBuilt = new Samples();
        Samples emptyStarts = new Samples();
        Samples modularStarts = new Samples();
        // CPU time used by the first window (the probe's lines), which the machine's load moves less than wall time
        Samples appUiCpu = new Samples();
        Samples emptyUiCpu = new Samples();
        Samples appProcessCpu = new Samples();
        Samples emptyProcessCpu = new Samples();
        // and the memory the UI thread allocated by then, which the load hardly moves
        Samples appUiAlloc = new Samples();
        Samples emptyUiAlloc = new Samples();
        // after the first window: its first frame's painting (what the user sees) and Today's parts after it
        Samples painted = new Samples();
        Samples builtAfterPainted = new Samples();
        Samples paintCpu = new Samples();
        Samples uiCpuToBuilt = new Samples();
        for (int i = 0; i <= runs; i++) {
            ChildJvm.Run appRun = jvm.run(Launcher.class.getName(), appArgs, app, FIRST_WINDOW);
            ChildJvm.Run emptyRun = jvm.run(EmptyWindow.class.getName(), List.of(), empty, FIRST_WINDOW);
            double emptyStart = emptyRun.millisToMarker();
            double modularStart = modular == null ? Double.NaN
                    : modular.run(Launcher.class.getName(), appArgs, appModular, FIRST_WINDOW).millisToMarker();
            if (i > 0) {
                appStarts.add(appRun.millisToMarker());
                todayBuilt.add(appRun.millisTo(TODAY_BUILT));
                emptyStarts.add(emptyStart);
                appUiCpu.add(appRun.value("ui-cpu at-first-window"));
                emptyUiCpu.add(emptyRun.value("ui-cpu at-first-window"));
                appProcessCpu.add(appRun.value("process-cpu at-first-window"));
                appUiAlloc.add(appRun.value("ui-alloc at-first-window"));
                emptyUiAlloc.add(emptyRun.value("ui-alloc at-first-window"));
                emptyProcessCpu.add(emptyRun.value("process-cpu at-first-window"));
                uiCpuToBuilt.add(appRun.value("ui-cpu at-today-built") - appRun.value("ui-cpu at-first-window"));
                if (appRun.has(FIRST_PAINTED)) { // none if Today was built before the painting ended
                    painted.add(appRun.millisTo(FIRST_PAINTED) - appRun.millisToMarker());
                    // how long the user, seeing the first frame, waits for Today complete: none if it was laid out
                    // before that frame's painting ended (it then shows in the next frame)
                    builtAfterPainted.add(Math.max(0, appRun.millisTo(TODAY_BUILT) - appRun.millisTo(FIRST_PAINTED)));
                    paintCpu.add(appRun.value("render-cpu at-first-frame-painted")
                            - appRun.value("render-cpu at-first-window"));
                }
                if (modular != null) {
                    modularStarts.add(modularStart);
                }
            }
        }
        table.add("Empty JavaFX window, started the same way, " + how, emptyStarts, "ms", Double.NaN);
        table.add("App to its first window on the 10-year journal, " + how, appStarts, "ms", Double.NaN);
        table.add("App to Today fully built (its first reads back, its last part styled and laid out), " + how,
                todayBuilt, "ms", Double.NaN);
        if (painted.count() > 0) {
            table.add("App: its first frame painted, after the first window (what the user sees), " + how, painted,
                    "ms", Double.NaN);
            table.add("App: the render thread's CPU time painting that first frame, " + how, paintCpu, "ms",
                    Double.NaN);
            table.add("App: Today fully built, after its first frame painted (0 if before), " + how,
                    builtAfterPainted, "ms", Double.NaN);
        }
        table.add("App: UI thread's CPU time from the first window to Today fully built, " + how, uiCpuToBuilt, "ms",
                Double.NaN);
        table.add("Start ÷ empty window, " + how, appStarts.median() / emptyStarts.median(), "×",
                1.3, "medians of the first-window and empty-window rows");
        table.add("Today fully built ÷ empty window, " + how, todayBuilt.median() / emptyStarts.median(), "×",
                Double.NaN, "medians of the Today-built and empty-window rows");
        table.add("UI thread's CPU time to the first window: empty window, " + how, emptyUiCpu, "ms", Double.NaN);
        table.add("UI thread's CPU time to the first window: app, " + how, appUiCpu, "ms", Double.NaN);
        table.add("UI thread's CPU to the first window, app ÷ empty window, " + how,
                appUiCpu.median() / emptyUiCpu.median(), "×", Double.NaN, "medians of the two rows above");
        table.add("UI thread's memory allocated to the first window: empty window, " + how, emptyUiAlloc, "MB",
                Double.NaN);
        table.add("UI thread's memory allocated to the first window: app, " + how, appUiAlloc, "MB", Double.NaN);
        table.add("Whole process's CPU time to the first window: empty window, " + how, emptyProcessCpu, "ms",
                Double.NaN);
        table.add("Whole process's CPU time to the first window: app, " + how, appProcessCpu, "ms", Double.NaN);
        if (modular != null) {
            table.add("App to its first window with JavaFX as named modules (no warning), " + how, modularStarts,
                    "ms", Double.NaN);
            table.add("Named modules ÷ class path, app to its first window, " + how,
                    modularStarts.median() / appStarts.median(), "×", Double.NaN,
                    "medians of the named-modules and first-window rows");
        }
    }

    /** A training run to the first window that writes the classes it loaded to an archive; the option to map it. */
    private String archive(ChildJvm jvm, String mainClass, List<String> args, String name) throws Exception {
        Path archive = work.resolve(name + ".jsa");
        jvm.run(mainClass, args, List.of("-D" + FirstWindowProbe.PROPERTY + "=true",
                "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"), FIRST_WINDOW);
        return "-XX:SharedArchiveFile=" + archive;
    }

    /** Trends and memory in a fresh app on the ten-year journal, worked by {@link UiProbe}. */
    private void screens(ChildJvm jvm, Path journal) throws Exception {
        say("Opening Trends and switching its range %d times…", runs);
        Path folder = copyOf(journal, "screens");
        ChildJvm.Run probe = jvm.run(UiProbe.class.getName(), List.of("--data-dir", folder.toString(),
                Integer.toString(runs)), List.of(), UiProbe.DONE);
        table.add("Trends opened in the switching run (reads and charts 10 years; its first visit's rows are below)",
                Samples.of(probe.value("bench trends-open")), "ms", Double.NaN);
        String[] names = {"Trends switched to 30 days", "Trends switched to 1 year", "Trends switched to 10 years"};
        for (int r = 0; r < UiProbe.RANGES.size(); r++) {
            String key = "bench " + UiProbe.RANGES.get(r);
            Samples switches = new Samples();
            probe.lines().stream().filter(l -> l.startsWith(key + " "))
                    .forEach(l -> switches.add(Double.parseDouble(l.substring(key.length() + 1))));
            table.add(names[r] + " (click to the frame drawn)", switches, "ms", 100);
        }
        // load-independent companions of the ten-year switch: what it allocates, and how often a full collection
        // (the slow switches) lands in it
        String last = UiProbe.RANGES.get(UiProbe.RANGES.size() - 1);
        table.add("Trends switched to 10 years: memory allocated by the UI thread per switch",
                probe.samples("bench alloc-" + last), "MB", Double.NaN);
        table.add("Trends switched to 10 years: UI thread's CPU time per switch (styles and layout)",
                probe.samples("bench cpu-ui-" + last), "ms", Double.NaN);
        table.add("Trends switched to 10 years: render thread's CPU time per switch (painting the frame)",
                probe.samples("bench cpu-render-" + last), "ms", Double.NaN);
        Samples full = probe.samples("bench fullgc-" + last);
        table.add("Trends switched to 10 years: switches with a full collection in them",
                full.values().stream().filter(v -> v > 0).count(), "", Double.NaN, "of " + full.values().size());
        // the ten-year row above misses the full collections that land in the other two ranges' switches
        table.add("Trends switching, all ranges: full collections while switching (in a switch or between two)",
                probe.value("bench collections-switching-full"), "", Double.NaN, "over " + 3 * runs + " switches");
        table.add("Trends switching, all ranges: young collections while switching",
                probe.value("bench collections-switching-young"), "", Double.NaN, "over " + 3 * runs + " switches");
        table.add("Trends opened in the switching run: longest the window did not answer",
                Samples.of(probe.value("bench freeze-trends")), "ms", Double.NaN);
        firstVisits(jvm, folder);
        table.add("Heap after GC, Today open", probe.value("bench heap-today"), "MB", Double.NaN, "");
        table.add("Resident memory, Today open", probe.value("bench rss-today"), "MB", 300, "");
        table.add("Heap after GC, Trends showing 10 years", probe.value("bench heap-trends-all"), "MB", Double.NaN,
                "");
        table.add("Resident memory, Trends showing 10 years", probe.value("bench rss-trends-all"), "MB", 300, "");
    }

    /**
     * Each screen's first visit in a fresh app on the ten-year journal, as a user's first click after the start:
     * click to the frame drawn with the screen's data, and the longest the window did not answer meanwhile.
     */
    private void firstVisits(ChildJvm jvm, Path folder) throws Exception {
        for (String screen : UiProbe.SCREENS) {
            say("Opening %s the first time, %d fresh apps…", screen, Math.min(runs, 3));
            Samples answers = new Samples();
            Samples visits = new Samples();
            Samples freezes = new Samples();
            Samples cpu = new Samples();
            Samples frames = new Samples();
            Samples completes = new Samples();
            for (int i = 0; i < Math.min(runs, 3); i++) { // a fresh app each: three are enough for a median
                ChildJvm.Run probe = jvm.run(UiProbe.class.getName(), List.of("--data-dir", folder.toString(),
                        "visit", screen), List.of(), UiProbe.DONE);
                answers.add(probe.value("bench answered-" + screen));
                visits.add(probe.value("bench visit-" + screen));
                freezes.add(probe.value("bench freeze-" + screen));
                cpu.add(probe.value("bench cpu-" + screen));
                frames.add(probe.value("bench frames-" + screen));
                completes.add(probe.value("bench complete-" + screen));
            }
            String name = Character.toUpperCase(screen.charAt(0)) + screen.substring(1);
            table.add(name + " opened the first time: click to the first frame laid out (the screen or \"Loading…\")",
                    answers, "ms", Double.NaN);
            table.add(name + " opened the first time (click to the frame drawn with its data in sight)", visits, "ms",
                    300);
            table.add(name + " opened the first time: longest the window did not answer", freezes, "ms", 100);
            // load moves these two far less than the times above: compare them across machines and runs
            table.add(name + " opened the first time: UI thread's CPU time, click to the frame with its data in sight",
                    cpu, "ms", Double.NaN);
            table.add(name + " opened the first time: frames laid out, click to the one with its data in sight",
                    frames, "", Double.NaN);
            table.add(name + " opened the first time: click to the whole screen in (the rest of its data, the parts "
                    + "below the window's edge; the same as above when it came with what is in sight)",
                    completes, "ms", Double.NaN);
        }
    }

    /** The report from the command line in a fresh JVM each time: the whole command, the JVM's start included. */
    private void coldReport(ChildJvm jvm, Path journal) throws Exception {
        say("Timing %d cold reports…", runs);
        Path folder = copyOf(journal, "report");
        LocalDate today = LocalDate.now();
        Samples cold = new Samples();
        for (int i = 0; i < runs; i++) {
            Path pdf = work.resolve("cold-" + i + ".pdf");
            long start = System.nanoTime();
            jvm.run(Launcher.class.getName(), List.of("--data-dir", folder.toString(), "export", "--format", "pdf",
                    "--from", today.minusDays(89).toString(), "--to", today.toString(), "--out", pdf.toString()),
                    List.of(), "");
            cold.add((System.nanoTime() - start) / 1e6);
        }
        table.add("90-day clinic report PDF, cold (a whole `export --format pdf` command)", cold, "ms", Double.NaN);
    }

    /** A folder of its own with a copy of the journal's file, so no run sees another's backups or settings. */
    private Path copyOf(Path journal, String name) throws IOException {
        Path folder = work.resolve(name);
        Files.createDirectories(folder);
        copyJournal(journal, folder);
        return folder;
    }

    /**
     * The journal's file and the returning user's settings.json beside it ({@link BenchJournal}), which the start
     * reads before the first window: without it every run measured a first start's.
     */
    static void copyJournal(Path journal, Path folder) throws IOException {
        Files.copy(journal.resolve(JournalStore.FILE_NAME), folder.resolve(JournalStore.FILE_NAME),
                StandardCopyOption.REPLACE_EXISTING);
        Path settings = journal.resolve(SettingsStore.FILE_NAME);
        if (Files.exists(settings)) {
            Files.copy(settings, folder.resolve(SettingsStore.FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void say(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
