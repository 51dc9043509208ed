package org.leiojournal.platform;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: into a temporary file beside the target, then moved over it. A calendar app
 * watching the file, or a full disk halfway through, never sees half an export, and a failed export leaves the
 * previous one in place. The temporary file is readable by the owner only, and so is the result.
 */
public final class AtomicFile {

    /** What fills the file. */
    public interface Content {
        void writeTo(Writer writer) throws IOException;
    }

    /** What fills a binary file. */
    public interface Bytes {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path target, Content content) throws IOException {
        fill(target, temp -> {
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                content.writeTo(writer);
            }
        });
    }

    public static void writeBytes(Path target, Bytes content) throws IOException {
        fill(target, temp -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                content.writeTo(out);
            }
        });
    }

    private interface Filling {
        void fill(Path temp) throws IOException;
    }

    private static void fill(Path target, Filling filling) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new FileSystemException(absolute.toString(), null, "is a folder");
        }
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            filling.fill(temp);
            move(temp, absolute);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The reason a replace fails when another program holds the file (Windows refuses to replace it then). */
    static final String IN_USE = "it is open in another program (or read-only); close it there and try again";
    private static final int ATTEMPTS = 5;
    private static final long PAUSE_MILLIS = 200;

    /** One move of the finished temporary file over the target. */
    interface Mover {
        void move(Path temp, Path target) throws IOException;
    }

    private static void move(Path temp, Path target) throws IOException {
        replace(temp, target, AtomicFile::moveOnce);
    }

    /**
     * On Windows a file another program has open (Excel with the CSV, a PDF viewer with the report) cannot be
     * replaced, and a virus scanner or the search indexer may hold a new file for a moment. So a refused replace is
     * tried again for about a second, then reported in words; the temporary file goes and the old file stays whole.
     * On Linux and macOS a rename replaces an open file (the other program keeps reading the old one).
     */
    static void replace(Path temp, Path target, Mover mover) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                mover.move(temp, target);
                return;
            } catch (AtomicMoveNotSupportedException | NoSuchFileException e) {
                throw e;
            } catch (FileSystemException e) { // AccessDeniedException, or "used by another process"
                if (attempt == ATTEMPTS) {
                    throw new FileSystemException(target.toString(), null, IN_USE);
                }
                pause();
            }
        }
    }

    private static void moveOnce(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network and FAT file systems cannot rename atomically; a plain replace is the best they offer.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while the file was in use");
        }
    }
}
