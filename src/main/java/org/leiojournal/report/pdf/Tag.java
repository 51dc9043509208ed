package org.leiojournal.report.pdf;

/**
 * What a row is to a screen reader, as a PDF structure role: a heading, a paragraph, a chart with its words, a
 * table row. {@link #AUTO} lets each piece of text be its own paragraph (a table row's cells when inside a
 * {@link #ROW}) and anything drawn around it decoration.
 */
record Tag(String role, String alt, String cells) {

    static final Tag AUTO = of("");
    static final Tag H1 = of("H1");
    static final Tag H2 = of("H2");
    static final Tag P = of("P");
    static final Tag CAPTION = of("Caption");
    /** A table row whose texts are its cells (TD). */
    static final Tag ROW = new Tag("TR", "", "TD");
    /** A table's header row whose texts are its column names (TH). */
    static final Tag HEADER_ROW = new Tag("TR", "", "TH");

    private static Tag of(String role) {
        return new Tag(role, "", "");
    }

    /** A chart, read out as {@code alt}: "Pain 2 to 7, 1 Sep to 22 Nov 2026". */
    static Tag figure(String alt) {
        return new Tag("Figure", alt, "");
    }

    /** A group of elements with no content of its own (a row whose texts are its {@code cells}). */
    boolean group() {
        return !cells.isEmpty();
    }

    /** The row drawn as before, named by this tag. */
    Row on(Row row) {
        Tag tag = this;
        return new Row() {
            @Override
            public float height() {
                return row.height();
            }

            @Override
            public void draw(Canvas canvas, float left, float top, float width) {
                row.draw(canvas, left, top, width);
            }

            @Override
            public Tag tag() {
                return tag;
            }
        };
    }
}
