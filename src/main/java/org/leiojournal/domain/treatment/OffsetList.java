package org.leiojournal.domain.treatment;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days counted from a drug's day, as people write them: "−1 to +1" (the day before, of and after), "+1 to +7",
 * "0", "-1, 0, 1". The minus may be typed as "-" or "−".
 */
public final class OffsetList {

    /** Further than this from the drug's day is a typing slip, not a plan. */
    public static final int MAX_DISTANCE = 28;

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d{1,2}");
    private static final Pattern RANGE = Pattern.compile("([+-]?\\d{1,2})\\s*(?:to|…|\\.\\.)\\s*([+-]?\\d{1,2})");

    private OffsetList() {
    }

    /** Empty when malformed or further than {@link #MAX_DISTANCE} days; an empty list when the text is blank. */
    public static Optional<List<Integer>> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(List.of());
        }
        TreeSet<Integer> offsets = new TreeSet<>();
        for (String part : text.replace('−', '-').split("[,;]")) {
            String p = part.strip();
            Matcher range = RANGE.matcher(p);
            int from;
            int to;
            if (range.matches()) {
                from = Integer.parseInt(range.group(1));
                to = Integer.parseInt(range.group(2));
            } else if (NUMBER.matcher(p).matches()) {
                from = Integer.parseInt(p);
                to = from;
            } else {
                return Optional.empty();
            }
            if (to < from || Math.abs(from) > MAX_DISTANCE || Math.abs(to) > MAX_DISTANCE) {
                return Optional.empty();
            }
            for (int d = from; d <= to; d++) {
                offsets.add(d);
            }
        }
        return Optional.of(List.copyOf(offsets));
    }

    /** The shortest way to write them back: "−1 to +1", "+1 to +7", "0, +2". */
    public static String format(List<Integer> offsets) {
        return NumberRuns.format(offsets.stream().distinct().sorted().toList(), OffsetList::signed, " to ");
    }

    private static String signed(int offset) {
        return offset > 0 ? "+" + offset : offset < 0 ? "−" + (-offset) : "0";
    }
}
