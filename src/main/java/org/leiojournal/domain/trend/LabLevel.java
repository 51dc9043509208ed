package org.leiojournal.domain.trend;

import java.math.BigDecimal;
import java.util.Objects;
import org.leiojournal.domain.lab.LabUnit;
import org.leiojournal.domain.lab.LevelDirection;

/** The care team's level for a blood test, converted to the unit its chart is drawn in. */
public record LabLevel(LevelDirection direction, BigDecimal value, LabUnit unit) {

    public LabLevel {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }
}
