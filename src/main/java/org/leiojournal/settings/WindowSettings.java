package org.leiojournal.settings;

/**
 * How the window was left, restored at the next start. Not health data; kept out of the journal file.
 * {@code x} and {@code y} are null until a window has been closed once (files from older versions have none).
 */
public record WindowSettings(double width, double height, boolean maximized, Double x, Double y) {

    public static final WindowSettings DEFAULT = new WindowSettings(1280, 760, false);

    public WindowSettings {
        if (!(width >= 640 && width <= 10_000) || !(height >= 480 && height <= 10_000)) {
            width = 1280;
            height = 760;
        }
        if (x == null || y == null || !Double.isFinite(x) || !Double.isFinite(y)) {
            x = null; // a position is kept whole or not at all
            y = null;
        }
    }

    /** A size with no position: the window is placed where it fits. */
    public WindowSettings(double width, double height, boolean maximized) {
        this(width, height, maximized, null, null);
    }

    public boolean hasPosition() {
        return x != null;
    }
}
