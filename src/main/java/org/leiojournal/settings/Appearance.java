package org.leiojournal.settings;

import java.util.List;

/**
 * How big the text is and which colours the app uses, kept beside the window's size in settings.json (not health
 * data). The text size is a percentage of the usual 14 px; an unknown size or theme from a damaged or newer file
 * means the defaults.
 */
public record Appearance(int textSize, String theme) {

    /** The text sizes offered, in percent; Ctrl+plus and Ctrl+minus step through them. */
    public static final List<Integer> TEXT_SIZES = List.of(100, 125, 150, 175, 200);
    /**
     * The themes offered; each is a stylesheet theme-NAME.css that changes colour tokens only (ThemeContrastTest
     * checks their words' contrast). Not "follow the system": JavaFX 21 cannot read the system's choice.
     */
    public static final List<String> THEMES = List.of("light", "dark", "high-contrast");
    public static final Appearance DEFAULT = new Appearance(100, "light");

    public Appearance {
        if (!TEXT_SIZES.contains(textSize)) {
            textSize = 100;
        }
        if (theme == null || !THEMES.contains(theme)) {
            theme = "light";
        }
    }

    /** One step larger, staying at the largest. */
    public Appearance larger() {
        int i = TEXT_SIZES.indexOf(textSize);
        return withTextSize(TEXT_SIZES.get(Math.min(i + 1, TEXT_SIZES.size() - 1)));
    }

    /** One step smaller, staying at 100 %. */
    public Appearance smaller() {
        int i = TEXT_SIZES.indexOf(textSize);
        return withTextSize(TEXT_SIZES.get(Math.max(i - 1, 0)));
    }

    public Appearance withTextSize(int percent) {
        return new Appearance(percent, theme);
    }

    public Appearance withTheme(String name) {
        return new Appearance(textSize, name);
    }
}
