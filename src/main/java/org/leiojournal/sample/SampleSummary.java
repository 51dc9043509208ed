package org.leiojournal.sample;

import java.nio.file.Path;

/** What a sample journal holds, for the command line to report: days covered, entries, courses, appointments. */
public record SampleSummary(Path folder, int days, int checkIns, int courses, int appointments) {
}
