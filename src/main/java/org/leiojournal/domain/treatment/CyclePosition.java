package org.leiojournal.domain.treatment;

/**
 * Where a date falls in a course: "Gemcitabine + docetaxel — cycle 3, day 9". For continuous treatment
 * {@code cycle} is 0 and {@code day} counts from the first day.
 */
public record CyclePosition(String regimen, String phase, boolean laterPhase, int cycle, int day) {

    public boolean continuous() {
        return cycle == 0;
    }
}
