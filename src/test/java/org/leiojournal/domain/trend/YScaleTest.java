package org.leiojournal.domain.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.DoubleSummaryStatistics;
import java.util.OptionalDouble;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

class YScaleTest {

    private static DoubleSummaryStatistics values(double... values) {
        return DoubleStream.of(values).summaryStatistics();
    }

    private static void assertTopOnATick(YScale scale) {
        double steps = (scale.upper() - scale.lower()) / scale.tick();
        assertEquals(Math.rint(steps), steps, 1e-9, () -> "the top is not on a tick: " + scale);
    }

    @Test
    void countsOfSixReachSevenAndTheTopIsTheLastGridLineNotOneAboveThePlot() {
        YScale scale = YScale.of(ChartKind.COUNTS, values(2, 6), OptionalDouble.empty());

        assertEquals(0, scale.lower());
        assertEquals(2, scale.tick());
        assertEquals(8, scale.upper(), "7 on a tick of 2 is drawn up to 8, not with a grid line above the plot");
    }

    @Test
    void everyCountsScaleEndsOnATick() {
        for (int max = 0; max <= 60; max++) {
            assertTopOnATick(YScale.of(ChartKind.COUNTS, values(0, max), OptionalDouble.empty()));
        }
    }

    @Test
    void smallCountsKeepTheirFloorOfFive() {
        YScale scale = YScale.of(ChartKind.COUNTS, values(1), OptionalDouble.empty());

        assertEquals(5, scale.upper());
        assertEquals(1, scale.tick());
    }

    @Test
    void scoresAreAlwaysZeroToTen() {
        YScale scale = YScale.of(ChartKind.SCORES, values(3), OptionalDouble.empty());

        assertEquals(new YScale(0, 10, 2), scale);
    }
}
