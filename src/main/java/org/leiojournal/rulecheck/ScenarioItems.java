package org.leiojournal.rulecheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.symptom.EsasItem;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.SymptomItem;

/**
 * The items a new journal asks about (migrations V001 and V004), with the same codes: the ten ESAS-r scores and
 * the counts of loose stools and vomiting. The alert rules know items by these codes only.
 */
final class ScenarioItems {

    private final List<SymptomItem> items = new ArrayList<>();

    ScenarioItems() {
        for (EsasItem esas : EsasItem.values()) {
            add(esas.code(), esas.label(), ItemKind.SCORE);
        }
        add(SymptomItem.LOOSE_STOOLS, "Loose stools (times in 24 hours)", ItemKind.COUNT);
        add(SymptomItem.VOMITING, "Vomiting (times in 24 hours)", ItemKind.COUNT);
    }

    private void add(String code, String name, ItemKind kind) {
        items.add(new SymptomItem(items.size() + 1L, code, name, kind, false, items.size() + 1));
    }

    List<SymptomItem> all() {
        return List.copyOf(items);
    }

    Optional<SymptomItem> byCode(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** "esas.pain, esas.tiredness, …" for a message naming what a field takes. */
    String codes(ItemKind kind) {
        return String.join(", ", items.stream().filter(i -> i.kind() == kind).map(SymptomItem::code).toList());
    }
}
