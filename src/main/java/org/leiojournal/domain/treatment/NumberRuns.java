package org.leiojournal.domain.treatment;

import java.util.List;
import java.util.function.IntFunction;

/** Writes whole numbers in the given order with runs shortened: "1–3, 8"; two in a row stay a list ("1, 2"). */
final class NumberRuns {

    private NumberRuns() {
    }

    /** {@code number} writes one number; {@code through} joins the ends of a run of three or more. */
    static String format(List<Integer> numbers, IntFunction<String> number, String through) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < numbers.size()) {
            int j = i;
            while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                j++;
            }
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(number.apply(numbers.get(i)));
            if (j > i) {
                text.append(j == i + 1 ? ", " : through).append(number.apply(numbers.get(j)));
            }
            i = j + 1;
        }
        return text.toString();
    }
}
