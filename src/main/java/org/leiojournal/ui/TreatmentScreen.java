package org.leiojournal.ui;

import static org.leiojournal.ui.common.Forms.scrolling;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.report.EmergencySheetViewModel;
import org.leiojournal.ui.treatment.AnthracyclineCard;
import org.leiojournal.ui.treatment.AnthracyclineViewModel;
import org.leiojournal.ui.treatment.TreatmentPanes;
import org.leiojournal.ui.treatment.TreatmentView;
import org.leiojournal.ui.treatment.TreatmentViewModel;

/** Puts the Treatment screen together: courses, then a tab for each other pane, built when first chosen. */
final class TreatmentScreen {

    private TreatmentScreen() {
    }

    static TreatmentView build(TreatmentViewModel treatment, AnthracyclineViewModel anthracycline,
                               TreatmentPanes panes, EmergencySheetViewModel emergencySheet, Runnable openBloodGuidance,
                               Messages messages) {
        TreatmentView view = new TreatmentView(treatment, messages);
        view.addAction(emergencySheetButton(emergencySheet, messages));
        view.addTab("tab-medicines", messages.get("treatment.tab.medicines"), panes::medicines);
        view.addTab("tab-procedures", messages.get("treatment.tab.procedures"), panes::procedures);
        view.addTab("tab-anthracycline", messages.get("anthracycline.tab"), () -> {
            panes.heartScans().setMinHeight(520); // shown whole; the tab scrolls, not a box inside it
            return scrolling(new VBox(12, new AnthracyclineCard(anthracycline, messages), panes.heartScans()));
        });
        view.addTab("tab-blood-tests", messages.get("bloodTests.tab"), () -> {
            panes.bloodTests().linkGuidance(openBloodGuidance);
            return panes.bloodTests();
        });
        return view;
    }

    /** The screen's "Emergency sheet" button, with what it says once saved. */
    private static Node emergencySheetButton(EmergencySheetViewModel emergencySheet, Messages messages) {
        Button button = Forms.button("treatment-emergency-sheet", messages.get("emergency.button"),
                emergencySheet::save);
        button.disableProperty().bind(emergencySheet.runningProperty());
        Label status = new Label();
        status.setId("emergency-sheet-status");
        status.setWrapText(true);
        status.textProperty().bind(emergencySheet.statusProperty());
        Label hint = new Label(messages.get("emergency.button.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        HBox row = new HBox(10, button, hint);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, row, status);
    }
}
