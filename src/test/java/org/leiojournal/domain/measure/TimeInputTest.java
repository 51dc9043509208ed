package org.leiojournal.domain.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Clock times as the medicine and appointment forms read them. */
class TimeInputTest {

    @ParameterizedTest(name = "''{0}'' reads as {1}")
    @CsvSource(delimiter = '|', value = {"9:30|09:30", "09:30|09:30", "9.30|09:30", "0930|09:30", "' 8:00 '|08:00",
            "0:00|00:00", "00:00|00:00", "23:59|23:59", "2359|23:59", "12.05|12:05"})
    void readsTimesAsPeopleTypeThem(String text, String expected) {
        assertEquals(Optional.of(LocalTime.parse(expected)), TimeInput.parse(text));
    }

    @ParameterizedTest(name = "''{0}'' is not a time")
    @ValueSource(strings = {"25:00", "24:00", "2400", "9:60", "0960", "abc", "930", "9:5", "09:300", "9h30",
            "9 30", "-1:30", "9:30am", "09-30", "12:", ":30", "１２:３０"})
    void nothingElseIsGuessed(String text) {
        assertEquals(Optional.empty(), TimeInput.parse(text));
    }

    @Test
    void blankAndMissingAreNotATime() {
        assertEquals(Optional.empty(), TimeInput.parse(""));
        assertEquals(Optional.empty(), TimeInput.parse("   "));
        assertEquals(Optional.empty(), TimeInput.parse(null));
    }
}
