package org.leiojournal.storage;

import org.leiojournal.TestClocks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

/**
 * The lock must hold against another copy of the app, which is another process: a lock that only this JVM
 * knows about would let two copies write the same journal. The other copy is a child JVM running {@link OtherCopy}.
 */
@Tag("process")
class OtherProcessLockTest {

    @TempDir
    Path folder;

    /** Another copy of the app: opens the journal, says what happened, and holds it until its input closes. */
    public static final class OtherCopy {
        public static void main(String[] args) throws Exception {
            try (JournalStore store = JournalStore.open(Path.of(args[0]), TestClocks.SUNDAY)) {
                System.out.println("OPENED " + store.checkIns().count());
                System.out.flush();
                while (System.in.read() != -1) {
                    // hold the journal until the test lets go
                }
            } catch (JournalInUseException e) {
                System.out.println("IN_USE");
            }
        }
    }

    private Process startOtherCopy() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                OtherCopy.class.getName(), folder.toString())).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String firstLine(Process process) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = reader.readLine();
        return line == null ? "(no output)" : line;
    }

    /** Runs another copy that gives up at once if it gets the journal, and returns what it said. */
    private String tryOtherCopy() throws Exception {
        Process other = startOtherCopy();
        other.getOutputStream().close();
        String said = firstLine(other);
        if (!other.waitFor(30, TimeUnit.SECONDS)) {
            other.destroyForcibly();
        }
        return said;
    }

    @Test
    void otherCopyIsRefusedWhileThisOneHasTheJournalOpen() throws Exception {
        try (JournalStore store = JournalStore.open(folder, TestClocks.SUNDAY)) {
            assertEquals("IN_USE", tryOtherCopy());
        }
        assertEquals("OPENED 0", tryOtherCopy());
    }

    @Test
    void thisCopyIsRefusedWhileAnotherHasTheJournalOpen() throws Exception {
        Process other = startOtherCopy();
        try {
            assertEquals("OPENED 0", firstLine(other));
            assertThrows(JournalInUseException.class, () -> JournalStore.open(folder, TestClocks.SUNDAY));
        } finally {
            other.getOutputStream().close();
            other.waitFor(30, TimeUnit.SECONDS);
            other.destroyForcibly();
        }
        try (JournalStore store = JournalStore.open(folder, TestClocks.SUNDAY)) {
            assertEquals(0, store.checkIns().count());
        }
    }

    @Test
    void refusedSecondOpenInThisProcessStillKeepsOtherCopiesOut() throws Exception {
        try (JournalStore store = JournalStore.open(folder, TestClocks.SUNDAY)) {
            assertThrows(JournalInUseException.class, () -> JournalStore.open(folder, TestClocks.SUNDAY));
            // the refused attempt must not have dropped the lock this copy holds
            assertEquals("IN_USE", tryOtherCopy());
        }
    }
}
