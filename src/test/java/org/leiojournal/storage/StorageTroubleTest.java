package org.leiojournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Which message a failed save gets depends on SQLite's code. A full disk and a read-only folder are made for real
 * in FailedWriteViewTest; a drive that stops answering (a USB stick pulled out) cannot be made in a test, so its
 * codes are checked here as the driver reports them.
 */
class StorageTroubleTest {

    @Test
    void aDriveThatStopsAnsweringIsNotCalledAFullDiskOrALockedFile() {
        assertEquals(StorageException.Trouble.DRIVE_GONE, troubleOf(SQLiteErrorCode.SQLITE_IOERR_WRITE));
        assertEquals(StorageException.Trouble.DRIVE_GONE, troubleOf(SQLiteErrorCode.SQLITE_IOERR_FSYNC));
        assertEquals(StorageException.Trouble.DRIVE_GONE, troubleOf(SQLiteErrorCode.SQLITE_IOERR));
    }

    @Test
    void fullReadOnlyAndOtherFailuresKeepTheirOwnMessages() {
        assertEquals(StorageException.Trouble.DISK_FULL, troubleOf(SQLiteErrorCode.SQLITE_FULL));
        assertEquals(StorageException.Trouble.READ_ONLY, troubleOf(SQLiteErrorCode.SQLITE_READONLY));
        assertEquals(StorageException.Trouble.READ_ONLY, troubleOf(SQLiteErrorCode.SQLITE_CANTOPEN));
        assertEquals(StorageException.Trouble.OTHER, troubleOf(SQLiteErrorCode.SQLITE_BUSY));
        assertEquals(StorageException.Trouble.OTHER,
                new StorageException("x", new SQLException("no code")).trouble());
    }

    private static StorageException.Trouble troubleOf(SQLiteErrorCode code) {
        SQLiteException cause = new SQLiteException("[" + code.name() + "] " + code.message, code);
        return new StorageException("Could not save to the journal", cause).trouble();
    }
}
