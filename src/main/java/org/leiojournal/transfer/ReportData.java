package org.leiojournal.transfer;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.leiojournal.domain.alert.AlertRuleSet;
import org.leiojournal.domain.report.ReportInput;
import org.leiojournal.storage.JournalStore;

/** Reads from an open journal everything a clinic report is made from, as it stands at one moment. */
public final class ReportData {

    /** Older than anything a journal holds: the first day to read from. */
    private static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

    private ReportData() {
    }

    public static ReportInput read(JournalStore store, AlertRuleSet rules, ZonedDateTime now) {
        LocalDate until = now.toLocalDate().plusDays(1);
        return new ReportInput(store.profile().load(), store.items().all(), store.checkIns().all(),
                store.courses().all(), store.priorAnthracycline().load(), store.appointments().all(),
                store.alerts().between(BEGINNING, until), store.medicines().all(),
                store.medicines().dosesBetween(BEGINNING, until), rules, now);
    }
}
