package org.leiojournal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The machine a benchmark ran on, in one line: processor, cores, memory, system and Java. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        return String.format(Locale.ROOT, "%s, %d cores, %.0f GB, %s %s, Java %s", cpu(),
                Runtime.getRuntime().availableProcessors(), memoryKilobytes() / 1024.0 / 1024.0,
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.version"));
    }

    /** The load averages over 1, 5 and 15 minutes, or "unknown" where the system does not say. */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2] + " (1 / 5 / 15 min)";
        } catch (IOException | RuntimeException e) {
            java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean();
            return os.getSystemLoadAverage() < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f (1 min)",
                    os.getSystemLoadAverage());
        }
    }

    private static String cpu() {
        return procLine("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch"));
    }

    private static double memoryKilobytes() {
        return procLine("/proc/meminfo", "MemTotal").map(v -> Double.parseDouble(v.replaceAll("\\D", "")))
                .orElse(Runtime.getRuntime().maxMemory() / 1024.0);
    }

    private static java.util.Optional<String> procLine(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
