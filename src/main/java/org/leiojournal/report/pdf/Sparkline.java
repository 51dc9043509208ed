package org.leiojournal.report.pdf;

import java.util.List;
import org.leiojournal.domain.report.SymptomSummary;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.domain.trend.TrendPoint;

/**
 * A symptom's answers over the range in a strip one table row high: the same series as the Trends screen, broken
 * where it is broken, on a 0–10 scale with the severe band (7–10) tinted; counts from 0 to their highest.
 */
final class Sparkline {

    private Sparkline() {
    }

    static void draw(Canvas canvas, SymptomSummary summary, DateSpan span, float left, float top, float width,
                     float height) {
        boolean score = summary.item().kind() == ItemKind.SCORE;
        double max = score ? 10 : Math.max(5, summary.worst().orElse(0));
        if (score) {
            canvas.fill(left, top, width, (float) (height * 3 / 10.0), Rgb.SEVERE_CELL);
        }
        canvas.line(left, top + height, left + width, top + height, 0.4f, Rgb.RULE, List.of());
        TimeScale x = new TimeScale(span, left, width);
        for (List<TrendPoint> segment : summary.series().segments()) {
            float[] xy = new float[segment.size() * 2];
            for (int i = 0; i < segment.size(); i++) {
                xy[2 * i] = x.of(segment.get(i).at());
                xy[2 * i + 1] = (float) (top + height - segment.get(i).value() / max * height);
            }
            if (segment.size() == 1) {
                canvas.shape(0, xy[0], xy[1], 2.6f, Rgb.TEXT);
            } else {
                canvas.polyline(xy, 0.9f, Rgb.TEXT, List.of());
            }
        }
    }
}
