package org.leiojournal.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The few building blocks every form screen shares: cards, labelled rows, buttons with stable ids. */
public final class Forms {

    private Forms() {
    }

    public static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        return grid;
    }

    /** A label tied to its field, so screen readers announce it and a click focuses the field. */
    public static Label label(String text, Node target) {
        Label label = new Label(text);
        label.setMnemonicParsing(true); // "_Temperature": Alt+T jumps to the field
        label.setLabelFor(target);
        label.getStyleClass().add("form-label");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // labels never shrink to "..."
        return label;
    }

    public static VBox card(String title, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("card-title");
        VBox card = new VBox(10, heading);
        card.getChildren().addAll(content);
        card.getStyleClass().add("card");
        return card;
    }

    public static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setOnAction(e -> action.run());
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // buttons keep their words ("Save ch…", D11)
        return button;
    }

    /** One choice of a group; {@code value} is what choosing it means (the group's selected toggle's user data). */
    public static RadioButton radio(String id, String text, Object value, ToggleGroup group) {
        RadioButton radio = new RadioButton(text);
        radio.setId(id);
        radio.setUserData(value);
        radio.setToggleGroup(group);
        radio.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a choice keeps its words, never "…"
        return radio;
    }

    public static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("item-hint");
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps onto more lines rather than "…"
        return label;
    }

    /** A small spinner shown while {@code busy}, named for screen readers by what is being done. */
    public static ProgressIndicator busy(String id, String doing, ObservableBooleanValue busy) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId(id);
        progress.setPrefSize(24, 24);
        progress.visibleProperty().bind(busy);
        progress.setAccessibleText(doing);
        return progress;
    }
}
