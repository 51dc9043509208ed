package org.leiojournal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.storage.crash.CrashWriter;
import org.leiojournal.storage.crash.JournalHolder;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.storage.JournalInUseException;
import org.leiojournal.storage.JournalStore;
import org.junit.jupiter.api.Tag;

/**
 * One writer per data folder, across processes: while another process has the journal open, this one is refused,
 * told which folder, and writes nothing; once that process is killed, the lock it left is taken over.
 */
@Tag("process")
class OneWriterTest {

    @TempDir
    Path temp;

    @Test
    void aSecondProcessIsRefusedAndWritesNothingThenTheDeadOnesLockIsTakenOver() throws Exception {
        Path folder = temp.resolve("journal");
        try (JournalStore store = JournalStore.open(folder, TestClocks.SUNDAY)) {
            store.checkIns().save(CrashWriter.entry(1, store.items().all().stream()
                    .filter(i -> i.kind() == ItemKind.SCORE).toList()));
        }
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), JournalHolder.class.getName(), folder.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertEquals("open 1", out.readLine(), "the other process has the journal open");
            byte[] journal = Files.readAllBytes(folder.resolve(JournalStore.FILE_NAME));
            byte[] lock = Files.readAllBytes(folder.resolve("journal.lock"));

            JournalInUseException refused = assertThrows(JournalInUseException.class, () -> JournalStore.open(folder, TestClocks.SUNDAY));
            assertEquals(folder, refused.folder(), "the message names the folder in use");

            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = Launcher.run(new String[] {"--data-dir", folder.toString(), "import",
                    temp.resolve("none.json").toString()}, Map.of(), TestClocks.SUNDAY, new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(1, exit);
            String message = err.toString(StandardCharsets.UTF_8);
            assertTrue(message.contains(folder.toString()) && message.contains("open in Leio Journal"), message);

            assertArrayEquals(journal, Files.readAllBytes(folder.resolve(JournalStore.FILE_NAME)), "journal");
            assertArrayEquals(lock, Files.readAllBytes(folder.resolve("journal.lock")), "the holder's lock file");
        } finally {
            holder.destroyForcibly();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
        assertTrue(Files.exists(folder.resolve("journal.lock")), "a crash leaves the lock file behind");
        try (JournalStore store = JournalStore.open(folder, TestClocks.SUNDAY)) {
            assertEquals(List.of("save 1"), store.checkIns().all().stream().map(c -> c.note()).toList());
        }
    }
}
