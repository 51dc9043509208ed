package org.leiojournal.domain.trend;

import java.util.Objects;
import java.util.OptionalDouble;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.SymptomItem;

/** The answers to one symptom item: 0–10 scores or counts per 24 hours. */
public record ItemMeasure(SymptomItem item) implements Measure {

    public ItemMeasure {
        Objects.requireNonNull(item, "item");
    }

    @Override
    public String key() {
        return "item:" + item.id();
    }

    @Override
    public String name() {
        return item.displayName();
    }

    /** Returns the check-in's answer to this item (a score or a count), or empty when it was not answered. */
    @Override
    public OptionalDouble valueIn(CheckIn checkIn, TrendUnits units) {
        return checkIn.answer(item.id()).map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }
}
