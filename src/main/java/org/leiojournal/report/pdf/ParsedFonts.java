package org.leiojournal.report.pdf;

import java.io.IOException;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The app's font files, each parsed once and then lent to one document at a time (issue 21: parsing the two DejaVu
 * faces allocated 8 MB a report, and what a report held of them was copied to the old generation, so that nearly
 * every warm report met a full collection). A document embeds its own subset of the font, so a parsed file is
 * only read from; two documents written at once each get their own. Kept until the app ends: about the size of
 * the files themselves, once a report has been written.
 */
final class ParsedFonts {

    /** Parsed files not lent out, by file name. */
    private static final Map<String, Queue<TrueTypeFont>> SPARE = new ConcurrentHashMap<>();

    private ParsedFonts() {
    }

    /** The file parsed, from {@code bytes} unless a parse of it is spare; give it back when the document is done. */
    static TrueTypeFont borrow(String file, byte[] bytes) throws IOException {
        TrueTypeFont spare = SPARE.computeIfAbsent(file, f -> new ConcurrentLinkedQueue<>()).poll();
        if (spare != null) {
            return spare;
        }
        TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        parsed.setEnableGsub(false); // see ReportFonts: text is composed before it is measured or drawn
        return parsed;
    }

    /** Makes a borrowed parse of {@code file} available to the next document. */
    static void giveBack(String file, TrueTypeFont parsed) {
        SPARE.computeIfAbsent(file, f -> new ConcurrentLinkedQueue<>()).add(parsed);
    }
}
