package org.leiojournal.cli;

import java.nio.file.Path;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.domain.validation.Required;

/**
 * What {@code export} was asked to write: the format, the file, the days (both ends included), whether events
 * carry reminders (calendar) and how a clinic report is laid out (pdf). Reminders are on unless
 * {@code --no-alarms} says otherwise: they carry the preparation steps the user set a reminder for ("nothing to
 * eat after midnight"), which is much of the point of exporting.
 */
public record ExportOptions(ExportFormat format, Path out, DateSpan range, boolean alarms, ReportChoices report) {

    public ExportOptions {
        Required.all("format, out, range, report", format, out, range, report);
    }

    /** Any format but pdf: the report's choices do not apply. */
    public ExportOptions(ExportFormat format, Path out, DateSpan range, boolean alarms) {
        this(format, out, range, alarms, ReportChoices.DEFAULT);
    }
}
