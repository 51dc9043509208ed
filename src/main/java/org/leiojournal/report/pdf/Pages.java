package org.leiojournal.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** The pages of a report on one paper size, with the margins every page shares. */
final class Pages {

    static final float MARGIN = 40;
    /** Room kept at the foot of every page for the footer. */
    static final float FOOT = 46;
    private static final CompressParameters ONE_OBJECT_STREAM = new CompressParameters(Integer.MAX_VALUE);

    private final PDDocument document;
    private final Paper paper;
    private final ReportFonts fonts;
    private final List<PDPage> pages = new ArrayList<>();
    /** Each page's one canvas, by page index, opened when first drawn on; null until then. */
    private final List<Canvas> canvases = new ArrayList<>();
    private final TaggedPdf tags;

    Pages(PDDocument document, Paper paper, ReportFonts fonts) {
        this.document = document;
        this.paper = paper;
        this.fonts = fonts;
        this.tags = new TaggedPdf(document);
    }

    /** The structure the pages' content is tagged into. */
    TaggedPdf tags() {
        return tags;
    }

    /**
     * Ends every page's content stream, puts the structure in the document and saves it to {@code out} (not
     * closed): call once. All the small objects go in one object stream (issue 21: PDFBox's default of 200 objects
     * a stream made 11 of them for the report's 2,116 structure elements, each compressed with a new
     * {@code Deflater}, whose setting up and ending can cost more than the compressing).
     */
    void save(OutputStream out) throws IOException {
        finish();
        document.save(out, ONE_OBJECT_STREAM);
    }

    private void finish() throws IOException {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            for (int i = 0; i < canvases.size(); i++) {
                if (canvases.get(i) != null) {
                    canvases.get(i).close();
                    deflate(pages.get(i).getCOSObject().getCOSStream(COSName.CONTENTS), deflater);
                }
            }
        } finally {
            deflater.end();
        }
        tags.finish();
    }

    /**
     * Compresses a page's content stream, written plain, with the report's one {@code Deflater} (issue 21: PDFBox
     * makes a new one for each stream, and setting one up and ending it cost about as much as compressing a page).
     */
    private static void deflate(COSStream content, Deflater deflater) throws IOException {
        byte[] plain;
        try (InputStream in = content.createRawInputStream()) {
            plain = in.readAllBytes();
        }
        deflater.reset();
        try (OutputStream out = new DeflaterOutputStream(content.createRawOutputStream(), deflater, 8192)) {
            out.write(plain);
        }
        content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    }

    ReportFonts fonts() {
        return fonts;
    }

    float left() {
        return MARGIN;
    }

    float width() {
        return paper.size().getWidth() - 2 * MARGIN;
    }

    float pageWidth() {
        return paper.size().getWidth();
    }

    float pageHeight() {
        return paper.size().getHeight();
    }

    float top() {
        return MARGIN;
    }

    /** The lowest y content may reach. */
    float bottom() {
        return pageHeight() - FOOT;
    }

    /** Adds a blank page; returns its number, counting from 1. */
    int add() {
        PDPage page = new PDPage(paper.size());
        document.addPage(page);
        pages.add(page);
        canvases.add(null);
        return pages.size();
    }

    int count() {
        return pages.size();
    }

    /**
     * Page {@code number}'s canvas, to draw on over what it already has. Each page has one content stream, open
     * until {@link #save} (issue 21: a stream per drawing pass, each deflated on its own, cost three a page).
     */
    Canvas canvas(int number) {
        Canvas canvas = canvases.get(number - 1);
        if (canvas == null) {
            try {
                // written plain, compressed once finished (see deflate)
                PDPageContentStream stream = new PDPageContentStream(document, pages.get(number - 1),
                        PDPageContentStream.AppendMode.APPEND, false);
                canvas = new Canvas(stream, pageHeight(), fonts,
                        new PageTags(tags, pages.get(number - 1), number - 1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            canvases.set(number - 1, canvas);
        }
        return canvas;
    }

    /**
     * Page {@code number}'s canvas for its footer, drawn last, in the graphics state the page started in (as a
     * stream of its own would be), whatever the page's content left set.
     */
    Canvas foot(int number) {
        Canvas canvas = canvas(number);
        canvas.endBody();
        return canvas;
    }
}
