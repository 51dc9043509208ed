package org.leiojournal.domain.symptom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SeverityBandTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"0, NONE", "1, MILD", "3, MILD", "4, MODERATE", "6, MODERATE", "7, SEVERE", "10, SEVERE"})
    void scoresFallIntoTheUsualBands(int score, SeverityBand band) {
        assertEquals(band, SeverityBand.of(score));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 11})
    void scoresOutsideTheScaleHaveNoBand(int score) {
        assertThrows(IllegalArgumentException.class, () -> SeverityBand.of(score));
    }
}
