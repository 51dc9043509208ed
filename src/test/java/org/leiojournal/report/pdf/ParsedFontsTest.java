package org.leiojournal.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.report.ReportInput;
import org.leiojournal.domain.report.ReportSection;

/**
 * Issue 21: a font file is parsed once and lent to one document at a time, and a report written with a parse an
 * earlier report used embeds its own text's glyphs, not the earlier one's.
 */
class ParsedFontsTest {

    @Test
    void aParseIsLentToOneDocumentAtATimeAndReusedOnceGivenBack() throws IOException {
        byte[] bytes;
        try (InputStream in = ReportFonts.class.getResourceAsStream("/org/leiojournal/report/fonts/DejaVuSans.ttf")) {
            bytes = in.readAllBytes();
        }
        String file = "ParsedFontsTest only.ttf"; // a name of its own: other tests give back the app's files
        TrueTypeFont first = ParsedFonts.borrow(file, bytes);
        TrueTypeFont second = ParsedFonts.borrow(file, bytes);
        assertNotSame(first, second, "two documents at once never share a parse");
        ParsedFonts.giveBack(file, first);
        assertSame(first, ParsedFonts.borrow(file, bytes));
        assertEquals(first.getNumberOfGlyphs(), second.getNumberOfGlyphs());
    }

    @Test
    void eachReportEmbedsTheLettersOfItsOwnText() throws IOException {
        for (String name : new String[] {"Ольга Петрова", "Łukasz Brzęczyszczykiewicz", "李小龙", "Ольга Петрова"}) {
            ReportInput input = ReportJournal.input(name);
            ReportOptions options = new ReportOptions(input.defaultRange(), Paper.A4,
                    EnumSet.noneOf(ReportSection.class), true, false);
            String page = ClinicReportTest.write(input, options).page(1);
            assertTrue(page.contains(name), name + " in " + page);
        }
    }
}
