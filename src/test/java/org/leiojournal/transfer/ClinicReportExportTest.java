package org.leiojournal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.domain.report.ReportSection;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.report.pdf.Paper;
import org.leiojournal.sample.SampleCopies;
import org.leiojournal.storage.JournalStore;

/** The headless entry point the window and the command line share, on the one-year sample journal. */
class ClinicReportExportTest {

    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 22, 9, 30, 0, 0, ZoneId.of("Europe/London"));
    static final Clock CLOCK = Clock.fixed(NOW.toInstant(), NOW.getZone());

    @TempDir
    static Path temp;
    static JournalStore store;

    @BeforeAll
    static void sample() throws Exception {
        SampleCopies.copy(temp.resolve("sample"), NOW, 1);
        store = JournalStore.open(temp.resolve("sample"), CLOCK);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
        }
    }

    @Test
    void theDefaultReportRunsFromTheLastVisitAttendedAndSaysWhereTreatmentStands() throws IOException {
        Path target = temp.resolve("report.pdf");
        int pages = ClinicReportExport.write(store, new ReportRequest(Optional.empty(), Paper.A4,
                EnumSet.allOf(ReportSection.class), true, false), target, CLOCK);
        String text = text(target);
        assertTrue(text.contains("Fri 23 Oct – Sun 22 Nov 2026 (31 days), since the clinic visit on Fri 23 Oct "
                + "2026"), text);
        assertTrue(text.contains("Gemcitabine + docetaxel, cycle 3, day 9"), text);
        assertTrue(text.contains("Sample patient"), "the name was ticked");
        assertTrue(text.contains("Page " + pages + " of " + pages), text);
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(0, left.filter(p -> p.getFileName().toString().endsWith(".tmp")).count(),
                    "no temporary file is left behind");
        }
    }

    @Test
    void aChosenRangeIsUsedAsItIs() throws IOException {
        Path target = temp.resolve("week.pdf");
        ClinicReportExport.write(store, new ReportRequest(Optional.of(new DateSpan(
                LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22))), Paper.LETTER,
                EnumSet.noneOf(ReportSection.class), false, false), target, CLOCK);
        String text = text(target);
        assertTrue(text.contains("Mon 16 Nov – Sun 22 Nov 2026 (7 days). Check-ins on 6 of 7 days."), text);
        assertTrue(!text.contains("Sample patient"), "the name was not ticked");
    }

    @Test
    void aFailedWriteLeavesTheEarlierFileAsItWas() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("a-folder.pdf"));
        assertThrows(IOException.class, () -> ClinicReportExport.write(store, new ReportRequest(Optional.empty(),
                Paper.A4, EnumSet.noneOf(ReportSection.class), false, false), folder, CLOCK));
        assertTrue(Files.isDirectory(folder));
    }
}
