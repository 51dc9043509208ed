package org.leiojournal.sample;

import java.time.LocalDate;
import java.util.List;
import org.leiojournal.domain.treatment.Delay;
import org.leiojournal.domain.treatment.DoseRecord;

/**
 * One course of the story: the bundled template it follows, day 1 of cycle 1, the cycles planned (0 for daily
 * tablets), the weight its doses were worked out from, the delays, and the doses that were not given as planned.
 */
record SampleCourse(String template, LocalDate start, int cycles, String weightKg, List<Delay> delays,
                    List<DoseRecord> changedDoses) {

    SampleCourse {
        delays = List.copyOf(delays);
        changedDoses = List.copyOf(changedDoses);
    }

    static SampleCourse asPlanned(String template, LocalDate start, int cycles, String weightKg) {
        return new SampleCourse(template, start, cycles, weightKg, List.of(), List.of());
    }
}
