package org.leiojournal.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: text is measured from each character's width kept once asked, and the fonts' substitutions are off.
 * The width must stay what PDFBox measures for the same runs, or lines would wrap differently; a name typed with
 * a separate accent is composed, so it is drawn as one letter.
 */
class ReportFontsTest {

    private static final TextStyle BODY = TextStyle.BODY;

    @Test
    void aTextIsAsWideAsPdfBoxMeasuresItsRunsAgainAndAgain() throws IOException {
        try (PDDocument document = new PDDocument(); ReportFonts fonts = ReportFonts.load(document)) {
            for (String text : List.of("Pain 7 of 10, fever 38.0 °C", "Łukasz Ольга Zoë — 12 × 3", "李小龙 and 金",
                    "tab\there", "")) {
                for (boolean bold : new boolean[] {false, true}) {
                    TextStyle style = bold ? TextStyle.BODY_BOLD : BODY;
                    float expected = 0;
                    for (ReportFonts.Run run : fonts.runs(text, bold)) {
                        expected += run.font().getStringWidth(run.text()) / 1000f * style.size();
                    }
                    assertEquals(expected, fonts.width(text, style), text);
                    assertEquals(expected, fonts.width(text, style), "asked again, from the kept widths: " + text);
                }
            }
        }
    }

    @Test
    void aLetterTypedWithASeparateAccentIsComposedBeforeItIsDrawnOrMeasured() throws IOException {
        try (PDDocument document = new PDDocument(); ReportFonts fonts = ReportFonts.load(document)) {
            String decomposed = "Zoe\u0308";
            assertEquals("Zo\u00eb", String.join("", fonts.runs(decomposed, false).stream().map(ReportFonts.Run::text)
                    .toList()));
            assertEquals(fonts.width("Zo\u00eb", BODY), fonts.width(decomposed, BODY));
        }
    }

    @Test
    void anInvisibleCharacterIsLeftOutAndOneNoFontHasIsDrawnAndMeasuredAsAQuestionMark() throws IOException {
        try (PDDocument document = new PDDocument(); ReportFonts fonts = ReportFonts.load(document)) {
            // a zero-width space, a private-use character no font has, a Chinese name (from the fallback font)
            String typed = "a\u200Bb\uE000 \u674E";
            List<ReportFonts.Run> runs = fonts.runs(typed, false);
            assertEquals(List.of("ab? ", "\u674E"), runs.stream().map(ReportFonts.Run::text).toList());
            float expected = 0;
            for (ReportFonts.Run run : runs) {
                expected += run.font().getStringWidth(run.text()) / 1000f * BODY.size();
            }
            assertEquals(expected, fonts.width(typed, BODY));
            assertEquals(fonts.width("ab? ", BODY) + fonts.width("\u674E", BODY), fonts.width(typed, BODY), 0.001f);
        }
    }
}
