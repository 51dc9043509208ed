package org.leiojournal.ui.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.logging.Logger;
import javafx.stage.Stage;

/**
 * Loads (and links, for a first visit), on a thread of its own, the classes the UI thread will soon need (a list kept
 * as a resource), so that it does not read and verify them itself: Treatment's first visit loaded about 290 named
 * classes, mostly JavaFX's table, tab, list and choice skins, in its own frames; the Journal's about 260 (its table,
 * row and cell skins, the filters' spinner); the window's building about 2,100 (issue 21). No class is initialised:
 * no static code runs off the UI thread. A name that no longer loads is skipped ({@code ClassPreloadTest} keeps the
 * lists true).
 */
public final class ClassPreload {

    /** Set to false to start without either list (to compare the start or a first visit with and without). */
    public static final String PROPERTY = "leio.preload";
    /** Treatment's first visit; how the list was made is in its first lines. */
    public static final String TREATMENT = "/org/leiojournal/preload/treatment-first-visit.txt";
    /** The Journal's first visit; how the list was made is in its first lines. */
    public static final String JOURNAL = "/org/leiojournal/preload/journal-first-visit.txt";
    /** The window's building, from the app's start to Today fully built; how the list was made is in its header. */
    public static final String START = "/org/leiojournal/preload/start.txt";

    private static final Logger LOG = Logger.getLogger(ClassPreload.class.getName());

    private final Supplier<List<String>> names;
    private final ClassLoader loader;
    private final boolean link;

    ClassPreload(List<String> names, ClassLoader loader, boolean link) {
        this(() -> names, loader, link);
    }

    private ClassPreload(Supplier<List<String>> names, ClassLoader loader, boolean link) {
        this.names = names;
        this.loader = loader;
        this.link = link;
    }

    /**
     * The classes listed in {@code resource}, read when {@link #run} begins, on the thread that preloads them: the
     * start's list of 2,100 names took 6–8 ms of the UI thread's CPU to read before the window (issue 21).
     */
    static ClassPreload of(String resource, ClassLoader loader, boolean link) {
        return new ClassPreload(() -> listed(resource), loader, link);
    }

    /** The class names listed in {@code resource}, one a line; blank lines and lines starting with # are left out. */
    static List<String> listed(String resource) {
        try (InputStream in = ClassPreload.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no class list " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The app's start, called first thing on the UI thread: loads the classes it will need from there to Today fully
     * built, in the order it meets them, while it builds the window, so that it finds most of them loaded. Loaded, not
     * linked: linking cost the other thread as much again and saved the UI thread little more. Started here, not by
     * the launcher, where it competed with JavaFX's own start and the journal's opening (performance-history.md,
     * "Thirteenth session: start"). Off with {@code -Dleio.preload=false}.
     */
    public static void asTheWindowIsBuilt() {
        if (Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))) {
            of(START, ClassPreload.class.getClassLoader(), false).inBackground();
        }
    }

    /**
     * The app's start, called once the window is shown: after a pulse, {@code worker} has run what was queued by
     * then (Today's reads) and the window has built the parts it shows after its first frame, preloads Treatment's
     * classes, then the Journal's, on one thread: the start's own work, to Today fully built as the benchmark counts
     * it, comes first. Off with {@code -Dleio.preload=false}.
     */
    public static void afterStart(Stage window, Executor worker) {
        if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))) {
            return;
        }
        ClassPreload treatment = of(TREATMENT, ClassPreload.class.getClassLoader(), true);
        ClassPreload journal = of(JOURNAL, ClassPreload.class.getClassLoader(), true);
        Runnable both = () -> inBackground(() -> {
            treatment.run();
            journal.run();
        });
        AfterStart.then(window, worker, both);
    }

    /** Runs {@link #run} on a daemon thread of its own at the lowest priority. */
    void inBackground() {
        inBackground(this::run);
    }

    private static void inBackground(Runnable preload) {
        Thread thread = new Thread(preload, "class-preload");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Loads each class, and links it when asked to; returns how many it did. */
    int run() {
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long start = System.nanoTime();
        int loaded = 0;
        List<String> listed = names.get();
        for (String name : listed) {
            try {
                Class<?> type = Class.forName(name, false, loader);
                if (link) {
                    type.getDeclaredConstructors(); // links the class (verifies it) without initialising it
                }
                loaded++;
            } catch (ClassNotFoundException | LinkageError gone) {
                LOG.fine(() -> "class preload: no " + name);
            }
        }
        LOG.info(String.format(Locale.ROOT, "class preload: %d of %d classes in %.0f ms, CPU %.0f ms", loaded,
                listed.size(), (System.nanoTime() - start) / 1e6,
                (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e6));
        return loaded;
    }
}
