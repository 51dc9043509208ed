package org.leiojournal.transfer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.catalog.EmergencySheetCatalog;
import org.leiojournal.catalog.LabCatalog;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.lab.LabResult;
import org.leiojournal.domain.lab.LabUnit;
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
                EmergencySheetCatalog.bundled(), now, withUnitLabels(store.bloodTests().all())));
    }

    /** Units as people read them ("×10⁹/L"), not as systems send them ("10*9/L"): the sheet is read by people. */
    private static List<BloodTest> withUnitLabels(List<BloodTest> tests) {
        LabCatalog catalog = LabCatalog.bundled();
        return tests.stream().map(t -> new BloodTest(t.id(), t.drawnAt(), t.lab(), t.results().stream()
                .map(r -> new LabResult(r.testId(), r.value(), catalog.byId(r.testId())
                        .flatMap(test -> test.unit(r.unit())).map(LabUnit::label).orElse(r.unit()), r.labLow(),
                        r.labHigh()))
                .toList())).toList();
    }

    /** Writes the sheet as it is at {@code clock}'s now to {@code target}; returns its pages (always 1). */
    public static int write(JournalStore store, Paper paper, Path target, Clock clock) throws IOException {
        EmergencySheet sheet = read(store, ZonedDateTime.now(clock));
        int[] pages = new int[1];
        AtomicFile.writeBytes(target, out -> pages[0] = EmergencySheetPdf.write(sheet, paper, out));
        return pages[0];
    }
}
