package org.leiojournal.ui.trend;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.collections.ListChangeListener;
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

    private void rebuild() {
        getChildren().clear();
        boxes.clear();
        getChildren().add(heading(messages.get("trends.measures.symptoms")));
        boolean vitalsHeading = false;
        boolean labsHeading = false;
        for (Measure measure : model.options()) {
            if (measure instanceof VitalMeasure && !vitalsHeading) {
                getChildren().add(heading(messages.get("trends.measures.vitals")));
                vitalsHeading = true;
            }
            if (measure instanceof LabMeasure && !labsHeading) {
                getChildren().add(heading(messages.get("trends.measures.labs")));
                labsHeading = true;
            }
            CheckBox box = new CheckBox(words.name(measure));
            box.setId(idOf(measure));
            box.setWrapText(true);
            box.setSelected(model.isSelected(measure));
            box.selectedProperty().addListener((o, was, on) -> {
                if (!syncing) {
                    model.select(measure, on);
                }
            });
            boxes.put(measure.key(), box);
            getChildren().add(box);
        }
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

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }
}
