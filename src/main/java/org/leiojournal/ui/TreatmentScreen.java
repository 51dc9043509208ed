package org.leiojournal.ui;

import static org.leiojournal.ui.common.Forms.scrolling;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.WrappingRow;
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
        status.managedProperty().bind(status.textProperty().isNotEmpty()); // no empty line above the tabs before it
        status.visibleProperty().bind(status.managedProperty());
        Label hint = new Label(messages.get("emergency.button.hint"));
        hint.setId("emergency-sheet-hint");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        // beside the button while it reads in two or three lines (its width in em, leio.css); under it, as wide as
        // the screen, when not: at 200 % text in 1024x600 it stood in a narrow column of ten lines beside the
        // button, the whole first screenful, with the tabs below it
        WrappingRow row = new WrappingRow(button, hint);
        row.setHgap(10);
        return new VBox(4, row, status);
    }
}
