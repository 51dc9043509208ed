package org.leiojournal.domain.emergency;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.lab.CountsBeforeCycle;

/**
 * The latest blood counts on the sheet: the most recent test, drawn up to the moment the sheet is made, that holds
 * any of the full-count values below, with the day it was drawn and one line per count in the lab's own units (an
 * emergency department reads them against its own ranges). {@link #NONE_RECORDED} when the journal has none.
 */
public record LatestBloodCounts(Optional<LocalDate> takenOn, List<String> lines) {

    public static final LatestBloodCounts NONE_RECORDED = new LatestBloodCounts(Optional.empty(), List.of());

    /** The counts that matter with a fever after chemotherapy, in the order a full blood count is read. */
    private static final Map<String, String> COUNTS = counts();

    public LatestBloodCounts {
        takenOn = takenOn == null ? Optional.empty() : takenOn;
        lines = List.copyOf(lines);
    }

    public static LatestBloodCounts of(List<BloodTest> tests, LocalDateTime now) {
        return tests.stream()
                .filter(t -> !t.drawnAt().isAfter(now))
                .filter(t -> COUNTS.keySet().stream().anyMatch(id -> t.result(id).isPresent()))
                .max(Comparator.comparing(BloodTest::drawnAt))
                .map(LatestBloodCounts::from)
                .orElse(NONE_RECORDED);
    }

    private static LatestBloodCounts from(BloodTest test) {
        List<String> lines = new ArrayList<>();
        COUNTS.forEach((id, name) -> test.result(id)
                .ifPresent(r -> lines.add(name + " " + r.value() + (r.unit().isEmpty() ? "" : " " + r.unit()))));
        return new LatestBloodCounts(Optional.of(test.drawnAt().toLocalDate()), lines);
    }

    public boolean recorded() {
        return takenOn.isPresent();
    }

    private static Map<String, String> counts() {
        Map<String, String> counts = new LinkedHashMap<>();
        counts.put(CountsBeforeCycle.NEUTROPHILS, "Neutrophils");
        counts.put("wbc", "White cells");
        counts.put("haemoglobin", "Haemoglobin");
        counts.put(CountsBeforeCycle.PLATELETS, "Platelets");
        return counts;
    }
}
