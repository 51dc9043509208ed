package org.leiojournal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SamplesTest {

    @Test
    void theMedianOfAnOddCountIsTheMiddleValueWhateverTheOrder() {
        assertEquals(7.0, Samples.of(90, 7, 3, 8, 1).median());
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertEquals(5.5, Samples.of(10, 1, 5, 6).median());
    }

    @Test
    void anOutlierDoesNotMoveTheMedian() {
        assertEquals(2.0, Samples.of(2, 2, 2, 2, 5_000).median());
    }

    @Test
    void nothingMeasuredHasNoMedian() {
        assertThrows(IllegalStateException.class, () -> new Samples().median());
    }
}
