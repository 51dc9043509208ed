package org.leiojournal.domain.treatment;

import java.util.List;
import java.util.Objects;

/**
 * A treatment plan as a template or as the user's team gave it: one or more phases, plus cautions where the
 * sources disagree. The treating team's protocol always overrides a template, so every value is editable.
 */
public record Regimen(String id, String name, List<Phase> phases, List<String> cautions) {

    public Regimen {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        phases = List.copyOf(phases);
        cautions = cautions == null ? List.of() : List.copyOf(cautions);
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("a regimen has at least one phase");
        }
        if (phases.size() > 1 && phases.stream().anyMatch(Phase::continuous)) {
            throw new IllegalArgumentException("continuous treatment is a regimen of its own, not a phase of one");
        }
    }

    public boolean continuous() {
        return phases.size() == 1 && phases.get(0).continuous();
    }

    public List<String> drugNames() {
        return phases.stream().flatMap(p -> p.drugs().stream()).map(DrugPlan::drug).distinct().toList();
    }
}
