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

    private UiProbe() {
    }

    /** {@code --data-dir DIR ROUNDS}: the journal, and how many times to switch through the three ranges. */
    public static void main(String[] args) {
        int rounds = Integer.parseInt(args[2]);
        Thread driver = new Thread(() -> {
            try {
                drive(rounds);
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

    private static void drive(int rounds) throws Exception {
        Scene scene = waitFor(() -> Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .filter(s -> s != null && s.lookup("#nav-trends") != null).findFirst(), 60_000);
        Thread.sleep(2_000); // Today's own background reads settle
        memory("today");

        long start = System.nanoTime();
        onFx(() -> button(scene, "#nav-trends").fire());
        waitFor(() -> Optional.ofNullable(scene.lookup("#trends-view")).filter(UiProbe::charted), 60_000);
        nextFrame(scene);
        print("trends-open", (System.nanoTime() - start) / 1e6);

        for (int round = 0; round < rounds; round++) {
            for (String range : RANGES) {
                Thread.sleep(150);
                print(range, switchTo(scene, range));
            }
        }
        Thread.sleep(500);
        memory("trends-all");
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
            Optional<T> value = found.get(10, TimeUnit.SECONDS);
            if (value.isPresent()) {
                return value.get();
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("not seen within " + millis + " ms");
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
