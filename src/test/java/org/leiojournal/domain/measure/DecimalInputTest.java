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

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {"9999.99|", "10000|TOO_LARGE", "99999999|TOO_LARGE", "12345|TOO_LARGE",
        "12345.678|TOO_LARGE", "1.23|", "1.234|TOO_MANY_DECIMALS", "37,555|TOO_MANY_DECIMALS", "0009999|",
        "abc|NOT_A_NUMBER", "37.|NOT_A_NUMBER", "-1|NOT_A_NUMBER", "'  '|"})
    void tellsWhyTextIsNotRead(String text, DecimalInput.Trouble expected) {
        assertEquals(Optional.ofNullable(expected), DecimalInput.trouble(text));
        assertEquals(expected == DecimalInput.Trouble.TOO_MANY_DECIMALS, DecimalInput.hasTooManyDecimals(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void blankIsToldApartFromMalformed(String text) {
        assertTrue(DecimalInput.isBlank(text));
        assertEquals(Optional.empty(), DecimalInput.parse(text));
        assertTrue(DecimalInput.isBlank(null));
    }
}
