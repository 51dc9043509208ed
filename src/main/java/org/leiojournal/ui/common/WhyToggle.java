package org.leiojournal.ui.common;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polygon;

/**
 * A "Why?" link that opens and closes the details behind a piece of advice (its rule, its sources), closed at first
 * so a tired reader sees the advice, not a wall of references. A toggle button, so it takes the focus, opens with
 * Space or its Alt+letter, and a screen reader hears whether it is open.
 */
public final class WhyToggle extends VBox {

    private final ToggleButton toggle = new ToggleButton();
    /** Set when a click or Space flipped the toggle just before its action arrives. */
    private boolean toggled;

    /**
     * @param text the link's words with its mnemonic, e.g. "Why? S_ources"
     * @param accessible what a screen reader says, e.g. "Why this alert: sources"
     * @param details shown below the link while it is open
     */
    public WhyToggle(String id, String text, String accessible, Node details) {
        super(4);
        toggle.setId(id);
        toggle.setText(text);
        toggle.setMnemonicParsing(true);
        toggle.setAccessibleText(accessible);
        toggle.setGraphic(arrow());
        toggle.getStyleClass().add("why-toggle");
        toggle.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        details.visibleProperty().bind(toggle.selectedProperty());
        details.managedProperty().bind(toggle.selectedProperty());
        details.getStyleClass().add("why-details");
        // the arrow points right while closed and down while open, so the state is not in the colour alone
        toggle.selectedProperty().addListener((o, was, open) -> {
            toggle.getGraphic().setRotate(open ? 90 : 0);
            toggled = true;
        });
        // JavaFX's own Alt+letter only sends the action, which does not flip a toggle button: flip it here then
        toggle.addEventHandler(ActionEvent.ACTION, e -> {
            if (!toggled) {
                toggle.setSelected(!toggle.isSelected());
            }
            toggled = false;
        });
        getStyleClass().add("why");
        getChildren().addAll(toggle, details);
    }

    public ToggleButton toggle() {
        return toggle;
    }

    private static Node arrow() {
        Polygon arrow = new Polygon(0, 0, 7, 5, 0, 10);
        arrow.getStyleClass().add("why-arrow");
        return arrow;
    }
}
