package org.leiojournal.domain.validation;

import java.util.List;

/** Checks many forms share. Each adds its problem, worded by the UI from the message key, to the list it is given. */
public final class Checks {

    private Checks() {
    }

    /** "text.tooLong" for {@code field} when {@code text} is longer than {@code max}; null is no text. */
    public static void length(String text, int max, FieldId field, List<Problem> problems) {
        if (text != null && text.length() > max) {
            problems.add(Problem.of(field, "text.tooLong", max));
        }
    }

    /** {@code messageKey} for {@code field} when {@code value} was not given (null). */
    public static void required(Object value, FieldId field, String messageKey, List<Problem> problems) {
        if (value == null) {
            problems.add(Problem.of(field, messageKey));
        }
    }
}
