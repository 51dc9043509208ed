package org.leiojournal.domain.treatment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Anthracycline given before this journal (for an earlier cancer), as doxorubicin mg/m² converted by the
 * user's team. Zero when there was none.
 */
public record PriorAnthracycline(BigDecimal mgPerSquareMetre, String note) {

    /** Declared before {@link #NONE}: the constructor checks against it while NONE is being built. */
    public static final BigDecimal MAX = new BigDecimal("2000");
    public static final PriorAnthracycline NONE = new PriorAnthracycline(BigDecimal.ZERO, "");

    public PriorAnthracycline {
        Objects.requireNonNull(mgPerSquareMetre, "mgPerSquareMetre");
        note = note == null ? "" : note;
        if (mgPerSquareMetre.signum() < 0 || mgPerSquareMetre.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("prior anthracycline outside 0–2000 mg/m²: " + mgPerSquareMetre);
        }
    }
}
