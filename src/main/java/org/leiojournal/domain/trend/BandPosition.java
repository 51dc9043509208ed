package org.leiojournal.domain.trend;

import java.util.Objects;

/** Where a day falls among the cycle bands, for tooltips and table rows: "Gemcitabine + docetaxel, cycle 3, day 9". */
public record BandPosition(CycleBand band, int cycleDay) {

    public BandPosition {
        Objects.requireNonNull(band, "band");
    }

    /** Returns the id of the course the band belongs to. */
    public long courseId() {
        return band.courseId();
    }

    /** Returns the name of the course's regimen. */
    public String regimen() {
        return band.regimen();
    }

    /** Returns the name of the phase the cycle belongs to. */
    public String phase() {
        return band.phase();
    }

    /** Returns the cycle's number in its course, counting on across phases; 0 for continuous treatment. */
    public int cycle() {
        return band.cycle();
    }

    /** Returns true for continuous treatment, where {@link #cycleDay} counts days since the start. */
    public boolean continuous() {
        return band.continuous();
    }
}
