package org.leiojournal.domain.guidance;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.symptom.Vital;

/**
 * Every guidance panel the app ships, and the lookups that put the right one beside what the user is looking at:
 * a symptom item, a vital, a drug or a regimen.
 */
public final class GuidanceLibrary {

    private final List<GuidancePanel> panels;

    public GuidanceLibrary(List<GuidancePanel> panels) {
        this.panels = List.copyOf(panels);
        long distinct = panels.stream().map(GuidancePanel::id).distinct().count();
        if (distinct != panels.size()) {
            throw new IllegalArgumentException("two panels share an id");
        }
    }

    public List<GuidancePanel> all() {
        return panels;
    }

    public Optional<GuidancePanel> find(String id) {
        return panels.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Panels containing every word of the query (ignoring case), in library order; all panels for a blank query. */
    public List<GuidancePanel> search(String query) {
        String[] words = query == null ? new String[0] : query.toLowerCase(Locale.ROOT).strip().split("\\s+");
        List<String> needed = Arrays.stream(words).filter(w -> !w.isEmpty()).toList();
        if (needed.isEmpty()) {
            // every panel, without gathering and lower-casing each one's whole text: the Guidance screen's model
            // lists them all at the start, on the UI thread, before the first window (8 ms, now 2; issue 21)
            return panels;
        }
        return panels.stream()
                .filter(p -> {
                    String text = p.text().toLowerCase(Locale.ROOT);
                    return needed.stream().allMatch(text::contains);
                })
                .toList();
    }

    /** The panel for a symptom item: by its code, else by a keyword found in the name the user gave it. */
    public Optional<GuidancePanel> forItem(SymptomItem item) {
        if (item.code() != null) {
            Optional<GuidancePanel> byCode = first(p -> p.appliesTo().items().contains(item.code()));
            if (byCode.isPresent()) {
                return byCode;
            }
        }
        return forName(item.displayName());
    }

    /**
     * The first panel, in library order, with a keyword found inside this name (ignoring case): for the user's own
     * items and for what they typed as the ESAS-r "other problem".
     */
    public Optional<GuidancePanel> forName(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (lower.isBlank()) {
            return Optional.empty();
        }
        return first(p -> p.appliesTo().keywords().stream().anyMatch(k -> lower.contains(k.toLowerCase(Locale.ROOT))));
    }

    public Optional<GuidancePanel> forVital(Vital vital) {
        return first(p -> p.appliesTo().vitals().contains(vital.name()));
    }

    /** The panel about one drug, matched on its name ignoring case. */
    public Optional<GuidancePanel> forDrug(String drug) {
        return first(p -> p.category() == GuidanceCategory.DRUG
                && p.appliesTo().drugs().stream().anyMatch(d -> d.equalsIgnoreCase(drug.strip())));
    }

    /** The panel about a regimen template, by the template's id. */
    public Optional<GuidancePanel> forRegimen(String templateId) {
        return first(p -> p.appliesTo().regimens().contains(templateId));
    }

    private Optional<GuidancePanel> first(java.util.function.Predicate<GuidancePanel> test) {
        return panels.stream().filter(test).findFirst();
    }
}
