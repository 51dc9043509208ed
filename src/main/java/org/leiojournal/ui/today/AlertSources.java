package org.leiojournal.ui.today;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.alert.RuleSource;
import org.leiojournal.ui.common.WhyToggle;

/**
 * Where an alert's rule or a tier's advice comes from, behind a "Why?" link: each source's title in body text, its
 * address below it in smaller type, so the titles can be read and the addresses copied to a clinician.
 */
final class AlertSources {

    private AlertSources() {
    }

    /** The link {@code why-<suffix>} (its words with any Alt+letter) and, while it is open, the list {@code <listId>}. */
    static WhyToggle behindWhy(String suffix, String listId, List<RuleSource> sources, String link, String heading,
            String accessible) {
        VBox list = new VBox(2);
        list.setId(listId);
        list.getStyleClass().add("source-list");
        Label intro = new Label(heading);
        intro.setWrapText(true);
        intro.getStyleClass().add("source-heading");
        list.getChildren().add(intro);
        for (RuleSource source : sources) {
            Label title = new Label(source.title());
            title.setWrapText(true);
            title.getStyleClass().add("source-title");
            Label url = new Label(source.url());
            url.setWrapText(true);
            url.getStyleClass().add("source-url");
            list.getChildren().addAll(title, url);
        }
        return new WhyToggle("why-" + suffix, link, accessible, list);
    }
}
