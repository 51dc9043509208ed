package org.leiojournal.ui.trend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.trend.ItemMeasure;
import org.leiojournal.domain.trend.LabMeasure;
import org.leiojournal.domain.trend.Measure;
import org.leiojournal.domain.trend.VitalMeasure;
import org.leiojournal.ui.common.Messages;

/** The tick boxes on the left: each active symptom item, then temperature and weight, then blood tests. */
final class MeasureChooser extends VBox {

    private final MeasuresViewModel model;
    private final TrendWords words;
    private final Messages messages;
    private final Map<String, CheckBox> boxes = new HashMap<>();
    private boolean syncing;

    MeasureChooser(MeasuresViewModel model, TrendWords words, Messages messages) {
        this.model = model;
        this.words = words;
        this.messages = messages;
        setId("trend-measures");
        getStyleClass().add("trend-chooser");
        model.options().addListener((ListChangeListener<Measure>) c -> rebuild());
        model.selected().addListener((ListChangeListener<Measure>) c -> sync());
        rebuild();
    }

    static String idOf(Measure measure) {
        if (measure instanceof ItemMeasure item) {
            return "trend-measure-item-" + item.item().id();
        }
        if (measure instanceof LabMeasure lab) {
            return "trend-measure-lab-" + lab.test().id();
        }
        return "trend-measure-" + ((VitalMeasure) measure).vital().name().toLowerCase(Locale.ROOT);
    }

    /**
     * Lists the options' boxes under their headings. The boxes and headings already shown are kept: the blood tests
     * come with the journal's read, in the frame that draws the first lines, and every box made again there (with its
     * skin, styled and laid out anew) was work thrown away (issue 21). When the boxes shown come first in the same
     * order, the new ones are only added after them.
     */
    private void rebuild() {
        Map<String, CheckBox> before = new HashMap<>(boxes);
        boxes.clear();
        List<Node> wanted = new ArrayList<>();
        wanted.add(heading("symptoms", "trends.measures.symptoms"));
        boolean vitalsHeading = false;
        boolean labsHeading = false;
        for (Measure measure : model.options()) {
            if (measure instanceof VitalMeasure && !vitalsHeading) {
                wanted.add(heading("vitals", "trends.measures.vitals"));
                vitalsHeading = true;
            }
            if (measure instanceof LabMeasure && !labsHeading) {
                wanted.add(heading("labs", "trends.measures.labs"));
                labsHeading = true;
            }
            CheckBox box = before.remove(measure.key());
            String name = words.name(measure);
            if (box == null || !box.getText().equals(name) || !idOf(measure).equals(box.getId())) {
                box = box(measure, name);
            } else {
                syncing = true;
                box.setSelected(model.isSelected(measure));
                syncing = false;
            }
            boxes.put(measure.key(), box);
            wanted.add(box);
        }
        ObservableList<Node> shown = getChildren();
        if (shown.size() <= wanted.size() && wanted.subList(0, shown.size()).equals(shown)) {
            shown.addAll(wanted.subList(shown.size(), wanted.size()));
        } else {
            shown.setAll(wanted);
        }
    }

    private CheckBox box(Measure measure, String name) {
        CheckBox box = new CheckBox(name);
        box.setId(idOf(measure));
        box.setWrapText(true);
        box.setSelected(model.isSelected(measure));
        // by key: the options' measure objects may be made anew for the same measure (a box is kept for its key)
        String key = measure.key();
        box.selectedProperty().addListener((o, was, on) -> {
            if (!syncing) {
                model.select(model.options().stream().filter(m -> m.key().equals(key)).findFirst().orElse(measure),
                        on);
            }
        });
        return box;
    }

    private void sync() {
        syncing = true;
        for (Measure measure : model.options()) {
            CheckBox box = boxes.get(measure.key());
            if (box != null) {
                box.setSelected(model.isSelected(measure));
            }
        }
        syncing = false;
    }

    private final Map<String, Label> headings = new HashMap<>();

    private Label heading(String name, String key) {
        return headings.computeIfAbsent(name, n -> {
            Label label = new Label(messages.get(key));
            label.getStyleClass().add("section-title");
            return label;
        });
    }
}
