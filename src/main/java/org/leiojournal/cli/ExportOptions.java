package org.leiojournal.cli;

import java.nio.file.Path;
import java.util.Objects;
import org.leiojournal.report.DateRange;

/**
 * What {@code export} was asked to write: the format, the file, the days (both ends included) and whether events
 * carry reminders. Reminders are on unless {@code --no-alarms} says otherwise: they carry the preparation steps
 * the user set a reminder for ("nothing to eat after midnight"), which is much of the point of exporting.
 */
public record ExportOptions(ExportFormat format, Path out, DateRange range, boolean alarms) {

    public ExportOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(range, "range");
    }
}
