package org.leiojournal.platform;

import java.util.Locale;

/**
 * How shortcut keys are named on screen. The keys themselves are declared with JavaFX's SHORTCUT modifier, which is
 * Ctrl on Windows and Linux and ⌘ (Command) on a Mac; the texts say "Ctrl+S", so on a Mac they are shown as "⌘S",
 * the way Mac apps write their shortcuts.
 */
public final class ShortcutKeys {

    private static final boolean MAC = isMac(System.getProperty("os.name", ""));

    private ShortcutKeys() {
    }

    /** The text as this system names its shortcut key. */
    public static String forThisSystem(String text) {
        return named(text, MAC);
    }

    static String named(String text, boolean mac) {
        return mac && text.contains("Ctrl+") ? text.replace("Ctrl+", "⌘") : text;
    }

    static boolean isMac(String osName) {
        return osName.toLowerCase(Locale.ROOT).startsWith("mac");
    }
}
