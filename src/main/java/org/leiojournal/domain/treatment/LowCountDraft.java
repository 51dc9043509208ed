package org.leiojournal.domain.treatment;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One expected low-count window of the course form as typed: the drug it follows and the days after that drug's
 * first day of the cycle ("+6 to +8"). {@code fixedDays} keeps the first and last cycle day of a window saved before
 * windows were tied to a drug, whose label ({@code drug}) names no drug of the plan.
 */
public record LowCountDraft(int phase, String drug, String daysText, List<Integer> fixedDays, List<String> sources) {

    public LowCountDraft {
        drug = drug == null ? "" : drug;
        daysText = daysText == null ? "" : daysText;
        fixedDays = fixedDays == null ? List.of() : List.copyOf(fixedDays);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public static LowCountDraft of(int phase, LowCountWindow window) {
        if (!window.tiedToDrug()) {
            return new LowCountDraft(phase, window.drug(), "", List.of(window.fromDay(), window.toDay()),
                    window.sources());
        }
        return new LowCountDraft(phase, window.drug(), OffsetList.format(IntStream.rangeClosed(
                window.fromDaysAfter(), window.toDaysAfter()).boxed().toList()), List.of(), window.sources());
    }

    /** A window the user adds after {@code drug}. */
    public static LowCountDraft added(int phase, String drug) {
        return new LowCountDraft(phase, drug, "", List.of(), List.of());
    }
}
