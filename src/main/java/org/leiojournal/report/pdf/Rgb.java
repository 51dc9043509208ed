package org.leiojournal.report.pdf;

/** A colour as the PDF takes it, each channel 0–1. */
record Rgb(float red, float green, float blue) {

    static final Rgb BLACK = hex("#000000");
    static final Rgb TEXT = hex("#1d2330");
    static final Rgb MUTED = hex("#4a5262");
    static final Rgb RULE = hex("#c9ced6");
    static final Rgb GRID = hex("#e3e6eb");
    static final Rgb ZEBRA = hex("#f3f5f7");
    static final Rgb ACCENT = hex("#0a5c8a");
    static final Rgb ALERT = hex("#b3261e");
    /** Tell-soon alerts: dark amber, beside the call-now red (each also has its own mark and words). */
    static final Rgb SOON = hex("#8a5800");
    static final Rgb WHITE = hex("#ffffff");
    /** The cycle bands of the Trends screen (its 5 % and 11 % accent) over white paper. */
    static final Rgb BAND_ODD = hex("#f2f6f9");
    static final Rgb BAND_EVEN = hex("#e3edf3");
    static final Rgb LOW_COUNTS = hex("#e9a35c");
    static final Rgb SEVERE_CELL = hex("#fbe3d3");

    /** "#0072B2" → the colour. */
    static Rgb hex(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return new Rgb(((value >> 16) & 0xff) / 255f, ((value >> 8) & 0xff) / 255f, (value & 0xff) / 255f);
    }
}
