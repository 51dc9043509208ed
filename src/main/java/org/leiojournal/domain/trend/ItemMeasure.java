package org.leiojournal.domain.trend;

import java.util.Objects;
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
}
