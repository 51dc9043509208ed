package org.leiojournal.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.leiojournal.settings.Appearance;

/**
 * Issue 20: words stay readable in every theme. Computes WCAG contrast ratios from the colour tokens in leio.css
 * and theme-*.css: at least 4.5:1 in light and dark, 7:1 in high contrast, for every pair that carries words.
 */
class ThemeContrastTest {

    /** Words (first) on what sits behind them (second), and where the user sees them. */
    static final List<String[]> PAIRS = List.of(
            pair("-leio-text", "-leio-bg", "body text on the window"),
            pair("-leio-text", "-leio-surface", "body text on a card"),
            pair("-leio-muted", "-leio-bg", "hints and status lines on the window"),
            pair("-leio-muted", "-leio-surface", "hints on a card, chart axis labels"),
            pair("-leio-text", "-leio-control", "a button's words"),
            pair("-leio-accent", "-leio-surface", "links and \"Why? Sources\" on a card"),
            pair("-leio-accent", "-leio-bg", "links on the window"),
            pair("-leio-accent-text", "-leio-accent", "the main button, a selected row, today in the month"),
            pair("-leio-accent-hint", "-leio-accent", "a hint in a selected list row"),
            pair("-leio-sidebar-text", "-leio-sidebar", "the sidebar's screens"),
            pair("-leio-sidebar-hint", "-leio-sidebar", "the sidebar's hints"),
            pair("-leio-sidebar-text", "-leio-sidebar-hover", "a sidebar screen under the pointer"),
            pair("-leio-sidebar-selected-text", "-leio-sidebar-selected", "the screen open in the sidebar"),
            pair("-leio-alert", "-leio-surface", "\"Call now\" heading on its card"),
            pair("-leio-alert", "-leio-bg", "\"Call now\" words on the window, threshold labels"),
            pair("-leio-alert", "-leio-alert-bg", "a guidance \"call\" heading"),
            pair("-leio-text", "-leio-alert-bg", "a guidance \"call\" text"),
            pair("-leio-alert-mark", "-leio-alert", "the \"!\" in the call-now icon"),
            pair("-leio-soon", "-leio-surface", "\"Tell your team soon\" heading"),
            pair("-leio-soon", "-leio-bg", "\"Tell your team soon\" counts"),
            pair("-leio-alert-mark", "-leio-soon-border", "the mark in the tell-soon icon"),
            pair("-leio-error", "-leio-surface", "a field's error message on a card"),
            pair("-leio-error", "-leio-bg", "a field's error message on the window"),
            pair("-leio-caution", "-leio-surface", "check-sheet and caution words"),
            pair("-leio-caution", "-leio-bg", "a moved cycle in the treatment strip"),
            pair("-leio-text", "-leio-caution-bg", "the low-counts note"),
            pair("-leio-text", "-leio-band-none", "a treatment day, a score cell"),
            pair("-leio-text", "-leio-scale-mild", "a check-in score 1-3"),
            pair("-leio-text", "-leio-scale-moderate", "a check-in score 4-6"),
            pair("-leio-text", "-leio-scale-severe", "a check-in score 7-10"),
            pair("-leio-band-text", "-leio-band-mild", "a mild score in the journal table"),
            pair("-leio-band-text", "-leio-band-moderate", "a moderate score in the journal table"),
            pair("-leio-band-severe-text", "-leio-band-severe", "a severe score in the journal table"),
            pair("-leio-text", "-leio-low-fill", "a low-counts day in the treatment strip"),
            pair("-leio-chip-appointment-text", "-leio-chip-appointment-bg", "an appointment in the month"),
            pair("-leio-chip-treatment-text", "-leio-chip-treatment-bg", "a treatment day in the month"),
            pair("-leio-text", "-leio-selected-bg", "the chosen day in the month"),
            pair("-leio-muted", "-leio-selected-bg", "a hint on the chosen day"),
            pair("-leio-text", "-leio-sample-bg", "the sample journal's banner"),
            pair("-leio-text", "-leio-note-bg", "the undo bar and due reminders"),
            pair("-leio-text", "-leio-drug-note-bg", "the drug note beside Trends"),
            pair("-leio-text", "-leio-selection-unfocused", "a selected row when its list is not focused"),
            pair("-leio-text", "-leio-control-hover", "a button under the pointer"),
            pair("-leio-text", "-leio-control-pressed", "a button pressed"),
            pair("-leio-accent-text", "-leio-accent-hover", "the main button under the pointer"),
            pair("-leio-accent-text", "-leio-accent-pressed", "the main button pressed"),
            pair("-leio-muted", "-leio-disabled-bg", "a button that cannot be used yet"),
            pair("-leio-sidebar-text", "-leio-sidebar-pressed", "a sidebar screen pressed"));

    private static String[] pair(String words, String behind, String where) {
        return new String[] {words, behind, where};
    }

    static Stream<String> themes() {
        return Appearance.THEMES.stream();
    }

    static double minimum(String theme) {
        return theme.equals("high-contrast") ? 7.0 : 4.5;
    }

    /** Every pair too faint in a theme, in words; empty when all read well. */
    static List<String> tooFaint(ThemeTokens tokens, double minimum) {
        List<String> faint = new ArrayList<>();
        for (String[] p : PAIRS) {
            double ratio = tokens.contrast(p[0], p[1]);
            if (ratio < minimum) {
                faint.add(String.format(Locale.ROOT, "%s on %s (%s): %.2f:1", p[0], p[1], p[2], ratio));
            }
        }
        return faint;
    }

    @ParameterizedTest
    @MethodSource("themes")
    void everyPairThatCarriesWordsReadsWell(String theme) throws IOException {
        List<String> faint = tooFaint(ThemeTokens.of(theme), minimum(theme));
        assertTrue(faint.isEmpty(), theme + ": below " + minimum(theme) + ":1 — " + faint);
    }

    /** Stock labels and buttons take Modena's ladder: dark words on a bright background, light on a dark one. */
    @ParameterizedTest
    @MethodSource("themes")
    void stockControlsPickTheThemesTextColour(String theme) throws IOException {
        ThemeTokens tokens = ThemeTokens.of(theme);
        for (String behind : List.of("-leio-bg", "-leio-surface", "-leio-control")) {
            String ink = tokens.brightness(behind) < 0.45 ? "-leio-ink-light" : "-leio-ink-dark";
            assertEquals(List.of(tokens.rgb("-leio-text")[0], tokens.rgb("-leio-text")[1],
                    tokens.rgb("-leio-text")[2]),
                    List.of(tokens.rgb(ink)[0], tokens.rgb(ink)[1], tokens.rgb(ink)[2]),
                    theme + ": Modena writes labels on " + behind + " in " + ink + ", which must be -leio-text");
        }
        // a selected row's words: Modena's ladder over the accent colour
        String onAccent = tokens.brightness("-leio-accent") < 0.45 ? "-leio-ink-light" : "-leio-ink-dark";
        double ratio = tokens.contrast(onAccent, "-leio-accent");
        assertTrue(ratio >= minimum(theme), theme + ": a selected row's words " + onAccent + " on the accent: "
                + ratio);
    }

    /**
     * Chart lines and markers on the plot, at least 3:1 (WCAG 1.4.11, graphics). Dark and high contrast only: the
     * light theme keeps the Okabe–Ito palette shared with the PDF report, two of whose colours are about 2.3:1 on
     * white; there, as everywhere, each line also has its own dash pattern and point shape.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dark", "high-contrast"})
    void chartLinesAndMarkersStandOutFromThePlot(String theme) throws IOException {
        ThemeTokens tokens = ThemeTokens.of(theme);
        for (String mark : List.of("-leio-trend-1", "-leio-trend-2", "-leio-trend-3", "-leio-trend-4",
                "-leio-trend-5", "-leio-trend-6", "-leio-trend-7", "-leio-drug-day", "-leio-marker", "-leio-alert",
                "-leio-soon-border", "-leio-muted")) {
            double ratio = tokens.contrast(mark, "-leio-surface");
            assertTrue(ratio >= 3, theme + ": " + mark + " on the plot " + ratio);
        }
    }

    /**
     * Keyboard users find the focus by its ring, and everyone finds a field by its edge: at least 3:1 (WCAG 1.4.11)
     * against what they are drawn on, in every theme. A button's ring sits just outside it, on a card or the
     * window; a sidebar item's ring is on the sidebar.
     */
    @ParameterizedTest
    @MethodSource("themes")
    void focusRingsAndFieldEdgesStandOutFromWhatTheyAreDrawnOn(String theme) throws IOException {
        ThemeTokens tokens = ThemeTokens.of(theme);
        for (String[] ring : List.of(pair("-leio-focus-ring", "-leio-surface", "a button's ring on a card"),
                pair("-leio-focus-ring", "-leio-bg", "a button's ring on the window"),
                pair("-leio-sidebar-focus", "-leio-sidebar", "a sidebar item's ring"),
                pair("-leio-sidebar-focus", "-leio-sidebar-hover", "the ring on the item under the pointer"),
                pair("-leio-control-edge", "-leio-surface", "a field's edge on a card"),
                pair("-leio-control-edge", "-leio-bg", "a field's edge on the window"))) {
            double ratio = tokens.contrast(ring[0], ring[1]);
            assertTrue(ratio >= 3, theme + ": " + ring[2] + " " + ring[0] + " on " + ring[1] + ": " + ratio);
        }
    }

    @Test
    void aHintMadeTooLightIsCaught() throws IOException {
        ThemeTokens light = ThemeTokens.of("light");
        assertTrue(tooFaint(light, 4.5).isEmpty());
        List<String> faint = tooFaint(light.with("-leio-muted", "#8a919c"), 4.5);
        assertTrue(faint.stream().anyMatch(f -> f.startsWith("-leio-muted on -leio-bg")), faint.toString());
        assertTrue(tooFaint(ThemeTokens.of("high-contrast").with("-leio-text", "#808080"), 7).stream()
                .anyMatch(f -> f.startsWith("-leio-text on -leio-bg")), "7:1 in high contrast");
    }

    /** A theme changes colour tokens only, so layout and sizes stay in one place. */
    @ParameterizedTest
    @MethodSource("themes")
    void aThemeSetsTokensOnly(String theme) throws IOException {
        String css = Files.readString(ThemeTokens.CSS.resolve("theme-" + theme + ".css"))
                .replaceAll("(?s)/\\*.*?\\*/", "").trim();
        String withoutRoot = css.replaceAll("\\.root\\s*\\{[^}]*}", "").trim();
        assertEquals("", withoutRoot, theme + ": only a .root block");
        for (String declaration : css.replaceAll("(?s).*\\{|}", "").split(";")) {
            if (!declaration.isBlank()) {
                assertTrue(declaration.trim().startsWith("-leio-"), theme + ": not a token: " + declaration.trim());
            }
        }
        assertTrue(ThemeTokens.read(ThemeTokens.CSS.resolve("leio.css")).keySet()
                        .containsAll(ThemeTokens.read(ThemeTokens.CSS.resolve("theme-" + theme + ".css")).keySet()),
                theme + ": sets only tokens leio.css defines (a typo would be silently ignored)");
    }
}
