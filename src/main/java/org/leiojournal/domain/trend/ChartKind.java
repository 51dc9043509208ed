package org.leiojournal.domain.trend;

import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.Vital;

/** The small charts of the date view, one per scale: a 0–10 score is never drawn on a temperature axis. */
public enum ChartKind {
    SCORES,
    COUNTS,
    TEMPERATURE,
    WEIGHT;

    public static ChartKind of(Measure measure) {
        if (measure instanceof ItemMeasure item) {
            return item.item().kind() == ItemKind.SCORE ? SCORES : COUNTS;
        }
        return ((VitalMeasure) measure).vital() == Vital.TEMPERATURE ? TEMPERATURE : WEIGHT;
    }
}
