package org.leiojournal.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one report, embedded as subsets: DejaVu Sans (regular and bold) for Latin, Greek and Cyrillic text,
 * and Droid Sans Fallback for what DejaVu lacks, such as Chinese, Japanese and Korean names. The fourteen built-in
 * PDF fonts are never used: they cannot show "Łukasz" or "Ольга". A character neither font has is drawn as "?"
 * rather than failing the whole report; invisible format characters are dropped.
 */
final class ReportFonts implements AutoCloseable {

    private static final String FOLDER = "/org/leiojournal/report/fonts/";
    private static final int MISSING = '?';

    private static final String FALLBACK = "DroidSansFallback.ttf";
    /** The font files as read from the app once: the fallback alone is 4 MB to inflate from the jar. */
    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

    private final PDDocument document;
    private final Face regular;
    private final Face bold;
    private Face fallback;

    private ReportFonts(PDDocument document, Face regular, Face bold) {
        this.document = document;
        this.regular = regular;
        this.bold = bold;
    }

    static ReportFonts load(PDDocument document) throws IOException {
        return new ReportFonts(document, Face.load(document, "DejaVuSans.ttf"),
                Face.load(document, "DejaVuSans-Bold.ttf"));
    }

    /** Loaded the first time DejaVu lacks a character: most reports never need it. */
    private Face fallback() {
        if (fallback == null) {
            try {
                fallback = Face.load(document, FALLBACK);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fallback;
    }

    /** A piece of text in one font. */
    record Run(PDFont font, String text) {
    }

    /** Splits text into runs each of which one font can show, after replacing what none can. */
    List<Run> runs(String text, boolean isBold) {
        Face main = isBold ? bold : regular;
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Face currentFace = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.FORMAT) {
                continue;
            }
            if (Character.isISOControl(cp) || Character.isWhitespace(cp) && cp != ' ') {
                cp = ' ';
            }
            Face face = main.has(cp) ? main : fallback().has(cp) ? fallback() : main;
            if (face == main && !main.has(cp)) {
                cp = MISSING;
            }
            if (face != currentFace && current.length() > 0) {
                runs.add(new Run(currentFace.font, current.toString()));
                current.setLength(0);
            }
            currentFace = face;
            current.appendCodePoint(cp);
        }
        if (current.length() > 0) {
            runs.add(new Run(currentFace.font, current.toString()));
        }
        return runs;
    }

    /** The width of the text in points at the given size. */
    float width(String text, TextStyle style) {
        float width = 0;
        for (Run run : runs(text, style.bold())) {
            try {
                width += run.font().getStringWidth(run.text()) / 1000f * style.size();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return width;
    }

    @Override
    public void close() throws IOException {
        regular.ttf.close();
        bold.ttf.close();
        if (fallback != null) {
            fallback.ttf.close();
        }
    }

    /** One font file: the font in the document, and its character map to ask which characters it has. */
    private static final class Face {
        private final TrueTypeFont ttf;
        private final CmapLookup cmap;
        private final PDType0Font font;

        private Face(TrueTypeFont ttf, CmapLookup cmap, PDType0Font font) {
            this.ttf = ttf;
            this.cmap = cmap;
            this.font = font;
        }

        static Face load(PDDocument document, String file) throws IOException {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes(file)));
            return new Face(ttf, ttf.getUnicodeCmapLookup(), PDType0Font.load(document, ttf, true));
        }

        private static byte[] bytes(String file) throws IOException {
            byte[] cached = FILES.get(file);
            if (cached != null) {
                return cached;
            }
            try (InputStream in = ReportFonts.class.getResourceAsStream(FOLDER + file)) {
                if (in == null) {
                    throw new IOException("font missing from the application: " + file);
                }
                byte[] bytes = in.readAllBytes();
                FILES.put(file, bytes);
                return bytes;
            }
        }

        boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) > 0;
        }
    }
}
