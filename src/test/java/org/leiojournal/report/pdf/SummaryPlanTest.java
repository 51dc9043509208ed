package org.leiojournal.report.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The first page's plan never overflows, keeps minimums while it can, and cuts the least important first. */
class SummaryPlanTest {

    private static SummaryPlan.Need need(int rows, float height, int minimum, int rank) {
        return new SummaryPlan.Need(20, Collections.nCopies(rows, height), minimum, rank, 12, 12, 8);
    }

    @Test
    void everythingIsShownWhenItFits() {
        List<SummaryPlan.Need> needs = List.of(need(10, 15, 16, 0), need(2, 12, 3, 1), need(0, 12, 3, 2));
        assertArrayEquals(new int[] {10, 2, 0}, SummaryPlan.plan(needs, 1000));
    }

    @Test
    void theLeastImportantBlockGivesWayFirst() {
        // each block: title 20 + gap 8, and a 12 pt "more" line when cut. At their minimums: symptoms
        // 28 + 16 × 15 + 12 = 280, treatment 28 + 2 × 30 + 12 = 100, questions 28 + 4 × 12 + 12 = 88: 468 pt.
        // In 420 pt the treatment, ranked last, shrinks to its title and "more" line (40 pt): 408 pt.
        List<SummaryPlan.Need> needs = List.of(need(20, 15, 16, 0), need(5, 30, 2, 4), need(6, 12, 4, 1));
        int[] shown = SummaryPlan.plan(needs, 420);
        assertTrue(SummaryPlan.total(needs, shown) <= 420);
        assertTrue(shown[0] >= 16, "symptoms keep their minimum");
        assertTrue(shown[2] >= 4, "questions keep theirs");
        assertTrue(shown[1] == 0, "treatment, ranked last, was cut");
    }

    @Test
    void noMixOfBlocksEverOverflows() {
        Random random = new Random(6);
        for (int trial = 0; trial < 2_000; trial++) {
            List<SummaryPlan.Need> needs = new ArrayList<>();
            int blocks = 1 + random.nextInt(6);
            for (int b = 0; b < blocks; b++) {
                List<Float> rows = new ArrayList<>();
                for (int r = random.nextInt(40); r > 0; r--) {
                    rows.add(10 + random.nextFloat() * 50);
                }
                needs.add(new SummaryPlan.Need(19 + random.nextFloat() * 60, rows, random.nextInt(20), b, 15, 15, 8));
            }
            float available = 300 + random.nextFloat() * 500;
            int[] shown = SummaryPlan.plan(needs, available);
            float least = 0;
            for (SummaryPlan.Need need : needs) {
                least += need.height(0);
            }
            assertTrue(least > available || SummaryPlan.total(needs, shown) <= available + 1e-3,
                    "trial " + trial + " overflowed");
        }
    }
}
