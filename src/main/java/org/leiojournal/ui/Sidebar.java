package org.leiojournal.ui;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.Screen;

/**
 * The window's column of screens, with whose journal it is, the clinic report's button and a reminder of the keys.
 * A click chooses a screen; the shell marks the one shown ({@link #select}).
 */
final class Sidebar {

    private final Map<Screen, ToggleButton> navigation = new EnumMap<>(Screen.class);
    private final ScrollPane node;

    Sidebar(AppState state, Messages messages, Runnable openReport) {
        Label name = new Label(messages.get("app.title"));
        name.getStyleClass().add("app-name");
        Label whose = new Label();
        whose.getStyleClass().add("item-hint");
        whose.textProperty().bind(state.profileProperty().map(p -> p.patientName().isEmpty() ? ""
                : messages.get("app.whose", p.patientName())));
        VBox box = new VBox(6, name, whose);
        ToggleGroup group = new ToggleGroup();
        for (Screen screen : Screen.values()) {
            ToggleButton button = new ToggleButton(messages.get(screen.messageKey()));
            button.setId("nav-" + screen.name().toLowerCase(Locale.ROOT));
            button.getStyleClass().add("nav-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(group);
            button.setAccessibleHelp(messages.get("nav.shortcut", screen.ordinal() + 1));
            button.setOnAction(e -> {
                button.setSelected(true); // a second click keeps the screen, it does not deselect it
                state.screenProperty().set(screen);
            });
            navigation.put(screen, button);
            box.getChildren().add(button);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Button report = Forms.button("nav-report", messages.get("report.button"), openReport);
        report.getStyleClass().add("nav-button");
        report.setMaxWidth(Double.MAX_VALUE);
        report.setAccessibleHelp(messages.get("report.button.help"));
        report.setTooltip(new Tooltip(messages.get("report.button.help")));
        Label keys = new Label(messages.get("nav.keys"));
        keys.getStyleClass().add("sidebar-hint");
        keys.setWrapText(true);
        keys.setMinHeight(Region.USE_PREF_SIZE);
        box.getChildren().addAll(spacer, report, keys);
        box.getStyleClass().add("sidebar");
        // at large text sizes the sidebar is taller than a small window: it scrolls rather than push the screen off
        node = Forms.scrolling(box);
        node.setFitToHeight(true);
        node.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        node.getStyleClass().add("sidebar-scroll");
    }

    Node node() {
        return node;
    }

    /** Puts the keyboard focus on {@code screen}'s button. */
    void focus(Screen screen) {
        navigation.get(screen).requestFocus();
    }

    /** Marks {@code screen} as the one shown. */
    void select(Screen screen) {
        navigation.get(screen).setSelected(true);
    }
}
