package org.leiojournal.ui.guidance;

import java.util.function.Consumer;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.guidance.GuidanceLibrary;
import org.leiojournal.domain.guidance.GuidancePanel;
import org.leiojournal.domain.guidance.GuidanceSection;
import org.leiojournal.ui.common.Formats;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.SourceList;

/**
 * Shows one guidance panel: title, summary, sections, when to contact the care team, related panels, its sources
 * behind a "Why? Sources" link, the reviewed-on date and the reminder that this is information, not advice. Used by
 * Trends, Today and Guidance.
 */
public final class GuidancePanelView extends VBox {

    private final GuidanceLibrary library;
    private final Messages messages;
    private final Formats formats;
    private final Consumer<GuidancePanel> openRelated;

    /** {@code openRelated} is told when the user follows a link to a related panel; it may show it here. */
    public GuidancePanelView(String id, GuidanceLibrary library, Messages messages, Consumer<GuidancePanel> openRelated) {
        super(8);
        this.library = library;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.openRelated = openRelated;
        setId(id);
        getStyleClass().add("guidance-panel");
        setAccessibleRole(AccessibleRole.TEXT);
    }

    public void show(GuidancePanel panel) {
        getChildren().clear();
        if (panel == null) {
            return;
        }
        Label title = text(panel.title(), "guidance-title");
        title.setId(getId() + "-title");
        getChildren().addAll(title, text(panel.summary(), "guidance-summary"));
        for (GuidanceSection section : panel.sections()) {
            getChildren().add(text(section.heading(), "guidance-heading"));
            section.paragraphs().forEach(p -> getChildren().add(text(p, "guidance-text")));
            section.bullets().forEach(b -> getChildren().add(text("•  " + b, "guidance-bullet")));
        }
        if (!panel.whenToCall().isEmpty()) {
            VBox call = new VBox(4, text(messages.get("guidance.whenToCall"), "guidance-call-heading"));
            panel.whenToCall().forEach(w -> call.getChildren().add(text("•  " + w, "guidance-bullet")));
            call.getStyleClass().add("guidance-call");
            getChildren().add(call);
        }
        if (!panel.related().isEmpty()) {
            getChildren().add(related(panel));
        }
        // the sources behind "Why? Sources", closed at first: the page's advice first, not a wall of addresses
        getChildren().add(SourceList.behindWhy(getId() + "-why", getId() + "-sources", messages.get("guidance.why"),
                messages.get("guidance.why.accessible"), messages.get("guidance.why.heading"),
                panel.sources().stream().map(s -> new SourceList.Source(s.title(), s.url())).toList()));
        Label reviewed = text(messages.get("guidance.reviewedOn", formats.date(panel.reviewedOn()),
                formats.date(panel.reviewDue())), "guidance-meta");
        reviewed.setId(getId() + "-reviewed");
        Label disclaimer = text(messages.get("guidance.disclaimer"), "guidance-meta");
        disclaimer.setId(getId() + "-disclaimer");
        getChildren().addAll(reviewed, disclaimer);
        setAccessibleText(panel.title() + ". " + panel.summary());
    }

    private Node related(GuidancePanel panel) {
        // one link a line, each wrapping at the page's width: in a row, a long title ("Gemcitabine + docetaxel after
        // pelvic radiotherapy" at 200 % text) held the page wider than a small window, and it scrolled sideways
        VBox links = new VBox(2, text(messages.get("guidance.related"), "guidance-meta"));
        for (String id : panel.related()) {
            library.find(id).ifPresent(other -> {
                Hyperlink link = new Hyperlink(other.title());
                link.setWrapText(true);
                link.setMinHeight(Region.USE_PREF_SIZE);
                link.setId(getId() + "-related-" + other.id());
                link.setOnAction(e -> openRelated.accept(other));
                links.getChildren().add(link);
            });
        }
        return links;
    }

    private static Label text(String content, String style) {
        Label label = new Label(content);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.setMinHeight(Region.USE_PREF_SIZE); // wrapped text is never cut to "..."
        return label;
    }
}
