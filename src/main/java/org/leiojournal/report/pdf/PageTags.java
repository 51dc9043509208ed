package org.leiojournal.report.pdf;

import org.apache.pdfbox.pdmodel.PDPage;

/** The report's structure ({@link TaggedPdf}) as one page adds to it: where a {@link Canvas}'s content is tagged. */
record PageTags(TaggedPdf tags, PDPage page, int index) {

    /** A new element of {@code tag}'s role with marked content on this page; returns its MCID here. */
    int content(Tag tag) {
        return tags.content(page, index, tag);
    }

    /** Opens an element that holds others (a table, a row) until {@link #close()}, which may be on a later page. */
    void open(String role, String cellRole) {
        tags.open(page, index, role, cellRole);
    }

    void close() {
        tags.close();
    }

    Tag textTag() {
        return tags.textTag();
    }
}
