package org.leiojournal.ui.today;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.guidance.GuidancePanel;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.Style;

/**
 * "About what you scored": for each symptom scored 4 or more in the form, the guidance panel's title and summary
 * with a link that opens it on the Guidance screen. Hidden while no score reaches 4.
 */
public final class GuidanceHintsCard extends VBox {

    private final Messages messages;
    private final Consumer<String> openPanel;
    private final VBox lines = new VBox(10);

    /** {@code openPanel} is given a panel id when the user asks to read more. */
    public GuidanceHintsCard(GuidanceHintsViewModel model, Messages messages, Consumer<String> openPanel) {
        super(8);
        this.messages = messages;
        this.openPanel = openPanel;
        setId("guidance-hints");
        getStyleClass().addAll(Style.CARD, "guidance-hints");
        getChildren().addAll(Forms.cardTitle(messages.get("guidance.hints.title")),
                Forms.hint(messages.get("guidance.hints.intro")), lines);
        Forms.shownWhile(this, Bindings.isNotEmpty(model.hints()));
        model.hints().addListener((ListChangeListener<GuidancePanel>) c -> build(model));
        build(model);
    }

    private void build(GuidanceHintsViewModel model) {
        lines.getChildren().clear();
        for (GuidancePanel panel : model.hints()) {
            Label title = new Label(panel.title());
            title.setId("guidance-hint-" + panel.id() + "-title");
            title.getStyleClass().add("guidance-hint-title");
            title.setWrapText(true);
            Label summary = Forms.hint(panel.summary());
            summary.setMinHeight(Region.USE_PREF_SIZE); // wrapped text is never cut to "..."
            Hyperlink more = new Hyperlink(messages.get("guidance.hints.more"));
            more.setId("guidance-hint-" + panel.id() + "-more");
            more.setAccessibleText(messages.get("guidance.hints.more.accessible", panel.title()));
            more.setOnAction(e -> openPanel.accept(panel.id()));
            lines.getChildren().add(new VBox(2, title, summary, more));
        }
    }
}
