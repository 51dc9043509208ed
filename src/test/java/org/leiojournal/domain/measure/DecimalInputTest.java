package org.leiojournal.domain.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalInputTest {

    @ParameterizedTest(name = "''{0}'' reads as {1}")
    @CsvSource(delimiter = '|', value = {"37.5|37.5", "37,5|37.5", "' 38 '|38", "100.45|100.45", "0|0"})
    void readsNumbersAsPeopleTypeThem(String text, String expected) {
        assertEquals(Optional.of(new BigDecimal(expected)), DecimalInput.parse(text));
    }

    @ParameterizedTest(name = "''{0}'' is not a number")
    @ValueSource(strings = {"abc", "-37", "+37", "3e1", "37.555", "37.", ".5", "37 .5", "12345", "1,000.5"})
    void malformedTextIsNotGuessed(String text) {
        assertEquals(Optional.empty(), DecimalInput.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void blankIsToldApartFromMalformed(String text) {
        assertTrue(DecimalInput.isBlank(text));
        assertEquals(Optional.empty(), DecimalInput.parse(text));
        assertTrue(DecimalInput.isBlank(null));
    }
}
