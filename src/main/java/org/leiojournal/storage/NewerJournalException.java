package org.leiojournal.storage;

/** The journal was written by a newer version of the app; it is left untouched. */
public class NewerJournalException extends Exception {

    private static final long serialVersionUID = 1L;
    private final int foundVersion;
    private final int supportedVersion;

    public NewerJournalException(int foundVersion, int supportedVersion) {
        super("Journal schema version " + foundVersion + " is newer than this app supports (" + supportedVersion + ")");
        this.foundVersion = foundVersion;
        this.supportedVersion = supportedVersion;
    }

    public int foundVersion() { return foundVersion; }
    public int supportedVersion() { return supportedVersion; }
}
