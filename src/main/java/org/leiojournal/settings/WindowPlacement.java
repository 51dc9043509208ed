package org.leiojournal.settings;

import java.util.Comparator;
import java.util.List;

/**
 * Where the first window opens and how big it is, so that all of it, title bar included, is on a screen (D10).
 * A saved size larger than the screen is shrunk to it; a saved position on a screen that is gone (a monitor
 * unplugged) or partly off it is brought back. Pure arithmetic: the window code passes the screens in.
 */
public final class WindowPlacement {

    /** The smallest window the screens are laid out for, unless the screen itself is smaller. */
    public static final double MIN_WIDTH = 900;
    public static final double MIN_HEIGHT = 600;

    /** Where to put the window, its size, and the smallest size the user may drag it to. */
    public record Placement(ScreenArea bounds, double minWidth, double minHeight, boolean maximized) { }

    private WindowPlacement() {
    }

    /**
     * {@code screens} are the usable areas of the screens, the primary one first (at least one). A window without
     * a saved position, or whose saved position is on no screen, is centred on the primary screen.
     */
    public static Placement fit(WindowSettings saved, List<ScreenArea> screens) {
        if (screens.isEmpty()) {
            throw new IllegalArgumentException("no screen to place the window on");
        }
        ScreenArea screen = screens.get(0);
        boolean centre = true;
        if (saved.hasPosition()) {
            ScreenArea window = new ScreenArea(saved.x(), saved.y(), saved.width(), saved.height());
            ScreenArea most = screens.stream().max(Comparator.comparingDouble(window::overlap)).orElseThrow();
            if (window.overlap(most) > 0) {
                screen = most;
                centre = false;
            }
        }
        double width = Math.min(saved.width(), screen.width());
        double height = Math.min(saved.height(), screen.height());
        double x = centre ? screen.x() + (screen.width() - width) / 2 : within(saved.x(), width, screen.x(),
                screen.width());
        double y = centre ? screen.y() + (screen.height() - height) / 2 : within(saved.y(), height, screen.y(),
                screen.height());
        return new Placement(new ScreenArea(x, y, width, height), Math.min(MIN_WIDTH, screen.width()),
                Math.min(MIN_HEIGHT, screen.height()), saved.maximized());
    }

    /** The start nearest to {@code start} that keeps the whole length on the screen. */
    private static double within(double start, double length, double screenStart, double screenLength) {
        return Math.max(screenStart, Math.min(start, screenStart + screenLength - length));
    }
}
