package org.leiojournal.settings;

/** How the window was left, restored at the next start. Not health data; kept out of the journal file. */
public record WindowSettings(double width, double height, boolean maximized) {

    public static final WindowSettings DEFAULT = new WindowSettings(1280, 760, false);

    public WindowSettings {
        if (!(width >= 640 && width <= 10_000) || !(height >= 480 && height <= 10_000)) {
            width = 1280;
            height = 760;
        }
    }
}
