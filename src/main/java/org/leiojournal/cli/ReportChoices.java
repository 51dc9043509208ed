package org.leiojournal.cli;

import java.util.Objects;
import java.util.Optional;
import org.leiojournal.report.pdf.Paper;

/**
 * How {@code export --format pdf} lays out the clinic report: the paper (empty: the one of the user's locale) and
 * whether the name and the date of birth are printed. Both are left off unless asked for, as in the window, so a
 * report printed for a shared printer names nobody by default.
 */
public record ReportChoices(Optional<Paper> paper, boolean name, boolean dateOfBirth) {

    public static final ReportChoices DEFAULT = new ReportChoices(Optional.empty(), false, false);

    public ReportChoices {
        Objects.requireNonNull(paper, "paper");
    }
}
