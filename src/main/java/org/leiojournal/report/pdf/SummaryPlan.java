package org.leiojournal.report.pdf;

import java.util.List;

/**
 * How many rows of each block the first page shows, so that it never overflows. Each block first gets up to its
 * minimum; if even that is too much, the least important blocks give up rows first (a block can shrink to its
 * title and the "… and N more, see page K" line). Then rows are added one block at a time, most important first,
 * while they fit. A block that shows fewer rows than it has needs the "more" line, which its last row replaces.
 */
final class SummaryPlan {

    /**
     * One block's heights: its title and header, each row, its "more" line and its "none" line; {@code rank} 0 is
     * the most important block.
     */
    record Need(float head, List<Float> rows, int minimum, int rank, float more, float empty, float gap) {
        Need {
            rows = List.copyOf(rows);
        }

        float height(int shown) {
            if (rows.isEmpty()) {
                return head + empty + gap;
            }
            float sum = head + gap;
            for (int i = 0; i < shown; i++) {
                sum += rows.get(i);
            }
            return shown < rows.size() ? sum + more : sum;
        }
    }

    private SummaryPlan() {
    }

    /** The number of rows each block shows, in the blocks' order; the total height stays within {@code available}. */
    static int[] plan(List<Need> needs, float available) {
        int[] shown = new int[needs.size()];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = Math.min(needs.get(i).minimum(), needs.get(i).rows().size());
        }
        List<Integer> byRank = java.util.stream.IntStream.range(0, shown.length).boxed()
                .sorted(java.util.Comparator.comparingInt(i -> needs.get(i).rank())).toList();
        for (int k = byRank.size() - 1; k >= 0 && total(needs, shown) > available; k--) {
            int i = byRank.get(k);
            while (shown[i] > 0 && total(needs, shown) > available) {
                shown[i]--;
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i : byRank) {
                Need need = needs.get(i);
                if (shown[i] < need.rows().size()) {
                    shown[i]++;
                    if (total(needs, shown) <= available) {
                        grew = true;
                    } else {
                        shown[i]--;
                    }
                }
            }
        }
        return shown;
    }

    static float total(List<Need> needs, int[] shown) {
        float sum = 0;
        for (int i = 0; i < shown.length; i++) {
            sum += needs.get(i).height(shown[i]);
        }
        return sum;
    }
}
