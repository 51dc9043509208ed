package org.leiojournal.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A pane's children move only when its layout changes between narrow and wide, never on every layout pass. */
class ArrangementTest {

    private final List<Boolean> moves = new ArrayList<>();
    private final Arrangement arrangement = new Arrangement(moves::add);

    @Test
    void theFirstAnswerAlwaysArrangesEvenWide() {
        assertFalse(arrangement.isNarrow());
        arrangement.fit(false);
        assertEquals(List.of(false), moves, "a pane starts with no layout at all");
    }

    @Test
    void theSameAnswerAgainMovesNothingAndAChangeMovesOnce() {
        arrangement.fit(false);
        arrangement.fit(false);
        arrangement.fit(true);
        arrangement.fit(true);
        assertTrue(arrangement.isNarrow());
        arrangement.fit(false);
        assertEquals(List.of(false, true, false), moves);
        assertFalse(arrangement.isNarrow());
    }
}
