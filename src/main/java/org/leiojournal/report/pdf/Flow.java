package org.leiojournal.report.pdf;

import java.util.List;

/**
 * Lays blocks down the pages after the first. A section (the lists in full, the charts, the daily table) starts a
 * new page when it does not fit whole on the current one and that page is already at least {@link #FULL_ENOUGH}
 * used; otherwise it starts where the last one ended and runs on, so no page is left mostly blank (review D22). A
 * block moves to a new page when its title and first row do not fit; a row that does not fit starts a new page,
 * under the block's title marked "(continued)" and its header row again, so a loose page still says what it shows.
 * Every page gets a running head with the report's name and range.
 */
final class Flow {

    private static final float HEAD_HEIGHT = 20;
    /** How much of a page may be used when the next section moves to a fresh page rather than splitting. */
    static final float FULL_ENOUGH = 0.6f;

    private final Pages pages;
    private final String runningHead;
    private Canvas canvas;
    private int page;
    private float y;

    Flow(Pages pages, String runningHead) {
        this.pages = pages;
        this.runningHead = runningHead;
    }

    /** Lays the first block of a section, on a fresh page only when splitting it is not needed; returns its page. */
    int section(Block block) {
        if (canvas != null && !fits(height(block)) && filled() >= FULL_ENOUGH) {
            newPage();
        }
        return block(block);
    }

    /** How much of the current page's room, below its running head, is used: 0 to 1. */
    private float filled() {
        float top = pages.top() + HEAD_HEIGHT;
        return (y - top) / (pages.bottom() - top);
    }

    private float height(Block block) {
        float rows = block.rows().isEmpty() ? emptyRow(block).height()
                : block.rows().stream().map(Row::height).reduce(0f, Float::sum);
        return block.headHeight() + rows;
    }

    /** Lays the block down from where the last one ended; returns the page it starts on. */
    int block(Block block) {
        Row first = block.rows().isEmpty() ? emptyRow(block) : block.rows().get(0);
        if (canvas == null || y + block.headHeight() + first.height() > pages.bottom()) {
            newPage();
        }
        int start = page;
        head(block.title());
        boolean table = block.table();
        if (table) {
            canvas.beginTable();
        }
        tableHeader(block);
        if (block.rows().isEmpty()) {
            canvas.draw(first, pages.left(), y, pages.width());
            y += first.height();
        }
        for (Row row : block.rows()) {
            if (y + row.height() > pages.bottom()) {
                newPage();
                // said once already: a screen reader does not read the title and header row again
                canvas.artifact(() -> {
                    head(block.title().isEmpty() ? "" : block.title() + " (continued)");
                    tableHeader(block);
                });
            }
            canvas.draw(row, pages.left(), y, pages.width());
            y += row.height();
        }
        if (table) {
            canvas.endTable();
        }
        y += 10;
        return start;
    }

    /** Space for a block's title, header and first row is left on the current page. */
    boolean fits(float height) {
        return canvas != null && y + height <= pages.bottom();
    }

    int page() {
        return page;
    }

    /** Done with the current page (its stream stays open for the footer). */
    void finish() {
        canvas = null;
    }

    private Row emptyRow(Block block) {
        return TextRow.of(block.whenEmpty(), TextStyle.BODY.withColour(Rgb.MUTED), pages.width(), pages.fonts());
    }

    private void head(String title) {
        if (!title.isEmpty()) {
            Block.drawTitle(canvas, title, pages.left(), y, pages.width());
            y += Block.TITLE_HEIGHT;
        }
    }

    private void tableHeader(Block block) {
        if (block.header().isPresent()) {
            canvas.draw(block.header().get(), pages.left(), y, pages.width());
            y += block.header().get().height();
        }
    }

    private void newPage() {
        finish();
        page = pages.add();
        canvas = pages.canvas(page);
        float top = pages.top();
        canvas.artifact(() -> {
            canvas.text(runningHead, pages.left(), top + TextStyle.NOTE.size(), TextStyle.NOTE);
            canvas.line(pages.left(), top + 13, pages.left() + pages.width(), top + 13, 0.5f, Rgb.RULE, List.of());
        });
        y = top + HEAD_HEIGHT;
    }
}
