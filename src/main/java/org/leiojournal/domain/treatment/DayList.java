package org.leiojournal.domain.treatment;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Cycle days as people write them on a plan: "1, 8", "1-5", "1–3, 8". */
public final class DayList {

    private static final Pattern PART = Pattern.compile("(\\d{1,3})(\\s*[-–]\\s*(\\d{1,3}))?");

    private DayList() {
    }

    /** Empty when the text is blank, malformed, or names a day outside 1…{@code lastDay}. */
    public static Optional<List<Integer>> parse(String text, int lastDay) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        TreeSet<Integer> days = new TreeSet<>();
        for (String part : text.split("[,;]")) {
            var m = PART.matcher(part.strip());
            if (!m.matches()) {
                return Optional.empty();
            }
            int from = Integer.parseInt(m.group(1));
            int to = m.group(3) == null ? from : Integer.parseInt(m.group(3));
            if (from < 1 || to < from || to > lastDay) {
                return Optional.empty();
            }
            for (int d = from; d <= to; d++) {
                days.add(d);
            }
        }
        return Optional.of(List.copyOf(days));
    }

    /** The shortest way to write the days back: "1–3, 8". */
    public static String format(List<Integer> days) {
        return NumberRuns.format(days, String::valueOf, "–");
    }
}
