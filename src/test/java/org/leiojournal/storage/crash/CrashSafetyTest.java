package org.leiojournal.storage.crash;

import org.leiojournal.TestClocks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.storage.JournalStore;
import org.junit.jupiter.api.Tag;

/**
 * Pulls the plug on a journal being written, again and again: a child process saves check-ins as fast as it can
 * and is killed with SIGKILL at a random moment; then the journal must pass SQLite's integrity check and hold every
 * save the child reported complete, with its values. Each round opens the journal again after the kill, so the
 * lock file the dead process left behind must be taken over too. Bounded by {@link #BUDGET_MILLIS}.
 */
@Tag("process")
class CrashSafetyTest {

    /** Wall time for the rounds; CI has two cores and runs other forks beside this one. */
    private static final long BUDGET_MILLIS = Long.getLong("leio.crash.budgetMillis", 30_000);
    private static final int MAX_ROUNDS = Integer.getInteger("leio.crash.rounds", 40);
    private static final int MIN_ROUNDS = 10;

    @TempDir
    Path temp;

    @Test
    void everyReportedSaveSurvivesAKillAtAnyMoment() throws Exception {
        long seed = Long.getLong("leio.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        Path folder = temp.resolve("journal");
        Map<String, Integer> promised = new LinkedHashMap<>();
        int rounds = 0;
        int killedDuringOpen = 0;
        long deadline = System.currentTimeMillis() + BUDGET_MILLIS;
        while (rounds < MAX_ROUNDS && (System.currentTimeMillis() < deadline || rounds < MIN_ROUNDS)) {
            // every fourth round the kill may land while the child is still starting or opening the journal
            boolean early = rounds % 4 == 3;
            Round round = runAndKill(folder, early, random);
            promised.putAll(round.saves());
            killedDuringOpen += round.ready() ? 0 : 1;
            rounds++;
            check(folder, promised, "seed " + seed + ", after round " + rounds);
        }
        String figures = rounds + " kills, " + killedDuringOpen + " before the journal was open, " + promised.size()
                + " reported saves checked, seed " + seed;
        System.out.println("CrashSafetyTest: " + figures);
        assertTrue(rounds >= MIN_ROUNDS, figures);
        assertTrue(promised.size() >= rounds, "the child got to save between kills: " + figures);
    }

    private record Round(boolean ready, Map<String, Integer> saves) {
    }

    private Round runAndKill(Path folder, boolean early, Random random) throws Exception {
        // the test JVMs' own options (the pom's argLine): no server compiler or G1 threads to start in a child
        // that lives a second, so more of the budget goes to kills
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", CrashWriter.class.getName(), folder.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<String, Integer> saves = new LinkedHashMap<>();
        boolean[] ready = new boolean[1];
        Thread reader = new Thread(() -> read(child, ready, saves), "crash-writer-output");
        reader.start();
        long killAt = early ? 100 + random.nextInt(1_500) : -1;
        long started = System.currentTimeMillis();
        if (!early) {
            while (!ready[0] && child.isAlive() && System.currentTimeMillis() - started < 20_000) {
                Thread.sleep(5);
            }
            Thread.sleep(20 + random.nextInt(400));
        } else {
            Thread.sleep(killAt);
        }
        child.destroyForcibly(); // SIGKILL on POSIX: no shutdown hooks, no finally blocks
        child.waitFor(10, TimeUnit.SECONDS);
        reader.join(10_000);
        synchronized (saves) {
            return new Round(ready[0], new LinkedHashMap<>(saves));
        }
    }

    private static void read(Process child, boolean[] ready, Map<String, Integer> saves) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.equals("ready")) {
                    ready[0] = true;
                } else if (line.startsWith("saved ")) {
                    String[] parts = line.split(" ");
                    if (parts.length == 3) { // a line cut by the kill was never a complete promise
                        synchronized (saves) {
                            saves.put(parts[1], Integer.parseInt(parts[2]));
                        }
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the pipe closes with the kill; what was read so far stands
        }
    }

    private static void check(Path folder, Map<String, Integer> promised, String where) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(JournalStore.FILE_NAME));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertEquals("ok", rs.getString(1), where);
        }
        try (JournalStore store = JournalStore.open(folder, TestClocks.SUNDAY)) {
            List<SymptomItem> scored = store.items().all().stream().filter(i -> i.kind() == ItemKind.SCORE)
                    .toList();
            Map<String, CheckIn> kept = store.checkIns().all().stream()
                    .collect(Collectors.toMap(CheckIn::uid, Function.identity()));
            List<String> lost = new ArrayList<>();
            promised.forEach((uid, n) -> {
                CheckIn found = kept.get(uid);
                CheckIn expected = CrashWriter.entry(n, scored);
                if (found == null || !found.answers().equals(expected.answers())
                        || !found.note().equals(expected.note())
                        || !found.temperature().equals(expected.temperature())
                        || !found.recordedAt().toInstant().equals(expected.recordedAt().toInstant())) {
                    lost.add(uid + " (save " + n + ")");
                }
            });
            assertEquals(List.of(), lost, where + ": saves reported complete but missing or changed");
        }
    }
}
