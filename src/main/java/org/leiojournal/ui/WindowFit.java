package org.leiojournal.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.leiojournal.settings.ScreenArea;
import org.leiojournal.settings.WindowPlacement.Placement;
import org.leiojournal.settings.WindowPlacement;
import org.leiojournal.settings.WindowSettings;

/** Hands the screens to {@link WindowPlacement} and puts the first window where it says. */
final class WindowFit {

    private WindowFit() {
    }

    /** Where the window saved as {@code saved} goes on the screens attached now. */
    static Placement on(WindowSettings saved) {
        List<ScreenArea> areas = new ArrayList<>();
        areas.add(area(Screen.getPrimary().getVisualBounds()));
        for (Screen screen : Screen.getScreens()) {
            if (!screen.equals(Screen.getPrimary())) {
                areas.add(area(screen.getVisualBounds()));
            }
        }
        return WindowPlacement.fit(saved, areas);
    }

    /** The saved settings with the size the window will get, for the scene to be built at that size. */
    static WindowSettings sized(WindowSettings saved, Placement placement) {
        return new WindowSettings(placement.bounds().width(), placement.bounds().height(), saved.maximized());
    }

    static void place(Stage stage, Placement placement) {
        stage.setMinWidth(placement.minWidth());
        stage.setMinHeight(placement.minHeight());
        stage.setX(placement.bounds().x());
        stage.setY(placement.bounds().y());
        stage.setWidth(placement.bounds().width());
        stage.setHeight(placement.bounds().height());
    }

    private static ScreenArea area(Rectangle2D bounds) {
        return new ScreenArea(bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight());
    }
}
