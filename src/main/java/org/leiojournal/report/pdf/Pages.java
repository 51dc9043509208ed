package org.leiojournal.report.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** The pages of a report on one paper size, with the margins every page shares. */
final class Pages {

    static final float MARGIN = 40;
    /** Room kept at the foot of every page for the footer. */
    static final float FOOT = 46;

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

    /** Ends every page's content stream and puts the structure in the document: call once, before saving. */
    void finish() {
        for (Canvas canvas : canvases) {
            if (canvas != null) {
                canvas.close();
            }
        }
        tags.finish();
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
     * until {@link #finish()} (issue 21: a stream per drawing pass, each deflated on its own, cost three a page).
     */
    Canvas canvas(int number) {
        Canvas canvas = canvases.get(number - 1);
        if (canvas == null) {
            try {
                PDPageContentStream stream = new PDPageContentStream(document, pages.get(number - 1),
                        PDPageContentStream.AppendMode.APPEND, true);
                canvas = new Canvas(stream, pageHeight(), fonts, tags, pages.get(number - 1), number - 1);
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
