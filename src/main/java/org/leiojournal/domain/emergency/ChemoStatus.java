package org.leiojournal.domain.emergency;

/** Whether the sheet says "on chemotherapy — possible neutropenic sepsis", and why. */
public enum ChemoStatus {
    /** No course runs today and none ended within its after-dose days. */
    NONE,
    /** A course covers today. */
    DURING_COURSE,
    /** No course covers today, but the last treatment day was at most the after-dose days ago. */
    AFTER_COURSE;

    public boolean possibleSepsis() {
        return this != NONE;
    }
}
