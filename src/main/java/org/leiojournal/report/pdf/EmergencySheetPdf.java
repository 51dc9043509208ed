package org.leiojournal.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.leiojournal.domain.emergency.EmergencySheet;

/**
 * Writes the emergency sheet as a one-page PDF on the report's paper, with the report's fonts, page margins and
 * footer, tagged for screen readers ({@link TaggedPdf}). Always one page: lists are cut to fit ({@link SheetRows#fitting}).
 */
public final class EmergencySheetPdf {

    private EmergencySheetPdf() {
    }

    /** Writes the sheet to {@code out} (not closed); returns its number of pages, always 1. */
    public static int write(EmergencySheet sheet, Paper paper, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument(); ReportFonts fonts = ReportFonts.load(document)) {
            Pages pages = new Pages(document, paper, fonts);
            pages.add();
            List<Row> rows = new SheetRows(sheet, fonts, pages.width()).fitting(pages.bottom() - pages.top());
            Canvas canvas = pages.canvas(1);
            float y = pages.top();
            for (Row row : rows) {
                canvas.draw(row, pages.left(), y, pages.width());
                y += row.height();
            }
            Footer.drawAll(pages, sheet.madeAt());
            String who = sheet.name().isBlank() ? "" : ", " + sheet.name();
            DocumentInfo.describe(document.getDocumentInformation(), "Emergency sheet" + who, sheet.madeAt());
            pages.save(out);
            return pages.count();
        }
    }
}
