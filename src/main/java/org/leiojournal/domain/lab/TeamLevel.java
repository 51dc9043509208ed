package org.leiojournal.domain.lab;

import java.math.BigDecimal;
import org.leiojournal.domain.validation.Required;

/**
 * A level the care team gave for one measure (a test id, or "systolic"/"diastolic" for home blood pressure), in the
 * unit the user wrote it in. The app shows it beside values and draws it on charts; it never sets one itself.
 */
public record TeamLevel(String measure, LevelDirection direction, BigDecimal value, String unit) {

    public TeamLevel {
        Required.all("measure, direction, value", measure, direction, value);
        unit = unit == null ? "" : unit;
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a level is not negative");
        }
    }
}
