package org.leiojournal.ui.trend;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.leiojournal.domain.guidance.GuidanceLibrary;
import org.leiojournal.domain.guidance.GuidancePanel;
import org.leiojournal.domain.trend.CycleBand;
import org.leiojournal.domain.trend.ItemMeasure;
import org.leiojournal.domain.trend.LabMeasure;
import org.leiojournal.domain.trend.Measure;
import org.leiojournal.domain.trend.VitalMeasure;
import org.leiojournal.ui.common.Messages;

/**
 * What stands beside the chart: the guidance panel for the measure last ticked, and a short note on the drugs of
 * the cycle under the pointer (or of the cycle running today when nothing is pointed at).
 */
public final class TrendGuidanceViewModel {

    private final GuidanceLibrary library;
    private final Messages messages;
    private final TrendWords words;
    private final ReadOnlyObjectWrapper<GuidancePanel> panel = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ObservableList<GuidancePanel> drugNotes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper drugHeading = new ReadOnlyStringWrapper("");
    private CycleBand band;

    public TrendGuidanceViewModel(GuidanceLibrary library, Messages messages) {
        this.library = library;
        this.messages = messages;
        this.words = new TrendWords(messages);
        showFor(null);
    }

    /** The panel for the measure whose guidance is shown; null when none is ticked or none has a panel. */
    public ReadOnlyObjectProperty<GuidancePanel> panelProperty() { return panel.getReadOnlyProperty(); }
    /** Says why there is no panel, or is empty when there is one. */
    public ReadOnlyStringProperty hintProperty() { return hint.getReadOnlyProperty(); }
    /** The guidance panels about the drugs of the cycle in view, at most one per drug. */
    public ObservableList<GuidancePanel> drugNotes() { return drugNotes; }
    public ReadOnlyStringProperty drugHeadingProperty() { return drugHeading.getReadOnlyProperty(); }

    private static final java.util.Set<String> WHITE_CELLS = java.util.Set.of("neutrophils", "wbc");

    public void showFor(Measure measure) {
        Optional<GuidancePanel> found = measure == null ? Optional.empty() : lookUp(measure);
        panel.set(found.orElse(null));
        hint.set(found.isPresent() ? "" : measure == null ? messages.get("trends.guidance.none")
                : messages.get("trends.guidance.missing", words.name(measure)));
    }

    /** Shows the notes on the drugs of this cycle (nothing when null); the same cycle again changes nothing. */
    public void showCycle(CycleBand cycle) {
        if (Objects.equals(cycle, band)) {
            return;
        }
        band = cycle;
        if (cycle == null) {
            drugNotes.clear();
            drugHeading.set("");
            return;
        }
        // a range switch draws the same cycle anew: its notes are changed only if they differ (each change
        // rebuilds the side's labels, text layout and all)
        List<GuidancePanel> notes = cycle.drugs().stream().map(library::forDrug).flatMap(Optional::stream)
                .distinct().toList();
        String heading = cycle.continuous() ? messages.get("trends.drugNote.continuous", cycle.regimen())
                : messages.get("trends.drugNote.heading", cycle.regimen(), cycle.cycle());
        if (!drugNotes.equals(notes)) {
            drugNotes.setAll(notes);
        }
        if (!drugHeading.get().equals(heading)) {
            drugHeading.set(heading);
        }
    }

    private Optional<GuidancePanel> lookUp(Measure measure) {
        if (measure instanceof ItemMeasure item) {
            return library.forItem(item.item());
        }
        if (measure instanceof LabMeasure lab) {
            // a page naming the test, else for the white cells the fever page: why a fever matters when they are low
            Optional<GuidancePanel> named = library.forName(lab.test().name());
            return named.isPresent() || !WHITE_CELLS.contains(lab.test().id()) ? named
                    : library.forVital(org.leiojournal.domain.symptom.Vital.TEMPERATURE);
        }
        return library.forVital(((VitalMeasure) measure).vital());
    }
}
