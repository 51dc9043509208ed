package org.leiojournal.domain.trend;

import java.util.Objects;
import java.util.OptionalDouble;
import org.leiojournal.domain.lab.LabTest;
import org.leiojournal.domain.symptom.CheckIn;

/**
 * One blood test from the catalogue (neutrophils, platelets…), charted in the catalogue's main unit. Its values
 * come from the journal's blood tests ({@link LabSeries}), never from check-ins.
 */
public record LabMeasure(LabTest test) implements Measure {

    public LabMeasure {
        Objects.requireNonNull(test, "test");
    }

    @Override
    public String key() {
        return "lab:" + test.id();
    }

    @Override
    public String name() {
        return test.name();
    }

    /** Always empty: a check-in holds no blood results. */
    @Override
    public OptionalDouble valueIn(CheckIn checkIn, TrendUnits units) {
        return OptionalDouble.empty();
    }
}
