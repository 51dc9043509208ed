package org.leiojournal.storage;

/** How imported rows meet the journal's own. */
public enum ImportMode {
    /**
     * Adds the rows the journal does not have (by stable id); a row it already has keeps the journal's version,
     * with its own rows (a check-in's answers, a course's doses). The profile and the follow-up plan stay the
     * journal's, unless it has none.
     */
    MERGE,
    /** Empties the journal and puts the imported rows in its place, after a copy of it is kept in backups. */
    REPLACE
}
