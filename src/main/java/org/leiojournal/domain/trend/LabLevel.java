package org.leiojournal.domain.trend;

import java.math.BigDecimal;
import org.leiojournal.domain.lab.LabUnit;
import org.leiojournal.domain.lab.LevelDirection;
import org.leiojournal.domain.validation.Required;

/** The care team's level for a blood test, converted to the unit its chart is drawn in. */
public record LabLevel(LevelDirection direction, BigDecimal value, LabUnit unit) {

    public LabLevel {
        Required.all("direction, value, unit", direction, value, unit);
    }
}
