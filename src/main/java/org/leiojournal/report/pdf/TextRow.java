package org.leiojournal.report.pdf;

import java.util.List;

/**
 * Wrapped text, optionally behind a bold lead ("Sat 21 Nov 10:44") in a column of its own, as list items are
 * printed. Measured when made, so a layout knows its height before drawing.
 */
final class TextRow implements Row {

    static final float GAP = 3;

    private final String lead;
    private final float leadWidth;
    private final List<String> lines;
    private final TextStyle style;

    private TextRow(String lead, float leadWidth, List<String> lines, TextStyle style) {
        this.lead = lead;
        this.leadWidth = leadWidth;
        this.lines = List.copyOf(lines);
        this.style = style;
    }

    /** Text wrapped to {@code width}. */
    static TextRow of(String text, TextStyle style, float width, ReportFonts fonts) {
        return new TextRow("", 0, Wrap.lines(text, width, style, fonts), style);
    }

    /** A bold lead in a column {@code leadWidth} wide, and the text wrapped beside it. */
    static TextRow led(String lead, float leadWidth, String text, TextStyle style, float width, ReportFonts fonts) {
        return new TextRow(lead, leadWidth, Wrap.lines(text, width - leadWidth, style, fonts), style);
    }

    /** At most {@code max} lines, the last ending in "…" when more were cut. */
    TextRow limited(int max, float width, ReportFonts fonts) {
        if (lines.size() <= max) {
            return this;
        }
        List<String> kept = new java.util.ArrayList<>(lines.subList(0, max));
        kept.set(max - 1, Wrap.clip(kept.get(max - 1) + " …", width - leadWidth, style, fonts));
        return new TextRow(lead, leadWidth, kept, style);
    }

    @Override
    public Tag tag() {
        return Tag.P;
    }

    @Override
    public float height() {
        return lines.size() * style.leading() + GAP;
    }

    @Override
    public void draw(Canvas canvas, float left, float top, float width) {
        float baseline = top + style.size();
        if (!lead.isEmpty()) {
            canvas.text(lead, left, baseline, style.asBold());
        }
        for (String line : lines) {
            canvas.text(line, left + leadWidth, baseline, style);
            baseline += style.leading();
        }
    }
}
