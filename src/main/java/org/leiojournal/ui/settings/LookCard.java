package org.leiojournal.ui.settings;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.leiojournal.settings.Appearance;
import org.leiojournal.ui.common.Converters;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.ListWhenShownSkin;
import org.leiojournal.ui.common.Messages;

/** Text size and colours, changed at once and kept for the next start; Ctrl+plus / minus / 0 do the same. */
final class LookCard extends VBox {

    LookCard(ObjectProperty<Appearance> appearance, Messages messages) {
        super(10);
        ComboBox<Integer> size = ListWhenShownSkin.install(new ComboBox<>());
        size.setId("look-text-size");
        size.getItems().setAll(Appearance.TEXT_SIZES);
        size.setConverter(Converters.shown(n -> messages.get("look.textSize.value", n)));
        ComboBox<String> theme = ListWhenShownSkin.install(new ComboBox<>());
        theme.setId("look-theme");
        theme.getItems().setAll(Appearance.THEMES);
        theme.setConverter(Converters.shown(t -> messages.get(themeKey(t))));
        show(appearance.get(), size, theme);
        appearance.addListener((o, old, now) -> show(now, size, theme));
        size.valueProperty().addListener((o, old, now) -> {
            if (now != null) {
                appearance.set(appearance.get().withTextSize(now));
            }
        });
        theme.valueProperty().addListener((o, old, now) -> {
            if (now != null) {
                appearance.set(appearance.get().withTheme(now));
            }
        });
        GridPane grid = Forms.grid();
        grid.addRow(0, Forms.label(messages.get("look.textSize"), size), size);
        if (Appearance.THEMES.size() > 1) { // a choice of one is no choice
            grid.addRow(1, Forms.label(messages.get("look.theme"), theme), theme);
        }
        getChildren().addAll(grid, Forms.hint(messages.get("look.hint")));
    }

    private static String themeKey(String theme) {
        return switch (theme) {
            case "dark" -> "look.theme.dark";
            case "high-contrast" -> "look.theme.highContrast";
            default -> "look.theme.light";
        };
    }

    private static void show(Appearance now, ComboBox<Integer> size, ComboBox<String> theme) {
        size.setValue(now.textSize());
        theme.setValue(now.theme());
    }

}
