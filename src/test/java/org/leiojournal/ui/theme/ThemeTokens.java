package org.leiojournal.ui.theme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The colour tokens (-leio-*) a theme ends up with: those on .root in leio.css, then the theme's own over them, as
 * JavaFX cascades them. Reads the files as text, so no toolkit is needed.
 */
final class ThemeTokens {

    static final Path CSS = Path.of("src/main/resources/org/leiojournal/css");
    private static final Pattern ROOT_BLOCK = Pattern.compile("\\.root\\s*\\{([^}]*)}");
    private static final Pattern TOKEN = Pattern.compile("(-leio-[a-z0-9-]+)\\s*:\\s*([^;]+);");
    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{6})([0-9a-fA-F]{2})?");

    private final Map<String, String> values;

    private ThemeTokens(Map<String, String> values) {
        this.values = values;
    }

    static ThemeTokens of(String theme) throws IOException {
        Map<String, String> values = new LinkedHashMap<>(read(CSS.resolve("leio.css")));
        values.putAll(read(CSS.resolve("theme-" + theme + ".css")));
        return new ThemeTokens(values);
    }

    /** The tokens declared on .root in one file, comments left out. */
    static Map<String, String> read(Path file) throws IOException {
        String css = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "");
        Map<String, String> found = new LinkedHashMap<>();
        Matcher block = ROOT_BLOCK.matcher(css);
        while (block.find()) {
            Matcher token = TOKEN.matcher(block.group(1));
            while (token.find()) {
                found.put(token.group(1), token.group(2).trim());
            }
        }
        return found;
    }

    /** The same tokens with one changed, to show the check would catch it. */
    ThemeTokens with(String token, String value) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        changed.put(token, value);
        return new ThemeTokens(changed);
    }

    /** A token's colour as {r, g, b} from 0 to 255, following tokens that name other tokens. */
    int[] rgb(String token) {
        String value = values.get(token);
        for (int hops = 0; value != null && value.startsWith("-leio-") && hops < 10; hops++) {
            value = values.get(value);
        }
        if (value == null) {
            throw new AssertionError(token + " is not defined");
        }
        Matcher hex = HEX.matcher(value);
        if (!hex.matches() || (hex.group(2) != null && !hex.group(2).equalsIgnoreCase("ff"))) {
            throw new AssertionError(token + " carries words or sits behind them, so it must be an opaque #rrggbb: "
                    + value);
        }
        int rgb = Integer.parseInt(hex.group(1), 16);
        return new int[] {rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff};
    }

    /** WCAG 2.x contrast ratio of two tokens' colours, from 1 to 21. */
    double contrast(String foreground, String background) {
        double a = luminance(rgb(foreground));
        double b = luminance(rgb(background));
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** Brightness from 0 to 1 as JavaFX's ladder() weighs it (com.sun.javafx.util.Utils.calculateBrightness). */
    double brightness(String token) {
        int[] c = rgb(token);
        return (0.3 * c[0] + 0.59 * c[1] + 0.11 * c[2]) / 255.0;
    }

    private static double luminance(int[] rgb) {
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = rgb[i] / 255.0;
            linear[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }
}
