package org.leiojournal.transfer;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.leiojournal.catalog.LabCatalog;
import org.leiojournal.domain.alert.AlertRuleSet;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.report.ReportInput;
import org.leiojournal.domain.report.ReportLabs;
import org.leiojournal.domain.report.ReportRange;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.storage.JournalStore;

/**
 * Reads from an open journal everything a clinic report is made from, as it stands at one moment. Check-ins,
 * alerts and medicine doses are read for the report's days only (with a day or two to spare at each end, which
 * the report's own filters leave out), and so are blood tests: ten years of a journal are not read for a 90-day
 * report.
 */
public final class ReportInputReader {

    /** Days read beyond the range: an alert or a late dose may be dated by a moment just past midnight. */
    private static final int MARGIN_DAYS = 2;

    private ReportInputReader() {
    }

    /** For {@code range}, or when empty for the report's default range (since the last clinic visit). */
    public static ReportInput read(JournalStore store, AlertRuleSet rules, ZonedDateTime now,
                                   Optional<DateSpan> range) {
        List<Appointment> appointments = store.appointments().all();
        DateSpan span = range.orElseGet(() -> ReportRange.defaultFor(appointments, now.toLocalDate(), now.getZone())
                .span());
        LocalDate from = span.first().minusDays(MARGIN_DAYS);
        LocalDate to = span.last().plusDays(MARGIN_DAYS);
        return new ReportInput(store.profile().load(), store.items().all(), store.checkIns().between(from, to),
                store.courses().all(), store.priorAnthracycline().load(), appointments,
                store.alerts().between(from, to), store.medicines().all(), store.medicines().dosesBetween(from, to),
                rules, now, new ReportLabs(store.bloodTests().between(from, to), store.bloodTests().levels(),
                LabCatalog.bundled().all()));
    }
}
