package org.leiojournal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the children draw their windows: the desktop's display when there is one, else a virtual one (Xvfb)
 * started for the run; without either, Monocle's headless screen, which the table then says.
 */
final class Display {

    /** JavaFX's headless platform from the test libraries: no display, software rendering. */
    static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw");

    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private final String description;
    private final Optional<Process> xvfb;

    private Display(Map<String, String> environment, List<String> jvmOptions, String description,
                    Optional<Process> xvfb) {
        this.environment = environment;
        this.jvmOptions = jvmOptions;
        this.description = description;
        this.xvfb = xvfb;
    }

    static Display find() throws IOException, InterruptedException {
        String desktop = System.getenv("DISPLAY");
        if (desktop != null && !desktop.isBlank()) {
            return new Display(Map.of("DISPLAY", desktop), List.of(), "display " + desktop + " (GTK)", Optional.empty());
        }
        for (int number = 77; number < 99; number++) {
            if (!Files.exists(Path.of("/tmp/.X11-unix/X" + number)) && !Files.exists(Path.of("/tmp/.X" + number
                    + "-lock"))) {
                return virtual(number);
            }
        }
        return monocle();
    }

    private static Display virtual(int number) throws InterruptedException {
        Process xvfb;
        try {
            xvfb = new ProcessBuilder("Xvfb", ":" + number, "-screen", "0", "1366x768x24", "-nolisten", "tcp")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException noXvfb) {
            return monocle();
        }
        Path socket = Path.of("/tmp/.X11-unix/X" + number);
        for (int i = 0; i < 100 && !Files.exists(socket) && xvfb.isAlive(); i++) {
            Thread.sleep(50);
        }
        if (!Files.exists(socket)) {
            xvfb.destroy();
            return monocle();
        }
        return new Display(Map.of("DISPLAY", ":" + number), List.of(), "Xvfb :" + number + " 1366×768 (GTK)",
                Optional.of(xvfb));
    }

    private static Display monocle() {
        return new Display(Map.of(), HEADLESS, "no display and no Xvfb: Monocle headless, software rendering",
                Optional.empty());
    }

    /** Monocle comes with the test libraries, so a headless child needs the test class path. */
    boolean headless() {
        return !jvmOptions.isEmpty();
    }

    Map<String, String> environment() {
        return environment;
    }

    List<String> jvmOptions() {
        return jvmOptions;
    }

    String description() {
        return description;
    }

    void close() {
        xvfb.ifPresent(Process::destroy);
    }
}
