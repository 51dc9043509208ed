package org.leiojournal.ui.today;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.alert.Acknowledgement;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;

/**
 * One open alert: what was seen and when, the rule with its number, the rule's note, its sources behind "Why?", and
 * "I have read this" with an optional note of what the user did. Ids end with the alert's stored id.
 */
final class AlertCard extends VBox {

    AlertCard(Alert alert, AlertsViewModel model, AlertWords wording, Messages messages) {
        super(4);
        long n = alert.id();
        setId("alert-" + n);
        getStyleClass().add("alert-card");
        String seenText = wording.seen(alert, model.items());
        Label seen = text("alert-seen-" + n, seenText, "alert-body");
        TemperatureUnit unit = model.profileProperty().get().temperatureUnit();
        Label rule = text("alert-rule-" + n, wording.rule(alert, unit), "alert-rule");
        getChildren().addAll(seen, rule);
        String note = wording.note(alert, unit);
        if (!note.isEmpty()) {
            getChildren().add(text("alert-note-text-" + n, note, "item-hint"));
        }
        // the sources wait behind "Why?": the advice and the "I have read this" come first
        getChildren().add(AlertSources.behindWhy("alert-" + n, "alert-source-" + n, wording.sources(alert),
                messages.get("alert.why"), messages.get("alert.why.rule"), messages.get("alert.why.accessible")));

        TextField did = new TextField();
        did.setId("alert-note-" + n);
        did.setPromptText(messages.get("alert.ack.note.prompt"));
        did.setTextFormatter(new TextFormatter<String>(c ->
                c.getControlNewText().length() <= Acknowledgement.MAX_NOTE_LENGTH ? c : null));
        did.textProperty().bindBidirectional(model.note(n));
        did.setOnAction(e -> model.acknowledge(alert));
        Label didLabel = Forms.label(messages.get("alert.ack.note"), did);
        Button read = Forms.button("alert-ack-" + n, messages.get("alert.ack"), () -> model.acknowledge(alert));
        read.setAccessibleText(messages.get("alert.ack.accessible", seenText));
        read.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox ack = new HBox(8, didLabel, did, read);
        ack.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(did, Priority.ALWAYS);
        getChildren().add(ack);
    }

    private static Label text(String id, String value, String style) {
        Label label = new Label(value);
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }
}
