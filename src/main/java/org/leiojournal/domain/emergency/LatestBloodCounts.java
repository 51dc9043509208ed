package org.leiojournal.domain.emergency;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The place on the sheet for the latest blood counts. The journal records no blood tests yet, so it is always
 * {@link #NONE_RECORDED}; the blood-test work fills it (date taken and one line per count).
 */
public record LatestBloodCounts(Optional<LocalDate> takenOn, List<String> lines) {

    public static final LatestBloodCounts NONE_RECORDED = new LatestBloodCounts(Optional.empty(), List.of());

    public LatestBloodCounts {
        takenOn = takenOn == null ? Optional.empty() : takenOn;
        lines = List.copyOf(lines);
    }

    public boolean recorded() {
        return takenOn.isPresent();
    }
}
