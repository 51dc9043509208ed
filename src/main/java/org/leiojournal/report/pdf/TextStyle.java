package org.leiojournal.report.pdf;

/** Size in points, weight and colour of a piece of text. Body text is never below 8.5 pt. */
record TextStyle(float size, boolean bold, Rgb colour) {

    static final TextStyle TITLE = new TextStyle(16, true, Rgb.TEXT);
    static final TextStyle HEADING = new TextStyle(11.5f, true, Rgb.TEXT);
    static final TextStyle BODY = new TextStyle(9.5f, false, Rgb.TEXT);
    static final TextStyle BODY_BOLD = new TextStyle(9.5f, true, Rgb.TEXT);
    static final TextStyle SMALL = new TextStyle(8.5f, false, Rgb.TEXT);
    static final TextStyle SMALL_BOLD = new TextStyle(8.5f, true, Rgb.TEXT);
    static final TextStyle NOTE = new TextStyle(8.5f, false, Rgb.MUTED);
    /** Chart axes: numbers and dates, never sentences. */
    static final TextStyle AXIS = new TextStyle(8, false, Rgb.MUTED);

    TextStyle withColour(Rgb other) {
        return new TextStyle(size, bold, other);
    }

    TextStyle asBold() {
        return new TextStyle(size, true, colour);
    }

    /** The distance from one baseline to the next. */
    float leading() {
        return size * 1.3f;
    }
}
