package org.leiojournal.storage;

import org.leiojournal.platform.FilePermissions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes sure one copy of the app writes to a data folder. The operating system drops the lock when the process
 * ends, even by a crash, so a lock file left behind is stale and is simply taken over.
 */
final class DataFolderLock implements AutoCloseable {

    static final String FILE_NAME = "journal.lock";

    /**
     * Lock files this process holds. A second attempt from the same process must be refused before it opens the
     * file: on POSIX, closing any handle to a file drops all of this process's locks on it, the first one too.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    /**
     * The one byte locked, far past the "pid N" line. Windows' locks are mandatory: a lock on the whole file (as
     * tryLock() takes) would stop anyone else from even reading that line. On Linux and macOS locks are advisory
     * and a range works the same. An older version locking the whole file still overlaps this byte.
     */
    static final long LOCKED_BYTE = 1L << 40;

    private final Path file;
    /** Held through the channel it was taken on ({@link FileLock#channel()}), which closes with it. */
    private final FileLock lock;

    private DataFolderLock(Path file, FileLock lock) {
        this.file = file;
        this.lock = lock;
    }

    static DataFolderLock acquire(Path folder) throws JournalInUseException, IOException {
        Path file = folder.resolve(FILE_NAME);
        FilePermissions.createPrivateFile(file);
        Path key = file.toRealPath();
        if (!HELD.add(key)) {
            throw new JournalInUseException(folder);
        }
        FileChannel channel = null;
        FileLock lock = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.WRITE);
            lock = channel.tryLock(LOCKED_BYTE, 1, false);
        } catch (OverlappingFileLockException e) {
            lock = null;
        } finally {
            if (lock == null) {
                HELD.remove(key);
                if (channel != null) {
                    channel.close();
                }
            }
        }
        if (lock == null) {
            throw new JournalInUseException(folder);
        }
        DataFolderLock held = new DataFolderLock(key, lock);
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        } catch (IOException e) {
            held.close();
            throw e;
        }
        return held;
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            lock.channel().close();
        } finally {
            HELD.remove(file);
        }
    }
}
