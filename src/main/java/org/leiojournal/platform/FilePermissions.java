package org.leiojournal.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Health data is private: where the file system has POSIX permissions (Linux, macOS) the data folder is 0700 and
 * every file in it 0600, whatever the umask. Where it has none (Windows' NTFS, a zip file system) this does
 * nothing and never fails: on Windows the data folder is under %APPDATA% in the user's profile, whose access
 * list lets in only that user, SYSTEM and the administrators, and every file made in it inherits that list.
 * Asked per path, not once per machine: one system can mount file systems of both kinds.
 */
public final class FilePermissions {

    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private FilePermissions() {
    }

    public static void createPrivateDirectory(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (posix(dir)) {
            Files.setPosixFilePermissions(dir, DIRECTORY);
        }
    }

    /** Creates the file empty if missing, then restricts it to its owner. */
    public static void createPrivateFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            if (posix(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            } else {
                Files.createFile(file);
            }
        }
        makePrivate(file);
    }

    public static void makePrivate(Path file) throws IOException {
        if (posix(file) && Files.exists(file)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    /** Whether the file system this path lives on has POSIX permissions (false on Windows). */
    static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
