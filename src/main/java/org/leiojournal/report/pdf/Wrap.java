package org.leiojournal.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Breaks text into lines that fit a width: at spaces, inside a word only when the word alone is too wide. */
final class Wrap {

    /** Compiled once: {@code String.split} compiles these again on every call (issue 21: allocating less). */
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern SPACES = Pattern.compile(" +");

    private Wrap() {
    }

    /** The lines of {@code text} (line breaks in it are kept) at most {@code width} wide. */
    static List<String> lines(String text, float width, TextStyle style, ReportFonts fonts) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : LINE_BREAK.split(text.strip(), -1)) {
            wrapParagraph(paragraph.strip(), width, style, fonts, lines);
        }
        return lines.isEmpty() ? List.of("") : lines;
    }

    /**
     * Each word is measured once and added to the line's {@link ReportFonts.Tally}, rather than the whole line
     * measured again for every word; the paragraph is composed first, as measuring and drawing compose it.
     */
    private static void wrapParagraph(String paragraph, float width, TextStyle style, ReportFonts fonts,
                                      List<String> lines) {
        if (paragraph.isEmpty()) {
            lines.add("");
            return;
        }
        StringBuilder line = new StringBuilder();
        ReportFonts.Tally lineWidth = fonts.tally(style);
        for (String word : SPACES.split(ReportFonts.composed(paragraph))) {
            ReportFonts.Tally candidate = lineWidth.copy();
            if (line.length() > 0) {
                candidate.add(" ");
            }
            candidate.add(word);
            if (candidate.width() <= width) {
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
                lineWidth = candidate;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (fonts.width(rest, style) > width) {
                int fit = fitting(rest, width, style, fonts);
                lines.add(rest.substring(0, fit));
                rest = rest.substring(fit);
            }
            line.append(rest);
            lineWidth = fonts.tally(style);
            lineWidth.add(rest);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
    }

    /** How many chars of a word fit (at least one code point, so a narrow column still makes progress). */
    private static int fitting(String word, float width, TextStyle style, ReportFonts fonts) {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (fonts.width(word.substring(0, next), style) > width) {
                break;
            }
            end = next;
        }
        return end;
    }

    /** The text cut to fit the width, ending in "…" when it was cut. */
    static String clip(String text, float width, TextStyle style, ReportFonts fonts) {
        if (fonts.width(text, style) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && fonts.width(cut + "…", style) > width) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut.strip() + "…";
    }
}
