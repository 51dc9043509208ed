package org.leiojournal.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.report.ReportInput;
import org.leiojournal.domain.report.ReportRange;
import org.leiojournal.domain.report.VisitSummary;

/**
 * Page 1: what happened since the last visit, at a glance. The head (who, which days, treatment today), the key
 * facts, then the lists, each cut to what fits with "… and N more, see page K" pointing to the list in full. It
 * never runs onto a second page.
 */
final class SummaryPage {

    static final float LEAD = 112;
    private static final float BLOCK_GAP = 8;

    private final ReportInput input;
    private final VisitSummary summary;
    private final ReportOptions options;
    private final Pages pages;
    private final List<Row> head;
    private final List<Block> blocks;
    private final List<SummaryBlocks.Planned> planned;

    SummaryPage(SectionContext context, ReportOptions options, Pages pages) {
        ReportInput input = context.input();
        VisitSummary summary = context.summary();
        this.input = input;
        this.summary = summary;
        this.options = options;
        this.pages = pages;
        this.head = head();
        SummaryBlocks lists = new SummaryBlocks(context);
        List<SummaryBlocks.Planned> all = new ArrayList<>();
        if (summary.empty()) {
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

    private List<Row> head() {
        ReportFonts fonts = pages.fonts();
        float width = pages.width();
        List<Row> rows = new ArrayList<>();
        rows.add(titleRow());
        String identity = identity(input.profile());
        if (!identity.isEmpty()) {
            rows.add(TextRow.of(identity, TextStyle.BODY_BOLD, width, fonts));
        }
        rows.add(TextRow.led("Period", LEAD, period(), TextStyle.BODY, width, fonts));
        rows.add(TextRow.led("Treatment today", LEAD, today(), TextStyle.BODY, width, fonts));
        if (!summary.empty()) {
            rows.add(new FactsBox(new KeyFacts(summary, input.alertRules(),
                    input.profile().temperatureUnit(), fonts, width - 16, LEAD - 10).rows()));
        }
        rows.add(Row.gap(4));
        return rows;
    }

    private String identity(Profile profile) {
        List<String> parts = new ArrayList<>();
        if (options.includeName() && !profile.patientName().isBlank()) {
            parts.add(profile.patientName());
        }
        if (options.includeDateOfBirth()) {
            profile.dateOfBirth().ifPresent(born -> parts.add("Date of birth " + Words.plainDate(born) + " (age "
                    + java.time.Period.between(born, input.today()).getYears() + ")"));
        }
        return String.join("   ·   ", parts);
    }

    private String period() {
        ReportRange range = summary.range();
        String why = switch (range.basis()) {
            case SINCE_VISIT -> ", since the clinic visit on " + Words.date(range.visit().orElseThrow());
            case LAST_DAYS -> ", the last " + ReportRange.FALLBACK_DAYS + " days (no clinic visit recorded as "
                    + "attended)";
            case CHOSEN -> "";
        };
        return Words.span(range.span()) + " (" + Words.count(range.days(), "day") + ")" + why
                + ". Check-ins on " + summary.checkInDays() + " of " + range.days() + " days.";
    }

    private String today() {
        String positions = summary.today().isEmpty() ? "no treatment course on this day"
                : String.join("; ", summary.today().stream().map(Words::position).toList());
        return positions + " (" + Words.date(input.today()) + ")";
    }

    private Row titleRow() {
        return new Row() {
            @Override
            public float height() {
                return 26;
            }

            @Override
            public void draw(Canvas canvas, float left, float top, float width) {
                canvas.tagged(Tag.H1, () -> canvas.text("Clinic report", left, top + 16, TextStyle.TITLE));
                canvas.textRight("Leio Journal · " + Words.DISCLAIMER.toLowerCase(java.util.Locale.ROOT),
                        left + width, top + 16, TextStyle.NOTE);
            }
        };
    }
}
