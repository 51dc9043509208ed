package org.leiojournal.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Breaks text into lines that fit a width: at spaces, inside a word only when the word alone is too wide. */
final class Wrap {

    /** Compiled once: {@code String.split} compiles it again on every call (issue 21: allocating less). */
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private Wrap() {
    }

    /** The lines of {@code text} (line breaks in it are kept) at most {@code width} wide. */
    static List<String> lines(String text, float width, TextStyle style, ReportFonts fonts) {
        List<String> lines = new ArrayList<>();
        String stripped = text.strip();
        for (String paragraph : hasLineBreak(stripped) ? LINE_BREAK.split(stripped, -1) : new String[] {stripped}) {
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
        for (String word : words(ReportFonts.composed(paragraph))) {
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

    /** Whether {@code LINE_BREAK} ({@code \\R}) matches anywhere: most texts are one paragraph, split for nothing. */
    private static boolean hasLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\n' && c <= '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /**
     * The words between runs of spaces, as {@code text.split(" +")} gives them (a leading empty word if the text
     * starts with a space, none at the end), without the regex (issue 21: a matcher and its pieces for every
     * paragraph of the report).
     */
    static List<String> words(String text) {
        if (text.indexOf(' ') < 0) {
            return List.of(text);
        }
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); ) {
            if (text.charAt(i) != ' ') {
                i++;
                continue;
            }
            words.add(text.substring(start, i));
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            start = i;
        }
        words.add(text.substring(start));
        while (!words.isEmpty() && words.get(words.size() - 1).isEmpty()) {
            words.remove(words.size() - 1);
        }
        return words;
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
