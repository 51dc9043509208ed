package org.leiojournal.transfer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.domain.report.ReportSection;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.report.pdf.Paper;
import org.leiojournal.sample.SampleCopies;
import org.leiojournal.storage.JournalStore;

/**
 * Review D22: no page of the clinic report is mostly blank. Measured as a reader sees it: how far down the page's
 * content area (40 pt margin to the 46 pt footer) its lowest text reaches. Every page but the last reaches at least
 * {@value #MIN_FILL}: the layout moves a section to a fresh page only once the page is 60 % used, and the last text
 * sits up to one gap (10 pt) and the running head (20 pt) above that point, about 4 % of the area; a page that ends
 * because a row does not fit is fuller still (the tallest row, a chart, is 132 pt: 18 % of a page).
 */
class ReportPageFillTest {

    static final double MIN_FILL = 0.55;
    private static final float MARGIN = 40;
    private static final float FOOT = 46;

    @TempDir
    Path temp;

    /** The lowest text baseline of each page above its footer, as a share of the content area. */
    static List<Double> fills(Path pdf) throws IOException {
        List<Double> fills = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                float height = document.getPage(page - 1).getMediaBox().getHeight();
                float bottom = height - FOOT;
                float[] lowest = {MARGIN};
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        for (TextPosition position : positions) {
                            float y = position.getYDirAdj();
                            if (y < bottom && !position.getUnicode().isBlank()) {
                                lowest[0] = Math.max(lowest[0], y);
                            }
                        }
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(document);
                fills.add((double) ((lowest[0] - MARGIN) / (bottom - MARGIN)));
            }
        }
        return fills;
    }

    private void assertNoPageMostlyBlank(int years, Optional<DateSpan> range) throws Exception {
        Path sample = temp.resolve("sample-" + years);
        SampleCopies.copy(sample, TaggedPdfTest.NOW, years);
        Path report = temp.resolve("report-" + years + ".pdf");
        try (JournalStore store = JournalStore.open(sample, TaggedPdfTest.CLOCK)) {
            ClinicReportExport.write(store, new ReportRequest(range, Paper.A4, EnumSet.allOf(ReportSection.class),
                    false, false), report, TaggedPdfTest.CLOCK);
        }
        List<Double> fills = fills(report);
        assertTrue(fills.size() >= 2, "the report runs past its summary page: " + fills);
        for (int page = 0; page < fills.size() - 1; page++) {
            assertTrue(fills.get(page) >= MIN_FILL, "page " + (page + 1) + " of " + fills.size()
                    + " is mostly blank: " + fills);
        }
    }

    @Test
    void theSampleReportHasNoMostlyBlankPage() throws Exception {
        assertNoPageMostlyBlank(1, Optional.empty());
    }

    @Test
    void aYearOfTheTenYearJournalHasNoMostlyBlankPage() throws Exception {
        assertNoPageMostlyBlank(10, Optional.of(new DateSpan(TaggedPdfTest.NOW.toLocalDate().minusYears(1).plusDays(1),
                TaggedPdfTest.NOW.toLocalDate())));
    }
}
