package org.leiojournal.domain.validation;

import java.util.List;
import java.util.Objects;

/**
 * What is wrong with one field of a form: the field ({@link FieldId}), a message key for the user's language, and the
 * values that go into the message. The domain names the problem; the UI words it.
 */
public record Problem(FieldId field, String messageKey, List<Object> args) {

    public Problem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
    }

    public static Problem of(FieldId field, String messageKey, Object... args) {
        return new Problem(field, messageKey, List.of(args));
    }
}
