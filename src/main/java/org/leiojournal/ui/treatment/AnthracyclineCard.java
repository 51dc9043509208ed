package org.leiojournal.ui.treatment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
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

    private static final double SCALE_MAX = 700;
    private static final double SCALE_WIDTH = 560;

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
        Pane scale = new Pane();
        scale.setId("anthracycline-scale");
        scale.setMinSize(SCALE_WIDTH, 54);
        scale.setPrefSize(SCALE_WIDTH, 54);
        scale.setMaxWidth(SCALE_WIDTH);
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
            drawScale(scale, total.total(), messages);
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

    /** A 0–700 mg/m² rule: the label's 300–500 risk range shaded, 400 and 550 marked, the total as a pointer. */
    private static void drawScale(Pane scale, BigDecimal total, Messages messages) {
        scale.getChildren().clear();
        Region track = box(0, 20, SCALE_WIDTH, 12, "scale-track");
        Region range = box(x(300), 20, x(500) - x(300), 12, "scale-range");
        scale.getChildren().addAll(track, range);
        for (int mark : new int[] {0, 300, 400, 500, 550, 700}) {
            scale.getChildren().add(box(x(mark), 16, 1.5, 20, "scale-tick"));
            Label text = new Label(Integer.toString(mark));
            text.getStyleClass().add("scale-label");
            text.setLayoutX(Math.max(0, x(mark) - 10));
            text.setLayoutY(36);
            scale.getChildren().add(text);
        }
        double at = Math.min(SCALE_WIDTH, x(total.doubleValue()));
        scale.getChildren().add(box(at - 2, 8, 4, 30, "scale-pointer"));
        Label you = new Label(messages.get("anthracycline.pointer", total.toPlainString()));
        you.getStyleClass().add("scale-label");
        you.setLayoutX(Math.max(0, Math.min(SCALE_WIDTH - 90, at - 20)));
        you.setLayoutY(-8);
        scale.getChildren().add(you);
        scale.setAccessibleText(messages.get("anthracycline.totalLine", total.toPlainString()));
    }

    private static double x(double mgPerSquareMetre) {
        return mgPerSquareMetre / SCALE_MAX * SCALE_WIDTH;
    }

    private static Region box(double x, double y, double w, double h, String style) {
        Region region = new Region();
        region.getStyleClass().add(style);
        region.resizeRelocate(x, y, w, h);
        region.setManaged(false);
        return region;
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
