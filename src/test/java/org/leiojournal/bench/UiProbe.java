package org.leiojournal.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.stage.Window;
import org.leiojournal.JournalApp;

/**
 * Runs in a child JVM: opens the real app on the benchmark's journal, as the window start does, then works its
 * screens the way a user's clicks would and prints what it measured, one "bench KEY VALUE" line each:
 * memory with Today open, the first opening of Trends, each range switch, and memory with ten years charted.
 */
public final class UiProbe {

    static final String PREFIX = "bench ";
    static final String DONE = PREFIX + "done";
    static final List<String> RANGES = List.of("trend-range-30", "trend-range-365", "trend-range-all");
    /**
     * The screens whose first visit is timed, each in a fresh app, by the name in their ids ("#nav-journal",
     * "#journal-view"): every screen but Today (the start's). Trends since the eighteenth session: issue 21 asks it
     * of every screen, and its first opening had been a row without a target.
     */
    static final List<String> SCREENS = List.of("journal", "trends", "treatment", "appointments", "guidance",
            "settings");

    private UiProbe() {
    }

    /**
     * {@code --data-dir DIR ROUNDS}: the journal, and how many times to switch through the three ranges; or
     * {@code --data-dir DIR visit SCREEN}: only the first visit of that screen (one of {@link #SCREENS}), in this
     * fresh app as a user's first click after the start would be.
     */
    public static void main(String[] args) {
        Thread driver = new Thread(() -> {
            try {
                if (args[2].equals("visit")) {
                    visitOnly(args[3]);
                } else {
                    drive(Integer.parseInt(args[2]));
                }
                System.out.println(DONE);
            } catch (Throwable e) {
                e.printStackTrace();
            } finally {
                Platform.exit();
            }
        }, "bench-driver");
        driver.setDaemon(true);
        driver.start();
        Application.launch(JournalApp.class, args[0], args[1]);
        System.exit(0);
    }

    private static Scene window() throws Exception {
        Scene scene = waitFor(() -> Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .filter(s -> s != null && s.lookup("#nav-trends") != null).findFirst(), 60_000);
        Thread.sleep(Long.getLong("bench.settleMs", 2_000)); // Today's own background reads settle (longer: idle)
        return scene;
    }

    private static void visitOnly(String screen) throws Exception {
        firstVisit(window(), screen);
    }

    private static void drive(int rounds) throws Exception {
        Scene scene = window();
        memory("today");

        FreezeWatch freezes = FreezeWatch.start();
        long start = System.nanoTime();
        onFx(() -> button(scene, "#nav-trends").fire());
        waitFor(() -> Optional.ofNullable(scene.lookup("#trends-view")).filter(UiProbe::charted), 60_000);
        nextFrame(scene);
        print("trends-open", (System.nanoTime() - start) / 1e6);
        print("freeze-trends", freezes.stop());


        long fxThread = onFxGet(() -> Thread.currentThread().getId());
        long renderThread = renderThread();
        long allCollections = allCollections();
        long fullAtStart = fullCollections();
        for (int round = 0; round < rounds; round++) {
            for (String range : RANGES) {
                Thread.sleep(150);
                long allocated = allocatedBytes(fxThread);
                long fullCollections = fullCollections();
                long uiCpu = cpuNanos(fxThread);
                long renderCpu = cpuNanos(renderThread);
                print(range, switchTo(scene, range));
                // the UI thread's CSS and layout, then the render thread's painting of the frame (software here),
                // which may still run when the next layout pass has begun
                print("cpu-ui-" + range, (cpuNanos(fxThread) - uiCpu) / 1e6);
                waitUntilWaiting(renderThread);
                print("cpu-render-" + range, (cpuNanos(renderThread) - renderCpu) / 1e6);
                // load-independent: what the switch allocated on the UI thread, and whether a full collection fell in it
                print("alloc-" + range, (allocatedBytes(fxThread) - allocated) / 1e6);
                print("fullgc-" + range, fullCollections() - fullCollections);
            }
        }
        // every collection while switching, in a switch or between two (a full one in between slows no click)
        long full = fullCollections() - fullAtStart;
        print("collections-switching-young", allCollections() - allCollections - full);
        print("collections-switching-full", full);
        Thread.sleep(500);
        memory("trends-all");
    }

    /**
     * Presses the screen's sidebar button and waits until it shows with its data (no "Loading…" left) in a drawn
     * frame; meanwhile a watcher measures the longest the UI thread did not answer, which is how long the window
     * froze. Prints both.
     */
    private static void firstVisit(Scene scene, String screen) throws Exception {
        long fxThread = onFx(() -> Thread.currentThread().getId());
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuBefore = threads.getThreadCpuTime(fxThread);
        long renderThread = renderThread();
        long renderBefore = cpuNanos(renderThread);
        FreezeWatch freezes = FreezeWatch.start();
        CompletableFuture<Long> answered = new CompletableFuture<>();
        long start = System.nanoTime();
        FrameLog frames = new FrameLog(scene, screen, start);
        onFx(() -> {
            frames.start();
            button(scene, "#nav-" + screen).fire();
            // the first layout pass after the click: the frame that answers it (the screen, or "Loading…")
            Runnable[] first = new Runnable[1];
            first[0] = () -> {
                scene.removePostLayoutPulseListener(first[0]);
                answered.complete(System.nanoTime());
            };
            scene.addPostLayoutPulseListener(first[0]);
            Platform.requestNextPulse();
        });
        print("answered-" + screen, (answered.get(60, TimeUnit.SECONDS) - start) / 1e6);
        // the frame with nothing "Loading…" in sight painted, seen from the render thread: the UI thread may be
        // building the parts below the window's edge by then, so a look from it would come a part or two late
        double visit = (frames.inSightPainted().get(60, TimeUnit.SECONDS) - start) / 1e6;
        print("visit-" + screen, visit);
        double[] toData = onFxGet(frames::toData);
        // the UI thread's own work for the visit: unlike the times, hardly moved by other programs' load
        print("cpu-" + screen, toData[0]);
        // what the UI thread allocated for the visit, in MB: the young collections it sets off stop the window too
        print("alloc-" + screen, toData[1]);
        if (onFxGet(frames::wholeAtOnce)) {
            print("complete-" + screen, visit);
        } else {
            // the rest after what is in sight: the Journal's older days read after its first screenful, the parts
            // below the window's edge; the window must not freeze while they come either, so the watch and the
            // frame log go on until they are in
            waitFor(() -> Optional.of(scene).filter(UiProbe::whole), 60_000);
            nextFrame(scene);
            print("complete-" + screen, (System.nanoTime() - start) / 1e6);
        }
        print("cpu-complete-" + screen, (threads.getThreadCpuTime(fxThread) - cpuBefore) / 1e6);
        print("freeze-" + screen, freezes.stop());
        // the render thread's painting of the visit's frames (software on Xvfb), read once it has painted the last:
        // with the UI thread's CPU, what a visit costs the machine (not a row of the benchmark's table)
        waitUntilWaiting(renderThread);
        print("cpu-render-" + screen, (cpuNanos(renderThread) - renderBefore) / 1e6);
        onFx(frames::stop);
        frames.print();
    }

    /** Nothing on the shown screen says "Loading…", in sight or not, and no table is reading more rows. */
    private static boolean whole(Scene scene) {
        return !readingMore(scene) && scene.getRoot().lookupAll(".loading").stream()
                .filter(UiProbe::notInAHiddenScreen).noneMatch(Node::isVisible);
    }

    /** A table still marked while the rest of its rows is read ({@code Loading.markMore}). */
    private static boolean readingMore(Scene scene) {
        return scene.getRoot().lookupAll(".table-view").stream().filter(UiProbe::notInAHiddenScreen)
                .anyMatch(table -> table.getProperties().containsKey(org.leiojournal.ui.common.Loading.MORE_KEY));
    }

    /** Not on a screen built at idle and kept hidden while another shows ({@code MainWindow.KEPT_HIDDEN}). */
    private static boolean notInAHiddenScreen(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getProperties().containsKey(org.leiojournal.ui.MainWindow.KEPT_HIDDEN)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every layout pass of the window from the click on, until the screen is laid out with its data: how many
     * frames the user waits through, and the UI thread's CPU and allocation since the pass before (building the
     * screen, the worker's results handed over, styling and laying out), which show where a visit's work falls.
     * Load moves the frames' wall-clock times, hardly their count or their work.
     */
    private static final class FrameLog {
        private final Scene scene;
        private final String screen;
        private final long start;
        private final List<double[]> frames = new java.util.ArrayList<>();
        private final Runnable listener = this::laidOut;
        private long cpu;
        private long allocated;
        private final CompletableFuture<Long> inSightPainted = new CompletableFuture<>();
        private PaintedFrames painted;
        private int framesToData;
        /** Whether the whole screen was in with the frame that had what is in sight. */
        private boolean wholeAtOnce;

        FrameLog(Scene scene, String screen, long start) {
            this.scene = scene;
            this.screen = screen;
            this.start = start;
        }

        /** When the frame with nothing "Loading…" in sight was painted ({@code System.nanoTime()}). */
        CompletableFuture<Long> inSightPainted() {
            return inSightPainted;
        }

        /** On the UI thread: its CPU (ms) and allocation (MB) from the click to the frame with what is in sight. */
        double[] toData() {
            double[] sum = new double[2];
            for (int i = 0; i < framesToData; i++) {
                sum[0] += frames.get(i)[1];
                sum[1] += frames.get(i)[2];
            }
            return sum;
        }

        boolean wholeAtOnce() {
            return wholeAtOnce;
        }

        /** On the UI thread, just before the click. */
        void start() {
            java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            cpu = threads.getCurrentThreadCpuTime();
            allocated = allocated(threads, Thread.currentThread().getId());
            painted = PaintedFrames.watch(scene);
            scene.addPostLayoutPulseListener(listener);
        }

        void stop() {
            scene.removePostLayoutPulseListener(listener);
            painted.stop();
        }

        private void laidOut() {
            java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long thread = Thread.currentThread().getId();
            long cpuNow = threads.getCurrentThreadCpuTime();
            long allocatedNow = allocated(threads, thread);
            frames.add(new double[] {(System.nanoTime() - start) / 1e6, (cpuNow - cpu) / 1e6,
                    (allocatedNow - allocated) / 1e6});
            cpu = cpuNow;
            allocated = allocatedNow;
            Node view = scene.lookup("#" + screen + "-view");
            if (framesToData == 0 && view != null && ready(scene, view)) {
                framesToData = frames.size();
                wholeAtOnce = whole(scene);
                // told by the render thread when it has painted it: the UI thread may be building the next part
                // by then, so a look from it would come a part or two late
                painted.whenLaidOutFrameIsPainted().thenAccept(inSightPainted::complete);
            }
        }

        /** One line a frame up to the one with the data: "frame-SCREEN N AT-MS CPU-MS ALLOC-MB". */
        void print() {
            UiProbe.print("frames-" + screen, framesToData);
            for (int i = 0; i < framesToData; i++) {
                double[] frame = frames.get(i);
                System.out.printf(java.util.Locale.ROOT, "%sframe-%s %d %.1f %.1f %.2f%n", PREFIX, screen, i + 1,
                        frame[0], frame[1], frame[2]);
            }
        }
    }

    private static long allocated(java.lang.management.ThreadMXBean threads, long thread) {
        return threads instanceof com.sun.management.ThreadMXBean counting
                ? counting.getThreadAllocatedBytes(thread) : 0;
    }

    /**
     * The screen is in the window and laid out, nothing in sight on it says "Loading…", and the Journal's table
     * has its rows.
     */
    private static boolean ready(Scene scene, Node view) {
        boolean loading = scene.getRoot().lookupAll(".loading").stream().filter(UiProbe::notInAHiddenScreen)
                .anyMatch(node -> InSight.inSight(scene, node));
        Node table = view.lookup("#journal-table");
        boolean rows = !(table instanceof javafx.scene.control.TableView<?> t) || !t.getItems().isEmpty();
        // laid out at least once: until then a tab pane has no skin, so its tab's "Loading…" is not in the scene yet
        boolean laidOut = !(view instanceof javafx.scene.Parent parent) || !parent.isNeedsLayout();
        return view.getScene() == scene && view.isVisible() && laidOut && !loading && rows;
    }

    /** Asks the UI thread to answer every 5 ms and keeps the longest wait for an answer. */
    private static final class FreezeWatch {
        private volatile boolean running = true;
        private volatile double longest;
        private final Thread thread = new Thread(this::watch, "bench-freeze-watch");

        static FreezeWatch start() {
            FreezeWatch watch = new FreezeWatch();
            watch.thread.setDaemon(true);
            watch.thread.start();
            return watch;
        }

        private void watch() {
            try {
                while (running) {
                    CompletableFuture<Void> answered = new CompletableFuture<>();
                    long asked = System.nanoTime();
                    Platform.runLater(() -> answered.complete(null));
                    answered.get(60, TimeUnit.SECONDS);
                    longest = Math.max(longest, (System.nanoTime() - asked) / 1e6);
                    Thread.sleep(5);
                }
            } catch (Exception e) {
                longest = Double.NaN;
            }
        }

        double stop() throws InterruptedException {
            running = false;
            thread.join();
            return longest;
        }
    }

    /** Clicks a range and waits for the frame after the one that laid it out: the charts as the user sees them. */
    private static double switchTo(Scene scene, String range) throws Exception {
        long start = System.nanoTime();
        onFx(() -> button(scene, "#" + range).fire());
        nextFrame(scene);
        return (System.nanoTime() - start) / 1e6;
    }

    /**
     * Returns once a second layout pass has run after the call: a pulse waits for the last frame to be drawn
     * before it lays out the next, so by then the frame with the change is on the screen.
     */
    private static void nextFrame(Scene scene) throws Exception {
        CompletableFuture<Void> drawn = new CompletableFuture<>();
        Platform.runLater(() -> {
            int[] passes = {0};
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (++passes[0] == 2) {
                    scene.removePostLayoutPulseListener(listener[0]);
                    drawn.complete(null);
                } else {
                    Platform.requestNextPulse();
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        drawn.get(30, TimeUnit.SECONDS);
    }

    /** Trends has drawn lines, not just its frame. */
    private static boolean charted(Node trends) {
        return trends.isVisible() && !trends.lookupAll(".chart-series-line").isEmpty();
    }

    private static ButtonBase button(Scene scene, String selector) {
        return (ButtonBase) scene.lookup(selector);
    }

    /** JavaFX's render thread ("QuantumRenderer-0"), which paints the frames the UI thread has laid out. */
    private static long renderThread() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return java.util.Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds()))
                .filter(t -> t != null && t.getThreadName().startsWith("QuantumRenderer"))
                .mapToLong(java.lang.management.ThreadInfo::getThreadId).findFirst().orElseThrow();
    }

    /** Returns once the thread has been seen waiting for work in three polls a millisecond apart (at most 5 s). */
    private static void waitUntilWaiting(long thread) throws InterruptedException {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long until = System.nanoTime() + 5_000_000_000L;
        int waiting = 0;
        while (waiting < 3 && System.nanoTime() < until) {
            Thread.State state = threads.getThreadInfo(thread).getThreadState();
            waiting = state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING ? waiting + 1 : 0;
            Thread.sleep(1);
        }
    }

    private static long cpuNanos(long thread) {
        return ManagementFactory.getThreadMXBean().getThreadCpuTime(thread);
    }

    private static long allocatedBytes(long thread) {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getThreadAllocatedBytes(thread);
    }

    /** Collections of the old generation so far (the serial collector's "MarkSweepCompact"; any collector's "Old"). */
    private static long fullCollections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(gc -> gc.getName().equals("MarkSweepCompact") || gc.getName().contains("Old"))
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long allCollections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionCount).sum();
    }

    /** Heap in use after a full collection, and the process's resident memory, in megabytes. */
    private static void memory(String moment) throws Exception {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        print("heap-" + moment, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6);
        print("rss-" + moment, residentKilobytes() / 1e3);
    }

    private static long residentKilobytes() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElseThrow();
    }

    private static void print(String key, double value) {
        System.out.println(PREFIX + key + " " + value);
    }

    private static <T> T waitFor(Supplier<Optional<T>> condition, long millis) throws Exception {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            CompletableFuture<Optional<T>> found = new CompletableFuture<>();
            try {
                Platform.runLater(() -> found.complete(condition.get()));
            } catch (IllegalStateException toolkitNotStartedYet) {
                found.complete(Optional.empty());
            }
            Optional<T> value = found.get(60, TimeUnit.SECONDS); // the UI thread may be busy that long under load
            if (value.isPresent()) {
                return value.get();
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("not seen within " + millis + " ms");
    }

    private static <T> T onFxGet(Supplier<T> action) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> done.complete(action.get()));
        return done.get(30, TimeUnit.SECONDS);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(action.call());
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(30, TimeUnit.SECONDS);
    }

    private static void onFx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            action.run();
            done.complete(null);
        });
        done.get(30, TimeUnit.SECONDS);
    }
}
