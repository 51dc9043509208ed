package org.leiojournal.ui.common;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The window's one undo bar: it floats over the bottom of the screen shown (so it never shifts the layout) while
 * the last delete can be undone, whatever screen deleted it.
 */
public final class UndoBar extends HBox {

    public UndoBar(UndoDelete undo, Messages messages) {
        Label text = new Label();
        text.setId("undo-text");
        text.setWrapText(true);
        Button button = Forms.button("undo", messages.get("undo.button"), undo::undo);
        Button close = Forms.button("undo-dismiss", messages.get("common.dismiss"), undo::forget);
        getChildren().addAll(text, button, close);
        setId("undo-bar");
        getStyleClass().addAll("undo-bar", "floating-bar");
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        text.textProperty().bind(undo.offerProperty().map(UndoDelete.Offer::message).orElse(""));
        visibleProperty().bind(undo.offerProperty().isNotNull());
        // the bar goes once its offer has expired on the window's clock (UndoDelete.LIFETIME); ticks only while
        // an offer stands, so a window with nothing to undo runs no timer
        Timeline ticks = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> undo.expireIfDue()));
        ticks.setCycleCount(Animation.INDEFINITE);
        undo.offerProperty().addListener((o, old, now) -> {
            if (now == null) {
                ticks.stop();
            } else {
                ticks.play();
            }
        });
    }
}
