package org.leiojournal.ui.trend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.symptom.Vital;
import org.leiojournal.domain.trend.ItemMeasure;
import org.leiojournal.domain.trend.LabMeasure;
import org.leiojournal.domain.trend.Measure;
import org.leiojournal.domain.trend.VitalMeasure;

/**
 * Which measures Trends can chart (every active symptom item, temperature, weight, the blood tests the journal has
 * values for) and which are ticked. Until
 * the user ticks something, the choice follows the journal: the worst-scored items of the latest check-in, plus
 * temperature. The last measure ticked is the one whose guidance is shown; at first, temperature's.
 */
public final class MeasuresViewModel {

    /** How many items the first view shows, so the chart starts readable. */
    static final int DEFAULT_ITEMS = 3;

    public static final Measure TEMPERATURE = new VitalMeasure(Vital.TEMPERATURE);
    public static final Measure WEIGHT = new VitalMeasure(Vital.WEIGHT);

    private final ObservableList<Measure> options = FXCollections.observableArrayList();
    private final ObservableList<Measure> selected = FXCollections.observableArrayList();
    private final ObjectProperty<Measure> focused = new SimpleObjectProperty<>();
    private final Set<String> chosenKeys = new LinkedHashSet<>();
    private List<SymptomItem> items = List.of();
    private List<LabMeasure> labs = List.of();
    private boolean userChose;

    public ObservableList<Measure> options() { return options; }
    /** The ticked measures, in the order of the options. */
    public ObservableList<Measure> selected() { return selected; }
    public ReadOnlyObjectProperty<Measure> focusedProperty() { return focused; }

    /** The options for these items (retired ones are not offered); ticks survive by key, so a rename keeps them. */
    public void setItems(List<SymptomItem> activeItems) {
        items = List.copyOf(activeItems);
        rebuild();
    }

    /** The blood tests offered after the measurements (only those the journal has values for); ticks survive. */
    public void setLabs(List<LabMeasure> withValues) {
        if (withValues.equals(labs)) {
            return;
        }
        labs = List.copyOf(withValues);
        rebuild();
    }

    private void rebuild() {
        List<Measure> all = itemMeasures(items);
        all.add(TEMPERATURE);
        all.add(WEIGHT);
        all.addAll(labs);
        options.setAll(all);
        publish();
    }

    /** Picks the first view from the journal, unless the user has already chosen. */
    public void chooseDefaults(List<CheckIn> checkIns) {
        if (userChose) {
            return;
        }
        chosenKeys.clear();
        defaultsAmong(options, checkIns).forEach(m -> chosenKeys.add(m.key()));
        publish();
        focused.set(TEMPERATURE); // the fever panel first: a fever during chemotherapy is the one emergency
    }

    /**
     * The measures the first view ticks for these active items: the worst-scored items of the latest check-in,
     * then temperature. It reads nothing of the screen, so the read's thread can build their lines (issue 21).
     */
    static List<Measure> defaultsFor(List<SymptomItem> activeItems, List<CheckIn> checkIns) {
        return defaultsAmong(itemMeasures(activeItems), checkIns);
    }

    /** The items' measures in the items' order, as the options list them first. */
    private static List<Measure> itemMeasures(List<SymptomItem> items) {
        List<Measure> measures = new ArrayList<>();
        items.stream().sorted(Comparator.comparingInt(SymptomItem::sortOrder))
                .forEach(item -> measures.add(new ItemMeasure(item)));
        return measures;
    }

    private static List<Measure> defaultsAmong(List<Measure> options, List<CheckIn> checkIns) {
        List<Measure> chosen = new ArrayList<>();
        checkIns.stream().filter(c -> !c.answers().isEmpty()).max(Comparator.comparing(c -> c.recordedAt().toInstant()))
                .ifPresent(latest -> options.stream()
                        .filter(m -> m instanceof ItemMeasure item && item.item().kind() == ItemKind.SCORE
                                && latest.answer(item.item().id()).isPresent())
                        .sorted(Comparator.comparingInt((Measure m) -> -latest.answer(((ItemMeasure) m).item().id())
                                .orElse(0)))
                        .limit(DEFAULT_ITEMS)
                        .forEach(chosen::add));
        chosen.add(TEMPERATURE);
        return chosen;
    }

    public boolean isSelected(Measure measure) {
        return chosenKeys.contains(measure.key());
    }

    /** Ticks or unticks a measure; a newly ticked one becomes the one whose guidance shows. */
    public void select(Measure measure, boolean on) {
        userChose = true;
        boolean changed = on ? chosenKeys.add(measure.key()) : chosenKeys.remove(measure.key());
        if (!changed) {
            return;
        }
        publish();
        if (on) {
            focused.set(current(measure));
        } else if (focused.get() != null && focused.get().key().equals(measure.key())) {
            focused.set(selected.isEmpty() ? null : selected.get(selected.size() - 1));
        }
    }

    /** Shows the guidance for a ticked measure without changing what is ticked (a click on its legend entry). */
    public void focus(Measure measure) {
        focused.set(current(measure));
    }

    /** A look that stays with the measure whatever else is ticked: its place among the options. */
    public SeriesStyle styleOf(Measure measure) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).key().equals(measure.key())) {
                return new SeriesStyle(i);
            }
        }
        return new SeriesStyle(0);
    }

    private Measure current(Measure measure) {
        return options.stream().filter(m -> m.key().equals(measure.key())).findFirst().orElse(measure);
    }

    private void publish() {
        List<Measure> now = options.stream().filter(m -> chosenKeys.contains(m.key())).toList();
        if (!now.equals(selected)) {
            selected.setAll(now);
        }
        if (focused.get() != null) {
            Measure refreshed = current(focused.get());
            focused.set(chosenKeys.contains(refreshed.key()) ? refreshed : selected.isEmpty() ? null : selected.get(0));
        }
    }
}
