package org.leiojournal.domain.lab;

import java.time.LocalDate;
import java.util.List;

/**
 * The blood test form as typed: the draw date and time, the lab's name and one row per test (blank rows are
 * simply not recorded).
 */
public record BloodTestDraft(LocalDate date, String time, String lab, List<Row> rows) {

    public BloodTestDraft {
        time = time == null ? "" : time;
        lab = lab == null ? "" : lab;
        rows = List.copyOf(rows);
    }

    /** One test's value and unit as typed, and the lab's range if the user copies it from the printout. */
    public record Row(String testId, String value, String unit, String labLow, String labHigh) {

        public Row {
            value = value == null ? "" : value;
            unit = unit == null ? "" : unit;
            labLow = labLow == null ? "" : labLow;
            labHigh = labHigh == null ? "" : labHigh;
        }

        public static Row of(String testId, String value, String unit) {
            return new Row(testId, value, unit, "", "");
        }

        boolean isBlank() {
            return value.isBlank() && labLow.isBlank() && labHigh.isBlank();
        }
    }
}
