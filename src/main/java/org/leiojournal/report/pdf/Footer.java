package org.leiojournal.report.pdf;

import java.time.ZonedDateTime;
import java.util.List;

/** The foot of every page: that the report is patient-reported, when it was made, and "Page x of y". */
final class Footer {

    private Footer() {
    }

    static void drawAll(Pages pages, ZonedDateTime generated) {
        int total = pages.count();
        float rule = pages.pageHeight() - Pages.FOOT + 14;
        float baseline = rule + 13;
        float left = pages.left();
        float right = left + pages.width();
        for (int page = 1; page <= total; page++) {
            Canvas canvas = pages.foot(page);
            String number = "Page " + page + " of " + total;
            canvas.artifact(() -> { // repeated on every page: a screen reader skips it
                canvas.line(left, rule, right, rule, 0.5f, Rgb.RULE, List.of());
                canvas.text(Words.DISCLAIMER, left, baseline, TextStyle.SMALL);
                canvas.textCentred("Generated " + Words.moment(generated), left + pages.width() / 2, baseline,
                        TextStyle.SMALL);
                canvas.textRight(number, right, baseline, TextStyle.SMALL_BOLD);
            });
        }
    }
}
