package org.leiojournal.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts a fresh JVM on the benchmark's class path, as a user's start would be: nothing of this process's warm-up
 * carries over. Times it from just before the start to the first line of its output that begins with a marker.
 */
final class ChildJvm {

    private static final long TIMEOUT_SECONDS = 300;

    private final String classpath;
    private final List<String> modulePath;
    private final List<String> jvmOptions;
    private final Map<String, String> environment;
    private final Path errors;

    /** {@code errors} collects the children's standard error, for when one fails. */
    ChildJvm(String classpath, List<String> jvmOptions, Map<String, String> environment, Path errors) {
        this(classpath, List.of(), jvmOptions, environment, errors);
    }

    private ChildJvm(String classpath, List<String> modulePath, List<String> jvmOptions,
            Map<String, String> environment, Path errors) {
        this.classpath = classpath;
        this.modulePath = modulePath;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.environment = Map.copyOf(environment);
        this.errors = errors;
    }

    /**
     * The same JVMs with JavaFX's jars on the module path (named modules, as {@code mvn javafx:run} starts the app)
     * and the rest on the class path: the start without JavaFX's "Unsupported JavaFX configuration" warning.
     */
    ChildJvm withJavaFxModules() {
        List<String> javafx = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String entry : classpath.split(java.io.File.pathSeparator)) {
            (Path.of(entry).getFileName().toString().startsWith("javafx-") ? javafx : rest).add(entry);
        }
        if (javafx.isEmpty()) {
            throw new IllegalStateException("no JavaFX jar on the class path " + classpath);
        }
        return new ChildJvm(String.join(java.io.File.pathSeparator, rest), javafx, jvmOptions, environment, errors);
    }

    /**
     * What a child printed, how long after its start the marker line came (NaN if it never did), and when each
     * line came.
     */
    record Run(double millisToMarker, List<String> lines, List<Double> millisToLine) {

        /** How long after the start the first line beginning with {@code prefix} came. */
        double millisTo(String prefix) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(prefix)) {
                    return millisToLine.get(i);
                }
            }
            throw new IllegalStateException("no \"" + prefix + "\" in " + lines);
        }

        /** Whether a line begins with {@code prefix}. */
        boolean has(String prefix) {
            return lines.stream().anyMatch(l -> l.startsWith(prefix));
        }

        /** The number after {@code key} on the line that starts with it. */
        double value(String key) {
            return lines.stream().filter(l -> l.startsWith(key + " ")).findFirst()
                    .map(l -> Double.parseDouble(l.substring(key.length() + 1).trim().split(" ")[0]))
                    .orElseThrow(() -> new IllegalStateException("no \"" + key + "\" in " + lines));
        }

        /** Every number printed after {@code key}, one a line. */
        Samples samples(String key) {
            Samples samples = new Samples();
            lines.stream().filter(l -> l.startsWith(key + " "))
                    .forEach(l -> samples.add(Double.parseDouble(l.substring(key.length() + 1).trim())));
            return samples;
        }
    }

    Run run(String mainClass, List<String> args, List<String> extraOptions, String marker)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(extraOptions);
        if (!modulePath.isEmpty()) {
            command.addAll(List.of("--module-path", String.join(java.io.File.pathSeparator, modulePath),
                    "--add-modules", "javafx.controls"));
        }
        command.addAll(List.of("-cp", classpath, mainClass));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(
                errors.toFile()));
        builder.environment().putAll(environment);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Files.writeString(errors, "\n$ " + String.join(" ", command) + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        long start = System.nanoTime();
        Process process = builder.start();
        double toMarker = Double.NaN;
        List<String> lines = new ArrayList<>();
        List<Double> times = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (Double.isNaN(toMarker) && line.startsWith(marker)) {
                    toMarker = (System.nanoTime() - start) / 1e6;
                }
                lines.add(line);
                times.add((System.nanoTime() - start) / 1e6);
            }
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(mainClass + " did not end within " + TIMEOUT_SECONDS + " s; see " + errors);
        }
        if (process.exitValue() != 0 || Double.isNaN(toMarker)) {
            throw new IOException(mainClass + " " + args + " ended with " + process.exitValue() + " and printed "
                    + lines + "; its errors are in " + errors);
        }
        return new Run(toMarker, lines, times);
    }
}
