package org.leiojournal.ui.trend;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.guidance.GuidanceLibrary;
import org.leiojournal.domain.guidance.GuidancePanel;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.guidance.GuidancePanelView;

/**
 * Beside the chart: a short note on the drugs of the cycle under the pointer (title, summary, when to call), and
 * the full guidance panel for the measure last ticked. Scrolls on its own, so the chart never moves.
 */
final class TrendGuidancePane extends ScrollPane {

    private final TrendGuidanceViewModel model;
    private final Messages messages;
    private final VBox drugNote = new VBox();
    private final GuidancePanelView panel;

    TrendGuidancePane(TrendGuidanceViewModel model, GuidanceLibrary library, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("trend-side");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        getStyleClass().add("plain-scroll");
        drugNote.setId("trend-drug-note");
        drugNote.getStyleClass().add("trend-drug-note");
        panel = new GuidancePanelView("trend-guidance", library, messages, this::showRelated);
        Label hint = text("", "item-hint");
        hint.setId("trend-guidance-hint");
        hint.textProperty().bind(model.hintProperty());
        hint.visibleProperty().bind(hint.textProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        VBox content = new VBox(10, drugNote, hint, panel);
        content.getStyleClass().add("trend-side");
        setContent(content);
        model.panelProperty().addListener((o, old, now) -> panel.show(now));
        panel.show(model.panelProperty().get());
        model.drugNotes().addListener((ListChangeListener<GuidancePanel>) c -> showDrugNotes());
        model.drugHeadingProperty().addListener(o -> showDrugNotes());
        showDrugNotes();
    }

    private void showRelated(GuidancePanel related) {
        panel.show(related);
        setVvalue(0);
    }

    private void showDrugNotes() {
        drugNote.getChildren().clear();
        boolean any = !model.drugNotes().isEmpty();
        drugNote.setVisible(any);
        drugNote.setManaged(any);
        if (!any) {
            return;
        }
        drugNote.getChildren().add(text(model.drugHeadingProperty().get(), "guidance-meta"));
        for (GuidancePanel note : model.drugNotes()) {
            Label title = text(note.title(), "trend-drug-note-title");
            title.setId("trend-drug-note-" + note.id());
            drugNote.getChildren().addAll(title, text(note.summary(), "guidance-text"));
            if (!note.whenToCall().isEmpty()) {
                drugNote.getChildren().add(text(messages.get("guidance.whenToCall"), "guidance-call-heading"));
                note.whenToCall().forEach(w -> drugNote.getChildren().add(text("•  " + w, "guidance-bullet")));
            }
        }
        drugNote.setAccessibleText(String.join(". ", model.drugNotes().stream().map(GuidancePanel::title).toList()));
        // styled now, not in the next CSS pass: there the new labels' skins would leave the pass unfinished, and
        // JavaFX would finish it in one more frame that repaints the whole window (thirteenth session)
        drugNote.applyCss();
    }

    private static Label text(String content, String style) {
        Label label = new Label(content);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
