package org.leiojournal.storage;

/** The journal file could not be read or written (disk full, file locked, file damaged). */
public class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a write failed, as far as the user can act on it. */
    public enum Trouble { DISK_FULL, READ_ONLY, DRIVE_GONE, OTHER }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    /** What SQLite said about the failure: a full disk, a file or folder that cannot be written, or else. */
    public Trouble trouble() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql) {
                int primary = sql.getErrorCode() & 0xff;
                if (primary == 13) { // SQLITE_FULL
                    return Trouble.DISK_FULL;
                }
                if (primary == 8 || primary == 14) { // SQLITE_READONLY, SQLITE_CANTOPEN
                    return Trouble.READ_ONLY;
                }
                if (primary == 10) { // SQLITE_IOERR: the drive stopped answering (a USB stick pulled out)
                    return Trouble.DRIVE_GONE;
                }
                String text = String.valueOf(sql.getMessage());
                if (text.contains("SQLITE_FULL")) {
                    return Trouble.DISK_FULL;
                }
                if (text.contains("SQLITE_READONLY")) {
                    return Trouble.READ_ONLY;
                }
                if (text.contains("SQLITE_IOERR")) {
                    return Trouble.DRIVE_GONE;
                }
            }
        }
        return Trouble.OTHER;
    }
}
