package org.leiojournal.ui.common;

import java.util.Collection;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.util.StringConverter;
import org.leiojournal.domain.symptom.RecorderRole;

/** Text for choice boxes. Dates are read by {@link DateText}, in every {@link DateField}. */
public final class Converters {

    private Converters() {
    }

    public static StringConverter<RecorderRole> roles(Messages messages) {
        return shown(role -> messages.get(role.messageKey()));
    }

    /** Words for each choice of a box that is not typed into; no choice shows as nothing. */
    public static <T> StringConverter<T> shown(Function<T, String> words) {
        return shown(words, "");
    }

    /** Words for each choice of a box that is not typed into, and {@code none} for no choice. */
    public static <T> StringConverter<T> shown(Function<T, String> words, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : words.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null; // chosen from the list only
            }
        };
    }

    /** Words for each choice, read back to the choice of the same words (a box the keyboard can type into). */
    public static <T> StringConverter<T> shownAndRead(Function<T, String> words, Supplier<Collection<T>> choices) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : words.apply(value);
            }

            @Override
            public T fromString(String text) {
                return choices.get().stream().filter(c -> words.apply(c).equals(text)).findFirst().orElse(null);
            }
        };
    }
}
