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
    private final TaggedPdf tags;

    Pages(PDDocument document, Paper paper, ReportFonts fonts) {
        this.document = document;
        this.paper = paper;
        this.fonts = fonts;
        this.tags = new TaggedPdf(document);
    }

    /** The structure the pages' content is tagged into; finish it before saving. */
    TaggedPdf tags() {
        return tags;
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
        return pages.size();
    }

    int count() {
        return pages.size();
    }

    /** Something to draw on page {@code number}, over what it already has; close it when done. */
    Canvas open(int number) {
        try {
            PDPageContentStream stream = new PDPageContentStream(document, pages.get(number - 1),
                    PDPageContentStream.AppendMode.APPEND, true, true);
            return new Canvas(stream, pageHeight(), fonts, tags, pages.get(number - 1), number - 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
