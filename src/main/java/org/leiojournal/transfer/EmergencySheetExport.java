package org.leiojournal.transfer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.catalog.EmergencySheetCatalog;
import org.leiojournal.domain.emergency.EmergencySheet;
import org.leiojournal.platform.AtomicFile;
import org.leiojournal.report.pdf.EmergencySheetPdf;
import org.leiojournal.report.pdf.Paper;
import org.leiojournal.storage.JournalStore;

/**
 * The emergency sheet of an open journal written to a one-page PDF, headless: what the window's buttons and the
 * command line's {@code export --format emergency} both call. The file is replaced whole or not at all.
 */
public final class EmergencySheetExport {

    /** Days of check-ins and alerts read before today: enough for the sheet's 7 days and 48 hours, and no more. */
    private static final int DAYS_READ = EmergencySheet.TEMPERATURE_DAYS + 1;

    private EmergencySheetExport() {
    }

    /** What the sheet says about {@code store} at {@code now}. */
    public static EmergencySheet read(JournalStore store, ZonedDateTime now) {
        LocalDate today = now.toLocalDate();
        return EmergencySheet.of(new EmergencySheet.Input(store.profile().load(), store.contacts().all(),
                store.courses().all(), store.priorAnthracycline().load(), store.items().all(),
                store.checkIns().between(today.minusDays(DAYS_READ), today),
                store.alerts().between(today.minusDays(DAYS_READ), today), AlertRuleCatalog.bundled(),
                EmergencySheetCatalog.bundled(), now, store.bloodTests().all()));
    }

    /** Writes the sheet as it is at {@code clock}'s now to {@code target}; returns its pages (always 1). */
    public static int write(JournalStore store, Paper paper, Path target, Clock clock) throws IOException {
        EmergencySheet sheet = read(store, ZonedDateTime.now(clock));
        int[] pages = new int[1];
        AtomicFile.writeBytes(target, out -> pages[0] = EmergencySheetPdf.write(sheet, paper, out));
        return pages[0];
    }
}
