package org.leiojournal.transfer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.platform.AppVersion;
import org.leiojournal.report.CalendarExport;
import org.leiojournal.storage.JournalStore;

/**
 * The appointments and treatment days of an open journal written as one .ics file: what the window's "Export to
 * calendar" and the command line's {@code export --format ics} both call, so both give the same events and ids.
 */
public final class CalendarFileExport {

    private CalendarFileExport() {
    }

    public static CalendarExport.Result write(JournalStore store, DateSpan range, boolean alarms, Path target,
                                              Clock clock) throws IOException {
        return new CalendarExport(AppVersion.current(), clock).write(new CalendarExport.Request(
                store.appointments().all(), store.courses().all(), store.profile().calendarUid(), range, alarms),
                target);
    }
}
