package org.leiojournal.report.pdf;

import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/** The properties a PDF reader shows for every document the app writes: its title, the app, the disclaimer, when. */
final class DocumentInfo {

    private DocumentInfo() {
    }

    static void describe(PDDocumentInformation info, String title, ZonedDateTime made) {
        info.setTitle(title);
        info.setCreator("Leio Journal");
        info.setSubject(Words.DISCLAIMER);
        info.setCreationDate(GregorianCalendar.from(made));
    }
}
