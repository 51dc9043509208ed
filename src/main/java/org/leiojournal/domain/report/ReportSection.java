package org.leiojournal.domain.report;

/** The parts of a clinic report after its first page, in the order they are printed; the summary is always in. */
public enum ReportSection {
    CHARTS,
    BLOOD_TESTS,
    TABLE,
    MEDICINES,
    NOTES
}
