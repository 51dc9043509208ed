package org.leiojournal.domain.trend;

import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.Vital;

/**
 * The small charts of the date view, one per scale: a 0–10 score is never drawn on a temperature axis. Blood tests
 * ({@code LAB}) get a chart each, in their own unit, so neutrophils are never drawn on the platelets' scale.
 */
public enum ChartKind {
    SCORES,
    COUNTS,
    TEMPERATURE,
    WEIGHT,
    LAB;

    public static ChartKind of(Measure measure) {
        if (measure instanceof ItemMeasure item) {
            return item.item().kind() == ItemKind.SCORE ? SCORES : COUNTS;
        }
        if (measure instanceof LabMeasure) {
            return LAB;
        }
        return ((VitalMeasure) measure).vital() == Vital.TEMPERATURE ? TEMPERATURE : WEIGHT;
    }
}
