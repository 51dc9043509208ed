package org.leiojournal.report.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.trend.DateSpan;

/**
 * Review D22: a single reading at the very end of the report's range (Sun 22 Nov 2026 at 23:34, the range ending that
 * day) was drawn on the right edge of the chart's frame, half of its point cut off by it. The chart's days now run
 * {@link ChartRow#EDGE} inside the frame on each side, so a point at either end is drawn whole.
 */
class ChartEdgeTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateSpan SPAN = new DateSpan(LocalDate.of(2026, 10, 24), LocalDate.of(2026, 11, 22));
    private static final float LEFT = 70;
    private static final float WIDTH = 481;
    private static final float HALF = ChartRow.SHAPE / 2;

    @Test
    void aReadingLateOnTheLastDayIsDrawnWholeInsideTheFrame() {
        TimeScale x = ChartRow.timeScale(SPAN, LEFT, WIDTH);
        float late = x.of(ZonedDateTime.of(2026, 11, 22, 23, 34, 0, 0, LONDON));
        float lastSecond = x.of(ZonedDateTime.of(2026, 11, 22, 23, 59, 59, 0, LONDON));
        assertTrue(late + HALF < LEFT + WIDTH, late + HALF + " is inside " + (LEFT + WIDTH));
        assertTrue(lastSecond + HALF < LEFT + WIDTH, "even the range's last second: " + (lastSecond + HALF));
        float old = new TimeScale(SPAN, LEFT, WIDTH).of(ZonedDateTime.of(2026, 11, 22, 23, 34, 0, 0, LONDON));
        assertTrue(old + HALF > LEFT + WIDTH, "drawn on the frame itself, the point was cut (the defect)");
    }

    @Test
    void aReadingAtMidnightOnTheFirstDayIsDrawnWholeToo() {
        TimeScale x = ChartRow.timeScale(SPAN, LEFT, WIDTH);
        float first = x.of(ZonedDateTime.of(2026, 10, 24, 0, 0, 0, 0, LONDON));
        assertTrue(first - HALF > LEFT, first - HALF + " is right of " + LEFT);
    }

    @Test
    void theDaysStillFillThePlotInOrderAndTheBandsStayInsideTheFrame() {
        TimeScale x = ChartRow.timeScale(SPAN, LEFT, WIDTH);
        assertTrue(x.start(SPAN.first()) >= LEFT && x.end(SPAN.last()) <= LEFT + WIDTH);
        assertTrue(x.end(SPAN.last()) - x.start(SPAN.first()) > WIDTH - 2 * ChartRow.EDGE - 0.01f,
                "only the edges are given up");
        assertTrue(x.start(LocalDate.of(2026, 11, 1)) < x.start(LocalDate.of(2026, 11, 2)));
    }
}
