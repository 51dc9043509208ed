package org.leiojournal.domain.treatment;

import java.util.List;
import java.util.Objects;

/**
 * A supportive medicine named by the regimen's sources: dexamethasone before docetaxel, G-CSF after chemotherapy,
 * mesna with ifosfamide. {@code days} may be empty when a source names the medicine but not its days.
 */
public record SupportPlan(SupportKind kind, String name, String detail, List<Integer> days, List<String> sources) {

    public SupportPlan {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        detail = detail == null ? "" : detail;
        days = days == null ? List.of() : List.copyOf(days);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
