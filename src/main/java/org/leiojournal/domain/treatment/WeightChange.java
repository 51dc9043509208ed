package org.leiojournal.domain.treatment;

import java.math.BigDecimal;
import org.leiojournal.domain.measure.Weight;

/**
 * Whether the weight typed for a body surface area differs from the journal's last recorded weight by more than
 * 10 %, up or down: then the dose may need recalculating, which is the team's call (clinical review, M15). Exactly
 * 10 % does not count.
 */
public final class WeightChange {

    private static final BigDecimal TEN = BigDecimal.TEN;

    private WeightChange() {
    }

    public static boolean moreThanTenPercent(BigDecimal enteredKg, Weight last) {
        BigDecimal lastKg = last.kilograms();
        return enteredKg.subtract(lastKg).abs().multiply(TEN).compareTo(lastKg) > 0;
    }
}
