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
    /** The property key of {@link #markMore}. */
    public static final String MORE_KEY = "loading-more";

    private Loading() {
    }

    public static void show(Labeled label, ObservableBooleanValue loading, String whileLoading, String otherwise) {
        Runnable update = () -> label.setText(loading.get() ? whileLoading : otherwise);
        loading.addListener((o, was, now) -> update.run());
        update.run();
        mark(label, loading);
    }

    /**
     * Marks {@code node} while the rest of a screen's data is read after its first part is shown (the Journal's
     * older days): a key in its properties, not a style class, so that the mark's going restyles nothing. The
     * benchmark waits for it to go too.
     */
    public static void markMore(Node node, ObservableBooleanValue loadingMore) {
        Runnable update = () -> {
            if (loadingMore.get()) {
                node.getProperties().put(MORE_KEY, Boolean.TRUE);
            } else {
                node.getProperties().remove(MORE_KEY);
            }
        };
        loadingMore.addListener((o, was, now) -> update.run());
        update.run();
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
