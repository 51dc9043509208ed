package org.leiojournal.domain.report;

import java.util.List;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.lab.LabTest;
import org.leiojournal.domain.lab.TeamLevel;

/**
 * The blood tests a clinic report is made from (they may cover more than its range), the care team's levels kept
 * in the journal, and the catalogue that names the tests and the units they were entered in.
 */
public record ReportLabs(List<BloodTest> tests, List<TeamLevel> teamLevels, List<LabTest> catalogue) {

    /** A journal without blood tests. */
    public static final ReportLabs NONE = new ReportLabs(List.of(), List.of(), List.of());

    public ReportLabs {
        tests = List.copyOf(tests);
        teamLevels = List.copyOf(teamLevels);
        catalogue = List.copyOf(catalogue);
    }
}
