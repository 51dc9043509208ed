package org.leiojournal.ui.appointment;

import java.io.IOException;
import java.nio.file.Path;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.report.CalendarExport;

/**
 * Writes the open journal's appointments and treatment days in {@code range} to an .ics file; runs on the worker
 * thread. The window wires it to {@code CalendarFileExport}, as the command line does.
 */
@FunctionalInterface
public interface CalendarWriter {

    CalendarExport.Result write(DateSpan range, boolean alarms, Path target) throws IOException;
}
