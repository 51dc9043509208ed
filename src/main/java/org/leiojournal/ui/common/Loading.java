package org.leiojournal.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Labeled;

/**
 * A label that says "Loading…" while a screen's data is read off the UI thread, and what it says otherwise once
 * the data is back. It carries the style class {@code loading} meanwhile (the benchmark waits for it to go).
 */
public final class Loading {

    public static final String STYLE_CLASS = "loading";

    private Loading() {
    }

    public static void show(Labeled label, ObservableBooleanValue loading, String whileLoading, String otherwise) {
        Runnable update = () -> label.setText(loading.get() ? whileLoading : otherwise);
        loading.addListener((o, was, now) -> update.run());
        update.run();
        mark(label, loading);
    }

    /** Gives {@code node} the style class {@code loading} while {@code loading} is true. */
    public static void mark(Node node, ObservableBooleanValue loading) {
        Runnable update = () -> {
            node.getStyleClass().remove(STYLE_CLASS);
            if (loading.get()) {
                node.getStyleClass().add(STYLE_CLASS);
            }
        };
        loading.addListener((o, was, now) -> update.run());
        update.run();
    }
}
