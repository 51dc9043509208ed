package org.leiojournal.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.SampleSwitch;

/** Across the top of every screen of a sample journal: the data is invented, and the way back to one's own. */
final class SampleBanner extends HBox {

    SampleBanner(Messages messages, SampleSwitch sample) {
        super(12);
        setId("sample-banner");
        getStyleClass().add("sample-banner");
        setAlignment(Pos.CENTER_LEFT);
        Label text = new Label(messages.get("sample.banner"));
        text.setId("sample-banner-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().add(text);
        if (sample.canGoBack()) {
            Button leave = Forms.button("sample-leave", messages.get("sample.leave"), sample::backToMyJournal);
            leave.setMinWidth(USE_PREF_SIZE);
            getChildren().add(leave);
        }
    }
}
