package org.leiojournal.transfer.fhir;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.lab.HomeVital;

/**
 * What importing a FHIR file of lab results would do, shown before anything is written: the values that will be
 * added, those the journal already holds (same test, same time, same value), and what is skipped and why; with the
 * blood tests and home readings to save (a saved test that gains values is saved again with them).
 */
public record LabImportPreview(List<Line> added, List<Line> alreadyThere, List<Line> skipped,
                               List<BloodTest> tests, List<HomeVital> readings) {

    public LabImportPreview {
        added = List.copyOf(added);
        alreadyThere = List.copyOf(alreadyThere);
        skipped = List.copyOf(skipped);
        tests = List.copyOf(tests);
        readings = List.copyOf(readings);
    }

    /** True when the file holds nothing the journal does not have. */
    public boolean nothingToAdd() {
        return tests.isEmpty() && readings.isEmpty();
    }

    /**
     * One value or record of the file: when it was taken (unknown for a record without a date), what it is in plain
     * words ("Platelets 95 ×10⁹/L"), and for a skipped one why.
     */
    public record Line(Optional<LocalDateTime> at, String what, String why) {

        public Line {
            at = at == null ? Optional.empty() : at;
            why = why == null ? "" : why;
        }
    }
}
