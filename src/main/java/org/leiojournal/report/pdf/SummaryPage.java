package org.leiojournal.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Page 1: what happened since the last visit, at a glance. The head (who, which days, treatment today), the key
 * facts, then the lists, each cut to what fits with "… and N more, see page K" pointing to the list in full. It
 * never runs onto a second page.
 */
final class SummaryPage {

    private static final float BLOCK_GAP = 8;

    private final Pages pages;
    private final List<Row> head;
    private final List<Block> blocks;
    private final List<SummaryBlocks.Planned> planned;

    SummaryPage(SectionContext context, ReportOptions options, Pages pages) {
        this.pages = pages;
        this.head = new SummaryHead(context, options, pages).rows();
        SummaryBlocks lists = new SummaryBlocks(context);
        List<SummaryBlocks.Planned> all = new ArrayList<>();
        if (context.summary().empty()) {
            all.add(new SummaryBlocks.Planned(nothing(), 0, 0));
            Block questions = lists.questions();
            if (!questions.rows().isEmpty()) {
                all.add(new SummaryBlocks.Planned(questions, 4, 1));
            }
        } else {
            all.addAll(lists.forFirstPage());
        }
        this.planned = List.copyOf(all);
        this.blocks = all.stream().map(SummaryBlocks.Planned::block).toList();
    }

    List<Block> blocks() {
        return blocks;
    }

    /** How many rows of each block fit on the page (see {@link SummaryPlan}). */
    int[] plan() {
        float available = pages.bottom() - pages.top() - head.stream().map(Row::height).reduce(0f, Float::sum);
        List<SummaryPlan.Need> needs = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            needs.add(new SummaryPlan.Need(block.headHeight(), block.rows().stream().map(Row::height).toList(),
                    planned.get(i).minimum(), planned.get(i).rank(), more(0, 0).height(), emptyRow(block).height(),
                    BLOCK_GAP));
        }
        return SummaryPlan.plan(needs, available);
    }

    /** Draws the page; {@code fullListPages} gives, per cut block, the page its full list starts on. */
    void draw(int[] shown, Map<Integer, Integer> fullListPages) {
        Canvas canvas = pages.canvas(1);
        float y = pages.top();
        float left = pages.left();
        float width = pages.width();
        for (Row row : head) {
            canvas.draw(row, left, y, width);
            y += row.height();
        }
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            Block.drawTitle(canvas, block.title(), left, y, width);
            y += Block.TITLE_HEIGHT;
            if (block.rows().isEmpty()) {
                Row none = emptyRow(block);
                canvas.draw(none, left, y, width);
                y += none.height() + BLOCK_GAP;
                continue;
            }
            boolean table = block.table() && shown[i] > 0;
            if (table) {
                canvas.beginTable();
            }
            if (shown[i] > 0 && block.header().isPresent()) {
                canvas.draw(block.header().get(), left, y, width);
                y += block.header().get().height();
            } else if (block.header().isPresent()) {
                y += block.header().get().height(); // kept free as planned
            }
            for (int r = 0; r < shown[i]; r++) {
                canvas.draw(block.rows().get(r), left, y, width);
                y += block.rows().get(r).height();
            }
            if (table) {
                canvas.endTable();
            }
            int left0 = block.rows().size() - shown[i];
            if (left0 > 0) {
                Row more = more(left0, fullListPages.getOrDefault(i, 0));
                canvas.draw(more, left, y, width);
                y += more.height();
            }
            y += BLOCK_GAP;
        }
        if (y - BLOCK_GAP > pages.bottom() + 0.5f) {
            // the plan keeps every block within the page; drawing past it would print over the footer
            throw new IllegalStateException("page 1 ran " + (y - pages.bottom()) + " pt past its bottom");
        }
    }

    private Row more(int count, int page) {
        return TextRow.of("… and " + count + " more, see page " + page, TextStyle.BODY_BOLD.withColour(Rgb.ACCENT),
                pages.width(), pages.fonts());
    }

    private Row emptyRow(Block block) {
        return TextRow.of(block.whenEmpty(), TextStyle.BODY.withColour(Rgb.MUTED), pages.width(), pages.fonts());
    }

    private Block nothing() {
        return Block.of("Nothing recorded", List.of(), "Nothing was recorded in this period: no check-in, no alert "
                + "and no treatment cycle.");
    }
}
