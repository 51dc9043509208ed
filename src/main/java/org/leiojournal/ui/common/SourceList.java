package org.leiojournal.ui.common;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Where a piece of advice comes from, behind a "Why?" link rather than a wall of addresses: each source's title in
 * body text, its address below it in smaller type, so the titles can be read and the addresses copied to a clinician.
 * Used by the alerts and the guidance pages.
 */
public final class SourceList {

    /** A source's title and its address (empty when it has none). */
    public record Source(String title, String url) {
    }

    private SourceList() {
    }

    /**
     * The link {@code toggleId} (its words with any Alt+letter) and, while it is open, the list {@code listId}: the
     * heading, then each source.
     */
    public static WhyToggle behindWhy(String toggleId, String listId, String link, String accessible, String heading,
            List<Source> sources) {
        VBox list = new VBox(2);
        list.setId(listId);
        list.getStyleClass().add("source-list");
        list.getChildren().add(wrapped(heading, "source-heading"));
        for (Source source : sources) {
            list.getChildren().add(wrapped(source.title(), "source-title"));
            if (!source.url().isBlank()) {
                list.getChildren().add(wrapped(source.url(), "source-url"));
            }
        }
        return new WhyToggle(toggleId, link, accessible, list);
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrapped text is never cut to "..."
        label.getStyleClass().add(style);
        return label;
    }
}
