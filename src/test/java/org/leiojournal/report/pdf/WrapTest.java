package org.leiojournal.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: wrapping adds each word's width to the line's instead of measuring the whole line again for every word.
 * A line must still break exactly where the whole line's width passes the limit, to the last bit, or the report's
 * pages would change.
 */
class WrapTest {

    private static final TextStyle BODY = TextStyle.BODY;

    @Test
    void aTallyAddedWordByWordIsTheWholeTextsWidthToTheLastBit() throws IOException {
        try (PDDocument document = new PDDocument(); ReportFonts fonts = ReportFonts.load(document)) {
            for (String text : List.of("Nausea 3 of 10 after the second day of doxorubicin, better by Friday",
                    "Łukasz Ольга and 李小龙 called at 38.4 °C", "李 小 龙", "tab\tand\u200bzero-width")) {
                for (TextStyle style : List.of(BODY, TextStyle.BODY_BOLD, TextStyle.SMALL)) {
                    ReportFonts.Tally tally = fonts.tally(style);
                    String[] words = text.split(" ");
                    for (int i = 0; i < words.length; i++) {
                        tally.add(i == 0 ? words[i] : " " + words[i]);
                    }
                    assertEquals(Float.floatToIntBits(fonts.width(text, style)), Float.floatToIntBits(tally.width()),
                            text);
                }
            }
        }
    }

    @Test
    void aLineBreaksExactlyWhereItWouldNoLongerFit() throws IOException {
        try (PDDocument document = new PDDocument(); ReportFonts fonts = ReportFonts.load(document)) {
            String text = "Pain in the left thigh, Ольга says 李 helps";
            float twoWords = fonts.width("Pain in", BODY);
            assertEquals("Pain in", Wrap.lines(text, twoWords, BODY, fonts).get(0), "exactly as wide as the limit");
            assertEquals("Pain", Wrap.lines(text, Math.nextDown(twoWords), BODY, fonts).get(0), "a hair narrower");
        }
    }

    @Test
    void aWordWiderThanTheLineIsCutAndTheRestGoesOnWithTheNextWords() throws IOException {
        try (PDDocument document = new PDDocument(); ReportFonts fonts = ReportFonts.load(document)) {
            float width = fonts.width("abcdef", BODY);
            List<String> lines = Wrap.lines("abcdefghij k", width, BODY, fonts);
            assertEquals(List.of("abcdef", "ghij k"), lines);
        }
    }

    @Test
    void aLetterTypedWithASeparateAccentWrapsAsTheComposedLetter() throws IOException {
        try (PDDocument document = new PDDocument(); ReportFonts fonts = ReportFonts.load(document)) {
            float width = fonts.width("Zo\u00eb and", BODY);
            assertEquals(List.of("Zo\u00eb and", "Chlo\u00eb"), Wrap.lines("Zoe\u0308 and Chloe\u0308", width, BODY,
                    fonts));
        }
    }

    /** Issue 21: the words are found without a regex; they must be what {@code split(" +")} gave. */
    @Test
    void wordsAreWhatSplittingAtRunsOfSpacesGave() {
        for (String text : List.of("", "one", "two words", "many   spaces  between", " leading", "trailing  ", " ",
                "   ", "a b c", "李 小  龙")) {
            assertEquals(List.of(text.split(" +")), Wrap.words(text), "\"" + text + "\"");
        }
    }

    /** Issue 21: text without a line break skips the regex; every kind of break still starts a new line. */
    @Test
    void everyKindOfLineBreakStartsANewLine() throws IOException {
        try (PDDocument document = new PDDocument(); ReportFonts fonts = ReportFonts.load(document)) {
            for (String lineBreak : List.of("\n", "\u000B", "\u000C", "\r", "\r\n", "\u0085", "\u2028", "\u2029")) {
                assertEquals(List.of("one", "two"), Wrap.lines("one" + lineBreak + "two", 500, BODY, fonts),
                        "U+" + Integer.toHexString(lineBreak.charAt(0)));
            }
            assertEquals(List.of("one line"), Wrap.lines("  one line \t", 500, BODY, fonts));
        }
    }
}
