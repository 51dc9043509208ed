package org.leiojournal.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The floor the warm clinic report is held to (issue 21): PDFBox writing as many A4 pages as the report has, with
 * the same two fonts embedded as subsets (DejaVu Sans and its bold, read from the app's jar and parsed once, as the
 * report keeps them since the eighth session: a floor that parsed them again for every document would do work the
 * report no longer does, and flatter the ratio) and no content but each page's number, so that the fonts are used
 * and embedded.
 *
 * <p>{@link #writeWithGlyphs} is the same with each font's subset holding the glyphs the report's does (the
 * fifteenth session's reading of "the same embedded fonts": the same font programs in the file, not subsets of
 * "Page" and the digits); only {@link ReportProbe} writes it, for comparison, the benchmark's row stays this floor.
 */
final class PdfFloor {

    private static final String FONTS = "/org/leiojournal/report/fonts/";
    /** Parsed once and reused: the benchmark writes one floor at a time, and a document only reads the parse. */
    private static final Map<String, TrueTypeFont> PARSED = new ConcurrentHashMap<>();

    private PdfFloor() {
    }

    static void write(int pages, Path target) throws IOException {
        writeWithGlyphs(pages, target, new Glyphs(Set.of(), Set.of()));
    }

    /** The characters drawn in each face of a report, to embed in the floor's subsets without drawing them. */
    record Glyphs(Set<Integer> regular, Set<Integer> bold) {

        /** Read from a report's text as PDFBox extracts it (each character with the font it is drawn in). */
        static Glyphs of(Path pdf) throws IOException {
            Set<Integer> regular = new TreeSet<>();
            Set<Integer> bold = new TreeSet<>();
            try (PDDocument report = Loader.loadPDF(pdf.toFile())) {
                new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        for (TextPosition position : positions) {
                            Set<Integer> face = position.getFont().getName().contains("Bold") ? bold : regular;
                            position.getUnicode().codePoints().forEach(face::add);
                        }
                    }
                }.getText(report);
            }
            return new Glyphs(regular, bold);
        }
    }

    /** The floor with {@code glyphs} added to the fonts' subsets as well as those of the page numbers. */
    static void writeWithGlyphs(int pages, Path target, Glyphs glyphs) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font regular = font(document, "DejaVuSans.ttf");
            PDType0Font bold = font(document, "DejaVuSans-Bold.ttf");
            glyphs.regular().forEach(regular::addToSubset);
            glyphs.bold().forEach(bold::addToSubset);
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
