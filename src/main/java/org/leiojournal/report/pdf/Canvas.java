package org.leiojournal.report.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;

/**
 * Drawing on one page with the origin at the top left and y growing down, as the layout thinks; PDF's own origin
 * is the bottom left. Every call either draws or fails the report, so I/O errors become unchecked. Everything drawn
 * is tagged ({@link TaggedPdf}): inside a tagged row it is that row's content; outside, a text is a paragraph of
 * its own (a cell inside a table row) and a line or fill is decoration (an artifact).
 */
final class Canvas {

    private final PDPageContentStream stream;
    private final float pageHeight;
    private final ReportFonts fonts;
    private final PageTags tags;
    /** Inside marked content, where nothing opens more. */
    private boolean marked;
    /** The page's content so far is inside q … Q, so that its footer starts from the page's first state. */
    private boolean inBody;
    /*
     * The graphics state last written, so that an operator setting it again to the same is left out (issue 21: a
     * font and a colour for every one of 2,000 texts). Null or NaN: not known, written next time.
     */
    private PDFont font;
    private float fontSize = Float.NaN;
    private Rgb fillColour;
    private Rgb strokeColour;
    private float lineWidth = Float.NaN;
    private List<Integer> dash;

    Canvas(PDPageContentStream stream, float pageHeight, ReportFonts fonts, PageTags tags) {
        this.stream = stream;
        this.pageHeight = pageHeight;
        this.fonts = fonts;
        this.tags = tags;
        run(stream::saveGraphicsState);
        inBody = true;
    }

    /** Restores the graphics state the page started in: what follows is drawn as on a fresh stream. */
    void endBody() {
        if (inBody) {
            run(stream::restoreGraphicsState);
            forgetState();
            inBody = false;
        }
    }

    /** Draws the row as what its {@link Row#tag()} says it is. */
    void draw(Row row, float left, float top, float width) {
        Tag tag = row.tag();
        if (marked || tag == Tag.AUTO) {
            row.draw(this, left, top, width);
        } else if (tag.group()) {
            group(tag.role(), tag.cells(), () -> row.draw(this, left, top, width));
        } else {
            tagged(tag, () -> row.draw(this, left, top, width));
        }
    }

    /** What {@code drawing} draws is one element of {@code tag}'s role. */
    void tagged(Tag tag, Runnable drawing) {
        if (marked) {
            drawing.run();
            return;
        }
        int mcid = tags.content(tag);
        markedContent(() -> stream.beginMarkedContent(COSName.getPDFName(tag.role()), mcid), drawing);
    }

    /** What {@code drawing} draws is decoration or repeated on every page (running head, footer, "continued"). */
    void artifact(Runnable drawing) {
        if (marked) {
            drawing.run();
            return;
        }
        markedContent(() -> stream.beginMarkedContent(COSName.ARTIFACT), drawing);
    }

    /** Draws inside one marked-content sequence; what is drawn within it is not marked again. */
    private void markedContent(Drawing begin, Runnable drawing) {
        run(begin);
        marked = true;
        try {
            drawing.run();
        } finally {
            marked = false;
            run(stream::endMarkedContent);
        }
    }

    /** An element holding those drawn inside (a table; a row whose texts are {@code cellRole} cells). */
    void group(String role, String cellRole, Runnable drawing) {
        tags.open(role, cellRole);
        try {
            drawing.run();
        } finally {
            tags.close();
        }
    }

    /** A table on this page, closed with {@link #endTable()} on whichever page it ends. */
    void beginTable() {
        tags.open("Table", "");
    }

    void endTable() {
        tags.close();
    }

    ReportFonts fonts() {
        return fonts;
    }

    float width(String text, TextStyle style) {
        return fonts.width(text, style);
    }

    /** Text whose baseline is at {@code baseline}, starting at {@code x}. */
    void text(String text, float x, float baseline, TextStyle style) {
        textElement(() -> {
            stream.beginText();
            fillColour(style.colour());
            stream.newLineAtOffset(x, pageHeight - baseline);
            showRuns(text, style);
            stream.endText();
        });
    }

    void textRight(String text, float right, float baseline, TextStyle style) {
        text(text, right - width(text, style), baseline, style);
    }

    void textCentred(String text, float centre, float baseline, TextStyle style) {
        text(text, centre - width(text, style) / 2, baseline, style);
    }

    /** Text reading upwards, its baseline a vertical line at {@code x}, starting at {@code bottom}. */
    void textUp(String text, float x, float bottom, TextStyle style) {
        textElement(() -> {
            stream.beginText();
            fillColour(style.colour());
            stream.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, x, pageHeight - bottom));
            showRuns(text, style);
            stream.endText();
        });
    }

    private void showRuns(String text, TextStyle style) throws IOException {
        for (ReportFonts.Run piece : fonts.runs(text, style.bold())) {
            if (piece.font() != font || style.size() != fontSize) {
                stream.setFont(piece.font(), style.size());
                font = piece.font();
                fontSize = style.size();
            }
            stream.showText(piece.text());
        }
    }

    void line(float x1, float y1, float x2, float y2, float width, Rgb colour, List<Integer> dash) {
        decoration(() -> {
            stroke(width, colour, dash);
            stream.moveTo(x1, pageHeight - y1);
            stream.lineTo(x2, pageHeight - y2);
            stream.stroke();
        });
    }

    /** An open line through the points (x, y, x, y, …). */
    void polyline(float[] xy, float width, Rgb colour, List<Integer> dash) {
        decoration(() -> {
            if (xy.length < 4) {
                return;
            }
            stroke(width, colour, dash);
            stream.setLineJoinStyle(1);
            stream.setLineCapStyle(1);
            stream.moveTo(xy[0], pageHeight - xy[1]);
            for (int i = 2; i < xy.length; i += 2) {
                stream.lineTo(xy[i], pageHeight - xy[i + 1]);
            }
            stream.stroke();
        });
    }

    void fill(float x, float y, float width, float height, Rgb colour) {
        decoration(() -> {
            fillColour(colour);
            stream.addRect(x, pageHeight - y - height, width, height);
            stream.fill();
        });
    }

    void frame(float x, float y, float width, float height, float lineWidth, Rgb colour) {
        decoration(() -> {
            stroke(lineWidth, colour, List.of());
            stream.addRect(x, pageHeight - y - height, width, height);
            stream.stroke();
        });
    }

    /** Diagonal hatching inside a rectangle, as the Trends screen marks the expected low-count days. */
    void hatch(float x, float y, float width, float height, Rgb colour) {
        decoration(() -> {
            stream.saveGraphicsState();
            stream.addRect(x, pageHeight - y - height, width, height);
            stream.clip();
            stroke(0.8f, colour, List.of());
            for (float start = x - height; start < x + width; start += 4) {
                stream.moveTo(start, pageHeight - y - height);
                stream.lineTo(start + height, pageHeight - y);
            }
            stream.stroke();
            stream.restoreGraphicsState();
            forgetState();
        });
    }

    /**
     * A point shape centred on (cx, cy): 0 circle, 1 square, 2 diamond, 3 triangle, as on the Trends screen: filled
     * with the line's colour inside a thin white edge, so it stands out where lines cross.
     */
    void shape(int shape, float cx, float cy, float size, Rgb colour) {
        decoration(() -> {
            float r = size / 2;
            float y = pageHeight - cy;
            stroke(0.8f, Rgb.WHITE, List.of());
            fillColour(colour);
            switch (shape) {
                case 0 -> {
                    float k = 0.5523f * r;
                    stream.moveTo(cx + r, y);
                    stream.curveTo(cx + r, y + k, cx + k, y + r, cx, y + r);
                    stream.curveTo(cx - k, y + r, cx - r, y + k, cx - r, y);
                    stream.curveTo(cx - r, y - k, cx - k, y - r, cx, y - r);
                    stream.curveTo(cx + k, y - r, cx + r, y - k, cx + r, y);
                }
                case 1 -> stream.addRect(cx - r * 0.85f, y - r * 0.85f, 1.7f * r, 1.7f * r);
                case 2 -> {
                    stream.moveTo(cx, y + r);
                    stream.lineTo(cx + r, y);
                    stream.lineTo(cx, y - r);
                    stream.lineTo(cx - r, y);
                }
                default -> {
                    stream.moveTo(cx, y + r);
                    stream.lineTo(cx + r, y - r * 0.85f);
                    stream.lineTo(cx - r, y - r * 0.85f);
                }
            }
            stream.closePath();
            stream.fillAndStroke();
        });
    }

    private void stroke(float width, Rgb colour, List<Integer> dash) throws IOException {
        if (!colour.equals(strokeColour)) {
            stream.setStrokingColor(colour.red(), colour.green(), colour.blue());
            strokeColour = colour;
        }
        if (width != lineWidth) {
            stream.setLineWidth(width);
            lineWidth = width;
        }
        if (!dash.equals(this.dash)) {
            float[] pattern = new float[dash.size()];
            for (int i = 0; i < pattern.length; i++) {
                pattern[i] = dash.get(i) * 0.6f; // the screen's pixel dashes, scaled to a printed line
            }
            stream.setLineDashPattern(pattern, 0);
            this.dash = dash;
        }
    }

    private void fillColour(Rgb colour) throws IOException {
        if (!colour.equals(fillColour)) {
            stream.setNonStrokingColor(colour.red(), colour.green(), colour.blue());
            fillColour = colour;
        }
    }

    /** After Q the state is the one saved at q, which this canvas did not follow: write everything again. */
    private void forgetState() {
        font = null;
        fontSize = Float.NaN;
        fillColour = null;
        strokeColour = null;
        lineWidth = Float.NaN;
        dash = null;
    }

    /** Ends the page's content stream; only {@link Pages#save} does. */
    void close() {
        endBody();
        run(stream::close);
    }

    /** Draws as decoration: part of the marked content it is drawn in, else an artifact of its own. */
    private void decoration(Drawing drawing) {
        if (marked) {
            run(drawing);
        } else {
            artifact(() -> run(drawing));
        }
    }

    /** Draws text: part of the marked content it is drawn in, else an element of its own for screen readers. */
    private void textElement(Drawing drawing) {
        if (marked) {
            run(drawing);
        } else {
            tagged(tags.textTag(), () -> run(drawing));
        }
    }

    private interface Drawing {
        void draw() throws IOException;
    }

    private static void run(Drawing drawing) {
        try {
            drawing.draw();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
