package org.leiojournal.ui.treatment;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.treatment.AnthracyclineTotal;
import org.leiojournal.domain.treatment.HeartScanAfterTreatment;
import org.leiojournal.ui.common.FieldErrors;
import org.leiojournal.ui.common.Formats;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;

/**
 * The doxorubicin total beside what the labels say, on a scale with the labels' figures marked. It shows a
 * record, never a verdict: no colour says "safe" or "unsafe", and the words say the team decides.
 */
public final class AnthracyclineCard extends VBox {

    public AnthracyclineCard(AnthracyclineViewModel model, Messages messages) {
        super(12);
        setId("anthracycline-card");
        Label figures = new Label();
        figures.setId("anthracycline-total");
        figures.getStyleClass().add("position");
        figures.setWrapText(true);
        Label breakdown = new Label();
        breakdown.setId("anthracycline-breakdown");
        breakdown.setWrapText(true);
        DoseScale scale = new DoseScale();
        scale.setId("anthracycline-scale");
        scale.setMaxWidth(Region.USE_PREF_SIZE); // 40 em, as wide as the figures under it need, no wider
        Label others = caution("anthracycline-others");
        Forms.shownWhile(others, others.textProperty().isNotEmpty());
        Label relatives = Forms.hint(messages.get("anthracycline.relatives"));
        relatives.setId("anthracycline-relatives");
        Label chest = caution("anthracycline-chest");
        chest.setText(messages.get("anthracycline.chest"));
        Forms.shownWhile(chest, model.chestRadiotherapyProperty());
        Label heartScan = caution("anthracycline-heart-scan");
        Forms.shownWhile(heartScan, heartScan.textProperty().isNotEmpty());
        Label afterTreatment = caution("anthracycline-after-treatment");
        Forms.shownWhile(afterTreatment, afterTreatment.textProperty().isNotEmpty());
        Formats formats = new Formats(messages.locale());
        Runnable showAfterTreatment = () -> afterTreatment.setText(model.treatmentEndedProperty().get()
                .map(day -> messages.get("anthracycline.afterTreatment", formats.date(day))).orElse(""));
        model.treatmentEndedProperty().addListener((o, old, now) -> showAfterTreatment.run());
        showAfterTreatment.run();
        Label scanAfter = caution("anthracycline-scan-after-treatment");
        Label scanSources = Forms.hint("");
        scanSources.setId("anthracycline-scan-after-treatment-sources");
        for (Label shown : List.of(scanAfter, scanSources)) {
            Forms.shownWhile(shown, scanAfter.textProperty().isNotEmpty());
        }
        Runnable showScanAfter = () -> {
            Optional<HeartScanAfterTreatment.Window> window = model.scanAfterTreatmentProperty().get();
            scanAfter.setText(window.map(w -> messages.get(switch (w.stage()) {
                case COMING -> "anthracycline.scanAfter.coming";
                case DUE -> "anthracycline.scanAfter.due";
                case PAST -> "anthracycline.scanAfter.past";
            }, formats.date(w.lastDose()), formats.date(w.from()), formats.date(w.to()))).orElse(""));
            HeartScanAfterTreatment data = model.scanAfterTreatmentData();
            scanSources.setText(window.isEmpty() ? "" : messages.get("anthracycline.scanAfter.sources",
                    String.join("; ", data.sources()), formats.date(data.review().reviewedOn()),
                    formats.date(data.review().reviewDue())));
        };
        model.scanAfterTreatmentProperty().addListener((o, old, now) -> showScanAfter.run());
        showScanAfter.run();
        Runnable update = () -> {
            AnthracyclineTotal total = model.totalProperty().get();
            heartScan.setText(total.reachesLabelRiskRange() ? messages.get("anthracycline.heartScan",
                    AnthracyclineTotal.LABEL_RISK_FROM.toPlainString()) : "");
            figures.setText(messages.get("anthracycline.totalLine", total.total().toPlainString()));
            breakdown.setText(messages.get("anthracycline.breakdown", total.given().toPlainString(),
                    total.doxorubicin().size(), total.prior().toPlainString()));
            others.setText(total.others().isEmpty() ? "" : messages.get("anthracycline.others",
                    total.others().entrySet().stream().map(e -> e.getKey() + " " + e.getValue().toPlainString()
                            + " mg/m²").collect(java.util.stream.Collectors.joining(", "))));
            scale.show(total.total().doubleValue(), messages.get("anthracycline.pointer", total.total().toPlainString()),
                    figures.getText());
        };
        model.totalProperty().addListener((o, old, now) -> update.run());
        update.run();

        Label context = new Label(messages.get("anthracycline.context",
                AnthracyclineTotal.LABEL_RISK_FROM.toPlainString(), AnthracyclineTotal.LABEL_RISK_TO.toPlainString(),
                AnthracyclineTotal.OLDER_LABEL_LIMIT.toPlainString(),
                AnthracyclineTotal.OLDER_LABEL_LIMIT_AFTER_CHEST_RT.toPlainString()));
        context.setId("anthracycline-context");
        context.setWrapText(true);
        Label sources = Forms.hint(messages.get("anthracycline.sources"));

        TextField prior = new TextField();
        prior.setId("anthracycline-prior");
        prior.setPrefColumnCount(6);
        prior.textProperty().bindBidirectional(model.priorTextProperty());
        TextField note = new TextField();
        note.setId("anthracycline-prior-note");
        note.setPrefColumnCount(16);
        note.setPromptText(messages.get("anthracycline.prior.notePrompt"));
        note.textProperty().bindBidirectional(model.priorNoteProperty());
        Button save = Forms.button("anthracycline-prior-save", messages.get("anthracycline.prior.save"),
                model::savePrior);
        FlowPane priorRow = new FlowPane(8, 6, Forms.label(messages.get("anthracycline.prior.label"), prior), prior,
                new Label("mg/m²"), Forms.label(messages.get("anthracycline.prior.noteLabel"), note), note, save);
        priorRow.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.getStyleClass().add("status");
        status.textProperty().bind(model.statusProperty());

        getChildren().addAll(
                Forms.card(messages.get("anthracycline.title"), figures, breakdown, others, relatives, scale,
                        Forms.hint(messages.get("anthracycline.scaleLegend")), heartScan, afterTreatment, scanAfter, scanSources, chest, context, sources),
                Forms.card(messages.get("anthracycline.prior.title"), Forms.hint(messages.get("anthracycline.prior.hint")),
                        priorRow, FieldErrors.errorLabel("anthracycline-prior", AnthracyclineViewModel.Field.PRIOR,
                                model.errors(), prior), status));
    }

    /** A warning in the card's caution colour, wrapped to its width. */
    private static Label caution(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add("caution");
        return label;
    }
}
