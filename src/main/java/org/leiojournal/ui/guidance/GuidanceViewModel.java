package org.leiojournal.ui.guidance;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.leiojournal.domain.guidance.GuidanceCategory;
import org.leiojournal.domain.guidance.GuidanceLibrary;
import org.leiojournal.domain.guidance.GuidancePanel;
import org.leiojournal.ui.common.Messages;

/**
 * The Guidance screen: what the user searched for, the panels that contain every word of it grouped by category,
 * and the panel shown. Other screens open a panel here with {@link #show(String)}.
 */
public final class GuidanceViewModel {

    private static final Comparator<GuidancePanel> BY_CATEGORY = Comparator.comparing(GuidancePanel::category);

    private final GuidanceLibrary library;
    private final Messages messages;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<GuidancePanel> panels = FXCollections.observableArrayList();
    private final ObservableList<GuidancePanel> readOnlyPanels = FXCollections.unmodifiableObservableList(panels);
    private final ObjectProperty<GuidancePanel> selected = new SimpleObjectProperty<>();
    /** The page shown before a search found nothing, shown again when a search finds it again. */
    private GuidancePanel beforeNothingFound;

    public GuidanceViewModel(GuidanceLibrary library, Messages messages) {
        this.library = library;
        this.messages = messages;
        query.addListener((o, old, now) -> filter());
        filter();
        selected.set(panels.isEmpty() ? null : panels.get(0));
    }

    /** What the user typed in the search field; the list follows it as they type. */
    public StringProperty queryProperty() { return query; }
    /** Panels with every word of the query, by category in the screen's order, then in library order. */
    public ObservableList<GuidancePanel> panels() { return readOnlyPanels; }
    /** The page shown; none while the search finds nothing, so no page unrelated to the search is shown. */
    public ReadOnlyObjectProperty<GuidancePanel> selectedProperty() { return selected; }
    public GuidanceLibrary library() { return library; }

    /** Shows a panel the user picked in the list or reached by a related link. */
    public void select(GuidancePanel panel) {
        if (panel != null) {
            selected.set(panel);
        }
    }

    /**
     * Shows the panel with this id, as when another screen's "Read more" opens it. The search is cleared when it
     * would hide the panel from the list, so list and page agree. Returns false, showing nothing new, for an
     * unknown id.
     */
    public boolean show(String panelId) {
        Optional<GuidancePanel> panel = library.find(panelId);
        panel.ifPresent(p -> {
            if (!panels.contains(p)) {
                query.set("");
            }
            selected.set(p);
        });
        return panel.isPresent();
    }

    /** Clears the search, listing every page again, as the "all topics" link after a search that found nothing. */
    public void showAll() {
        query.set("");
    }

    /** The short name of a category, as the list shows it above each title. */
    public String categoryName(GuidanceCategory category) {
        return switch (category) {
            case ABOUT_LMS -> messages.get("guidance.category.about");
            case TREATMENT -> messages.get("guidance.category.treatment");
            case REGIMEN -> messages.get("guidance.category.regimen");
            case DRUG -> messages.get("guidance.category.drug");
            case SYMPTOM -> messages.get("guidance.category.symptom");
            case LIVING_WITH -> messages.get("guidance.category.living");
        };
    }

    private void filter() {
        List<GuidancePanel> found = library.search(query.get()).stream().sorted(BY_CATEGORY).toList();
        if (!found.equals(panels)) {
            // the list's selection shifts while its items change; keep the page the user saw if it still matches,
            // else show the best match, so the page always belongs to the search (and none when nothing matches)
            GuidancePanel shown = selected.get() != null ? selected.get() : beforeNothingFound;
            panels.setAll(found);
            beforeNothingFound = found.isEmpty() ? shown : null;
            selected.set(found.isEmpty() ? null : found.contains(shown) ? shown : bestMatch(found));
        }
    }

    /** The first panel whose title holds every word searched for ("numb" → Numbness and tingling), else the first. */
    private GuidancePanel bestMatch(List<GuidancePanel> found) {
        List<String> words = List.of(query.get().toLowerCase(java.util.Locale.ROOT).strip().split("\\s+"));
        return found.stream()
                .filter(p -> words.stream().allMatch(p.title().toLowerCase(java.util.Locale.ROOT)::contains))
                .findFirst().orElse(found.get(0));
    }
}
