package org.leiojournal.ui.welcome;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.leiojournal.ui.common.SampleButton;
import org.leiojournal.ui.common.Style;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.settings.ProfileForm;

/**
 * A short welcome on the first start: what the app is, that data stays here and nobody else sees it (an alert is
 * not sent to the team), and four questions.
 */
public final class WelcomeView extends StackPane {

    private final ProfileForm form;

    public WelcomeView(WelcomeViewModel model, Messages messages) {
        setId("welcome-view");
        getStyleClass().add("screen");
        Label title = new Label(messages.get("welcome.title"));
        title.getStyleClass().add("screen-title");
        form = new ProfileForm(model.form(), messages, "welcome");
        Button start = Forms.primary("welcome-start", messages.get("welcome.start"), model::start);
        start.setDefaultButton(true);
        VBox card = new VBox(14, title, Forms.hint(messages.get("welcome.intro")),
                Forms.hint(messages.get("welcome.private")), notMonitored(messages), form,
                Forms.hint(messages.get("welcome.later")), start);
        if (model.canExploreSample()) {
            card.getChildren().addAll(Forms.hint(SampleButton.hint(messages)),
                    SampleButton.create("welcome-sample", messages, model::exploreSample));
        }
        card.getStyleClass().addAll(Style.CARD, "welcome-card");
        card.setMaxWidth(720);
        ScrollPane scroll = Forms.scrolling(card);
        StackPane.setAlignment(scroll, Pos.TOP_CENTER);
        scroll.setMaxWidth(760);
        getChildren().add(scroll);
    }

    /** Said before anything else is entered: the journal is not watched, alerts are the user's to act on. */
    private static Label notMonitored(Messages messages) {
        Label text = new Label(messages.get("welcome.notMonitored"));
        text.setId("welcome-not-monitored");
        text.setWrapText(true);
        text.getStyleClass().add("alert-not-sent");
        return text;
    }

    public void focusFirst() {
        form.focusFirst();
    }
}
