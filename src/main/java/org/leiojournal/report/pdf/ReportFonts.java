package org.leiojournal.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
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

    /**
     * Splits text into runs each of which one font can show, after replacing what none can. The text is composed
     * first (NFC): the fonts' own composing rules are off (see {@link Face#load}).
     */
    List<Run> runs(String text, boolean isBold) {
        Face main = isBold ? bold : regular;
        String composed = composed(text);
        if (allShownAsIs(composed, main)) {
            return List.of(new Run(main.font, composed)); // most text: no copy (issue 21: allocating less)
        }
        Runs runs = new Runs();
        walk(composed, main, runs);
        return runs.done();
    }

    /** What is done with each character as drawn: added to a run ({@link Runs}) or to a width ({@link Tally}). */
    private interface Drawn {
        void next(Face face, int cp);
    }

    /**
     * Walks composed text as it is drawn: each character in the face that shows it, an invisible format character
     * left out, a control as a space, and a character neither font has as "?" in {@code main}. Runs and widths
     * both go through here, so what is measured is what is drawn.
     */
    private void walk(String composed, Face main, Drawn drawn) {
        for (int i = 0; i < composed.length(); ) {
            int cp = composed.codePointAt(i);
            i += Character.charCount(cp);
            cp = shown(cp);
            if (cp < 0) {
                continue;
            }
            Face face = faceFor(main, cp);
            drawn.next(face, face == main && !main.has(cp) ? MISSING : cp);
        }
    }

    /** Runs built character by character: a new run wherever the face changes. */
    private static final class Runs implements Drawn {
        private final List<Run> runs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private Face currentFace;

        @Override
        public void next(Face face, int cp) {
            if (face != currentFace && current.length() > 0) {
                runs.add(new Run(currentFace.font, current.toString()));
                current.setLength(0);
            }
            currentFace = face;
            current.appendCodePoint(cp);
        }

        List<Run> done() {
            if (current.length() > 0) {
                runs.add(new Run(currentFace.font, current.toString()));
            }
            return runs;
        }
    }

    /** Every character is drawn as it is, in {@code main}: the text is one run of itself. */
    private static boolean allShownAsIs(String composed, Face main) {
        for (int i = 0; i < composed.length(); ) {
            int cp = composed.codePointAt(i);
            i += Character.charCount(cp);
            if (shown(cp) != cp || !main.has(cp)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The width of the text in points at the given size: what PDFBox's {@code getStringWidth} gives for each run
     * of {@link #runs}, added up, but from each character's width kept once asked (issue 21: measuring the report's
     * text, mostly to wrap it, was a third of its time).
     */
    float width(String text, TextStyle style) {
        Tally tally = tally(style);
        tally.add(composed(text));
        return tally.width();
    }

    /** An empty {@link Tally} for text in {@code style}. */
    Tally tally(TextStyle style) {
        return new Tally(style.bold() ? bold : regular, style.size());
    }

    /**
     * A width added up piece by piece, with the very same arithmetic as {@link #width} of the whole, so that the
     * result is equal to the last bit. Wrapping adds one word at a time instead of measuring the whole line again
     * for every word (issue 21: measuring was the report's largest cost after saving). The pieces must already be
     * composed ({@link #composed}).
     */
    final class Tally implements Drawn {
        private final Face main;
        private final float size;
        private float width;
        private float units;
        private Face currentFace;

        private Tally(Face main, float size) {
            this.main = main;
            this.size = size;
        }

        /** A tally to add to without changing this one. */
        Tally copy() {
            Tally copy = new Tally(main, size);
            copy.width = width;
            copy.units = units;
            copy.currentFace = currentFace;
            return copy;
        }

        void add(String composed) {
            walk(composed, main, this);
        }

        /** One character as drawn; a run ends (and its width is added) wherever the face changes. */
        @Override
        public void next(Face face, int cp) {
            if (face != currentFace && currentFace != null) {
                width += units / 1000f * size;
                units = 0;
            }
            currentFace = face;
            units += face.width(cp);
        }

        /** The width in points of all added so far. */
        float width() {
            return currentFace == null ? width : width + units / 1000f * size;
        }
    }

    /**
     * The text composed (NFC). Below U+0300 every character is already composed, so most text skips the check,
     * which allocated on every call (issue 21).
     */
    static String composed(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= FIRST_NOT_SURELY_COMPOSED) {
                return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text,
                        Normalizer.Form.NFC);
            }
        }
        return text;
    }

    /** The first combining mark: no character below it changes under NFC, nor composes with one before it. */
    private static final char FIRST_NOT_SURELY_COMPOSED = '\u0300';

    /** The character as drawn: a control or a line break as a space; -1 for an invisible format character. */
    private static int shown(int cp) {
        if (cp >= ' ' && cp < 0x7F) {
            return cp; // printable ASCII, most of every report: none is a format character, control or break
        }
        if (Character.getType(cp) == Character.FORMAT) {
            return -1;
        }
        return Character.isISOControl(cp) || Character.isWhitespace(cp) && cp != ' ' ? ' ' : cp;
    }

    private Face faceFor(Face main, int cp) {
        return main.has(cp) ? main : fallback().has(cp) ? fallback() : main;
    }

    @Override
    public void close() throws IOException {
        regular.giveBack();
        bold.giveBack();
        if (fallback != null) {
            fallback.giveBack();
        }
    }

    /** One font file: the font in the document, and its character map to ask which characters it has. */
    /**
     * What a font file says of each character of the Basic Multilingual Plane once asked, kept from one report to
     * the next (issue 21: 512 KB a face, made again and collected with every report). The same in every document;
     * two reports at once may both fill in a slot, with the same value.
     */
    private static final class Metrics {
        /** 1 + the glyph id once known, 0 not yet asked. */
        final int[] glyphs = new int[0x10000];
        /** The width in font units, as PDFBox measures it in a string; NaN not yet asked. */
        final float[] widths = new float[0x10000];

        Metrics() {
            java.util.Arrays.fill(widths, Float.NaN);
        }
    }

    private static final Map<String, Metrics> METRICS = new ConcurrentHashMap<>();

    /** One font file embedded in this document: its glyph lookup, and the widths measured so far. */
    private record Face(String file, TrueTypeFont ttf, CmapLookup cmap, PDType0Font font, Metrics metrics) {

        /**
         * The font's glyph substitutions (GSUB: ligatures, composed accents) are off. PDFBox applied them to every
         * piece of text drawn, compiling patterns each time (issue 21: a third of the report's time), while the
         * text was measured without them; text is composed (NFC) before it is measured or drawn instead. The file
         * is parsed once and lent to one document at a time ({@link ParsedFonts}).
         */
        static Face load(PDDocument document, String file) throws IOException {
            TrueTypeFont ttf = ParsedFonts.borrow(file, bytes(file));
            return new Face(file, ttf, ttf.getUnicodeCmapLookup(), PDType0Font.load(document, ttf, true),
                    METRICS.computeIfAbsent(file, f -> new Metrics()));
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

        /** The parsed file, for the next document: this one has embedded its subset. */
        void giveBack() {
            ParsedFonts.giveBack(file, ttf);
        }

        boolean has(int codePoint) {
            int[] glyphs = metrics.glyphs;
            if (codePoint >= glyphs.length) {
                return cmap.getGlyphId(codePoint) > 0;
            }
            if (glyphs[codePoint] == 0) {
                glyphs[codePoint] = 1 + cmap.getGlyphId(codePoint);
            }
            return glyphs[codePoint] > 1;
        }

        /** The character's width in font units, as PDFBox measures it in a string. */
        float width(int codePoint) {
            float[] widths = metrics.widths;
            if (codePoint < widths.length && !Float.isNaN(widths[codePoint])) {
                return widths[codePoint];
            }
            float width;
            try {
                width = font.getStringWidth(new String(Character.toChars(codePoint)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (codePoint < widths.length) {
                widths[codePoint] = width;
            }
            return width;
        }
    }
}
