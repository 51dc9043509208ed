package org.leiojournal.domain.treatment;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Ties a supportive-medicine line saved with fixed cycle days (plans saved before lines had a drug) to the drug it
 * belongs to, without changing a single date: a drug given on one day (dexamethasone days 7–9 → docetaxel day 8,
 * −1…+1), or on exactly the same days (mesna days 1–4 → ifosfamide days 1–4, day 0). Drugs given on fewer days are
 * tried first. A line no drug fits keeps its fixed days.
 */
final class SupportAnchor {

    private SupportAnchor() {
    }

    static SupportPlan tie(SupportPlan line, List<DrugPlan> drugs) {
        if (line.tiedToDrug() || line.days().isEmpty()) {
            return line;
        }
        return drugs.stream().filter(d -> !d.days().isEmpty())
                .sorted(Comparator.comparingInt((DrugPlan d) -> d.days().size()))
                .map(d -> offsets(line.days(), d).map(o -> line.withAnchor(d.drug(), o)))
                .flatMap(Optional::stream).findFirst().orElse(line);
    }

    private static Optional<List<Integer>> offsets(List<Integer> days, DrugPlan drug) {
        if (drug.days().size() == 1) {
            int day = drug.days().get(0);
            return Optional.of(days.stream().map(d -> d - day).toList());
        }
        return drug.days().equals(days.stream().distinct().sorted().toList()) ? Optional.of(List.of(0))
                : Optional.empty();
    }
}
