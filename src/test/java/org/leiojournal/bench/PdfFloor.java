package org.leiojournal.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The floor the warm clinic report is held to (issue 21): PDFBox writing as many A4 pages as the report has, with
 * the same two fonts embedded as subsets (DejaVu Sans and its bold, read from the app's jar and parsed once, as the
 * report keeps them since the eighth session: a floor that parsed them again for every document would do work the
 * report no longer does, and flatter the ratio) and no content but each page's number, so that the fonts are used
 * and embedded.
 */
final class PdfFloor {

    private static final String FONTS = "/org/leiojournal/report/fonts/";
    /** Parsed once and reused: the benchmark writes one floor at a time, and a document only reads the parse. */
    private static final Map<String, TrueTypeFont> PARSED = new ConcurrentHashMap<>();

    private PdfFloor() {
    }

    static void write(int pages, Path target) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font regular = font(document, "DejaVuSans.ttf");
            PDType0Font bold = font(document, "DejaVuSans-Bold.ttf");
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.newLineAtOffset(40, 40);
                    text.setFont(bold, 9);
                    text.showText("Page ");
                    text.setFont(regular, 9);
                    text.showText(Integer.toString(i));
                    text.endText();
                }
            }
            java.nio.file.Files.deleteIfExists(target); // as the report's own file is replaced, not overwritten
            document.save(target.toFile());
        }
    }

    private static PDType0Font font(PDDocument document, String file) throws IOException {
        TrueTypeFont parsed = PARSED.get(file);
        if (parsed == null) {
            try (InputStream in = PdfFloor.class.getResourceAsStream(FONTS + file)) {
                parsed = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            }
            parsed.setEnableGsub(false); // as ParsedFonts does for the report
            PARSED.put(file, parsed);
        }
        return PDType0Font.load(document, parsed, true);
    }
}
