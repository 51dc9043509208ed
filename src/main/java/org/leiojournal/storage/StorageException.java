package org.leiojournal.storage;

/** The journal file could not be read or written (disk full, file locked, file damaged). */
public class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
