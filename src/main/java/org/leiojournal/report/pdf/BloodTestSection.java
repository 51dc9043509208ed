package org.leiojournal.report.pdf;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.lab.LabResult;
import org.leiojournal.domain.lab.LabResult.OutOfRange;
import org.leiojournal.domain.lab.LabTest;
import org.leiojournal.domain.trend.CycleBands;
import org.leiojournal.domain.trend.DateSpan;

/**
 * The blood tests drawn in the report's range: the neutrophil and platelet charts ({@link BloodCountCharts}), then
 * every value as it was entered, in the unit the lab printed, beside the lab's own range when the user kept it. A
 * value outside that range says "low" or "high" in words with an arrow, never by colour alone. The app judges no
 * value itself: the lab's range is the only one printed. A range with no blood test prints nothing, as the
 * medicines do: the hospital holds its own results, and a line saying none were copied in tells a clinician little.
 */
record BloodTestSection(SectionContext context) {

    static final float ROW = TableSection.ROW;
    private static final float WHEN = 84;
    private static final float CYCLE = 44;
    private static final float TEST = 150;
    private static final float VALUE = 104;
    private static final float RANGE = 84;

    /** The tests drawn on the range's days, earliest first. */
    List<BloodTest> tests() {
        DateSpan span = context.span();
        return context.input().labs().tests().stream().filter(t -> span.contains(t.drawnAt().toLocalDate()))
                .sorted(Comparator.comparing(BloodTest::drawnAt)).toList();
    }

    /** The charts (when neutrophils or platelets were counted) and the table; none when no test was drawn. */
    List<Block> blocks() {
        List<BloodTest> tests = tests();
        if (tests.isEmpty()) {
            return List.of();
        }
        List<Block> blocks = new ArrayList<>();
        new BloodCountCharts(context).block(tests).ifPresent(blocks::add);
        blocks.add(table(tests));
        return blocks;
    }

    private Block table(List<BloodTest> tests) {
        DateSpan span = context.span();
        CycleBands bands = context.bands();
        ZoneId zone = context.input().now().getZone();
        List<Row> rows = new ArrayList<>();
        for (BloodTest test : tests) {
            String when = Words.when(test.drawnAt().atZone(zone), span);
            String cycle = bands.on(test.drawnAt().toLocalDate()).map(TableSection::cycle).orElse("–");
            List<LabResult> results = inCatalogueOrder(test.results());
            for (int i = 0; i < results.size(); i++) {
                rows.add(row(new Line(when, cycle, results.get(i)), i == 0, rows.isEmpty()));
            }
        }
        TextRow note = context.text("Values as entered from each lab printout, in the lab’s units. Lab’s range: the "
                + "range printed beside the value, when it was kept. ↓ low and ↑ high: outside that range. The "
                + "care team reads these; the app does not judge them.", TextStyle.NOTE);
        return new Block("Blood tests, " + Words.span(span), Optional.of(header(note)), rows, "");
    }

    /** A value's row as printed: "Mon 2 Nov 08:30", "C2 d1", "Neutrophils", "0.9 ×10⁹/L", "1.8–7.5", "↓ low". */
    record Line(String when, String cycle, LabResult result) {
    }

    /** The test's name in the catalogue, or its id when the catalogue no longer has it. */
    String name(LabResult result) {
        return test(result).map(LabTest::name).orElse(result.testId());
    }

    /** "0.9 ×10⁹/L": the value as typed, the unit as people read it on a printout. */
    String value(LabResult result) {
        String unit = test(result).flatMap(t -> t.unit(result.unit())).map(u -> u.label()).orElse(result.unit());
        return unit.isEmpty() ? result.value() : result.value() + "\u00A0" + unit;
    }

    /** "1.8–7.5", "≥ 1.8", "≤ 40" as the lab printed them (2.0 stays 2.0), or "–" when no range was kept. */
    static String range(LabResult result) {
        Optional<String> low = result.labLow().map(java.math.BigDecimal::toPlainString);
        Optional<String> high = result.labHigh().map(java.math.BigDecimal::toPlainString);
        if (low.isPresent() && high.isPresent()) {
            return low.get() + "–" + high.get();
        }
        return low.map(l -> "≥\u00A0" + l).or(() -> high.map(h -> "≤\u00A0" + h)).orElse("–");
    }

    /** "↓ low", "↑ high", or "" inside the lab's range or with none kept (printed "–"). */
    static String mark(LabResult result) {
        return result.outOfLabRange().map(side -> side == OutOfRange.LOW ? "↓\u00A0low" : "↑\u00A0high").orElse("");
    }

    private Optional<LabTest> test(LabResult result) {
        return context.input().labs().catalogue().stream().filter(t -> t.id().equals(result.testId())).findFirst();
    }

    /** The order a printout reads (full count, liver, kidney…), as the entry form shows them; unknown tests last. */
    private List<LabResult> inCatalogueOrder(List<LabResult> results) {
        List<String> order = context.input().labs().catalogue().stream().map(LabTest::id).toList();
        return results.stream().sorted(Comparator.comparingInt((LabResult r) -> order.contains(r.testId())
                ? order.indexOf(r.testId()) : order.size())).toList();
    }

    private Row header(TextRow note) {
        return new TableHead(note, 14, (canvas, left, baseline, w) -> {
            String[] columns = {"Drawn", "Cycle", "Test", "Value", "Lab’s range", "Outside"};
            for (int i = 0; i < columns.length; i++) {
                canvas.text(columns[i], left + 2 + columnLeft(i), baseline, TextStyle.SMALL_BOLD);
            }
        });
    }

    private static float columnLeft(int column) {
        float[] widths = {WHEN, CYCLE, TEST, VALUE, RANGE};
        float at = 0;
        for (int i = 0; i < column; i++) {
            at += widths[i];
        }
        return at;
    }

    /**
     * One value. The draw's date and cycle are on every row, so a row read alone still says when; on the rows after
     * a draw's first they are grey, and a rule sets each draw apart.
     */
    private Row row(Line line, boolean firstOfDraw, boolean firstOfTable) {
        String name = Wrap.clip(name(line.result()), TEST - 6, TextStyle.SMALL, context.fonts());
        String value = Wrap.clip(value(line.result()), VALUE - 6, TextStyle.SMALL, context.fonts());
        String range = Wrap.clip(range(line.result()), RANGE - 6, TextStyle.SMALL, context.fonts());
        String mark = mark(line.result());
        return new Row() {
            @Override
            public Tag tag() {
                return Tag.ROW;
            }

            @Override
            public float height() {
                return ROW;
            }

            @Override
            public void draw(Canvas canvas, float left, float top, float w) {
                if (firstOfDraw && !firstOfTable) {
                    canvas.line(left, top, left + w, top, 0.5f, Rgb.RULE, List.of());
                }
                float baseline = top + 8.8f;
                TextStyle when = firstOfDraw ? TextStyle.SMALL : TextStyle.SMALL.withColour(Rgb.MUTED);
                canvas.text(line.when(), left + 2, baseline, when);
                canvas.text(line.cycle(), left + 2 + columnLeft(1), baseline, when);
                canvas.text(name, left + 2 + columnLeft(2), baseline, TextStyle.SMALL);
                boolean out = !mark.isEmpty();
                if (out) {
                    canvas.fill(left + columnLeft(3), top + 0.5f, w - columnLeft(3), ROW - 1, Rgb.SEVERE_CELL);
                }
                TextStyle style = out ? TextStyle.SMALL_BOLD : TextStyle.SMALL;
                canvas.text(value, left + 2 + columnLeft(3), baseline, style);
                canvas.text(range, left + 2 + columnLeft(4), baseline, TextStyle.SMALL);
                canvas.text(out ? mark : "–", left + 2 + columnLeft(5), baseline,
                        out ? style : TextStyle.SMALL.withColour(Rgb.MUTED));
            }
        };
    }
}
