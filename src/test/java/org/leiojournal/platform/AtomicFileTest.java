package org.leiojournal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileInputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** An export replaces the old file whole, and when another program holds it, says so and keeps the old one. */
class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void aFileHeldForAMomentIsReplacedOnASecondTry() throws Exception {
        Path target = write("old.csv", "old");
        Path temp = write("new.tmp", "new");
        AtomicInteger tries = new AtomicInteger();

        AtomicFile.replace(temp, target, (from, to) -> {
            if (tries.incrementAndGet() < 3) { // as Windows does while a virus scanner looks at the file
                throw new AccessDeniedException(to.toString());
            }
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        });

        assertEquals("new", Files.readString(target));
        assertEquals(3, tries.get());
    }

    @Test
    void aFileKeptOpenElsewhereIsReportedInWordsAndTheOldOneStays() throws Exception {
        Path target = write("report.pdf", "old");
        Path temp = write("new.tmp", "new");
        FileSystemException e = assertThrows(FileSystemException.class, () -> AtomicFile.replace(temp, target,
                (from, to) -> {
                    throw new FileSystemException(from.toString(), to.toString(),
                            "The process cannot access the file because it is being used by another process");
                }));
        assertEquals(AtomicFile.IN_USE, e.getReason());
        assertEquals("old", Files.readString(target));
    }

    @Test
    @EnabledOnOs(OS.WINDOWS)
    void onWindowsAFileOpenInAnotherProgramIsNotReplacedAndNothingIsLeftBehind() throws Exception {
        Path target = write("tables.zip", "old");
        // java.io opens without FILE_SHARE_DELETE, as many Windows programs do: the file cannot be replaced
        try (FileInputStream held = new FileInputStream(target.toFile())) {
            FileSystemException e = assertThrows(FileSystemException.class,
                    () -> AtomicFile.write(target, w -> w.write("new")));
            assertEquals(AtomicFile.IN_USE, e.getReason());
        }
        assertEquals("old", Files.readString(target));
        assertEquals(1, count(), "no temporary file left beside it");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void onLinuxAndMacAnOpenFileIsReplacedAndItsReaderKeepsTheOldContent() throws Exception {
        Path target = write("tables.zip", "old");
        try (FileInputStream held = new FileInputStream(target.toFile())) {
            AtomicFile.write(target, w -> w.write("new"));
            assertEquals("old", new String(held.readAllBytes()));
        }
        assertEquals("new", Files.readString(target));
        assertEquals(1, count(), "no temporary file left beside it");
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private long count() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
