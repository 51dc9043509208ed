package org.leiojournal.ui.common;

import java.util.function.BooleanSupplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;

/**
 * Work done the first time something holds, and never again: a part most journals never show (an alert, the lock
 * screen, the home blood pressure rows, a field's problem) is built then instead of being built, styled and kept
 * hidden from the start (issue 21). Once built, the part shows and hides with its own bindings.
 */
public final class FirstTime {

    private FirstTime() {
    }

    /** Runs {@code then} at once if {@code value} is true, else the first time it turns true. */
    public static void whenTrue(ObservableValue<Boolean> value, Runnable then) {
        when(value, () -> Boolean.TRUE.equals(value.getValue()), then);
    }

    /** Runs {@code then} at once if {@code value} is {@code wanted}, else the first time it becomes so. */
    public static <T> void whenEqual(ObservableValue<T> value, T wanted, Runnable then) {
        when(value, () -> java.util.Objects.equals(value.getValue(), wanted), then);
    }

    /** Runs {@code then} at once if {@code list} has items, else the first time it gets some. */
    public static void whenNotEmpty(ObservableList<?> list, Runnable then) {
        when(list, () -> !list.isEmpty(), then);
    }

    /** Runs {@code then} at once if {@code text} has some, else the first time it gets some. */
    public static void whenNotEmpty(ObservableStringValue text, Runnable then) {
        when(text, () -> text.get() != null && !text.get().isEmpty(), then);
    }

    private static void when(Observable source, BooleanSupplier holds, Runnable then) {
        if (holds.getAsBoolean()) {
            then.run();
            return;
        }
        // asking holds() again after each change also makes a lazy value tell of its next change
        source.addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                if (holds.getAsBoolean()) {
                    source.removeListener(this);
                    then.run();
                }
            }
        });
    }
}
