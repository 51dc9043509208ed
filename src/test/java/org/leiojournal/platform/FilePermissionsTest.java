package org.leiojournal.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The data folder is private where the file system can say so, and nothing fails where it cannot (Windows). */
class FilePermissionsTest {

    @TempDir
    Path dir;

    @Test
    void onAFileSystemWithoutPosixPermissionsFoldersAndFilesAreStillMadeAndNothingThrows() throws Exception {
        // a zip file system has no POSIX view, as NTFS has none on Windows: the same code path, testable anywhere
        URI zip = URI.create("jar:" + dir.resolve("no-posix.zip").toUri());
        try (FileSystem noPosix = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
            assertFalse(noPosix.supportedFileAttributeViews().contains("posix"));
            Path folder = noPosix.getPath("/Leio Journal/logs");
            Path file = folder.resolve("leio-journal.log");

            assertDoesNotThrow(() -> FilePermissions.createPrivateDirectory(folder));
            assertDoesNotThrow(() -> FilePermissions.createPrivateFile(file));
            assertDoesNotThrow(() -> FilePermissions.makePrivate(file));

            assertTrue(Files.isDirectory(folder));
            assertTrue(Files.isRegularFile(file));
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void onLinuxAndMacTheFolderIsTheOwnersAloneWhateverTheUmask() throws Exception {
        Path folder = dir.resolve("data/backups");
        Path file = folder.resolve("journal.sqlite");
        FilePermissions.createPrivateDirectory(folder);
        FilePermissions.createPrivateFile(file);

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    @EnabledOnOs(OS.WINDOWS)
    void onWindowsTheFolderIsMadeWithoutPosixAndInheritsItsParentsAccessList() throws Exception {
        assertFalse(FilePermissions.posix(dir), "NTFS has no POSIX view");
        Path file = dir.resolve("Leio Journal").resolve("journal.lock");
        FilePermissions.createPrivateDirectory(file.getParent());
        FilePermissions.createPrivateFile(file);
        assertTrue(Files.isRegularFile(file));
    }
}
