package org.leiojournal.ui.today;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.alert.AlertRuleSet;
import org.leiojournal.domain.alert.AlertTier;
import org.leiojournal.domain.alert.TierWording;
import org.leiojournal.domain.profile.CareContact;
import org.leiojournal.domain.review.ContentReview;
import org.leiojournal.ui.common.FirstTime;
import org.leiojournal.ui.common.Formats;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.TierLook;
import org.leiojournal.ui.common.UncachedViewport;

/**
 * The open alerts, at the top of Today while any is open, in two tiers: "call your care team now" first, then
 * "tell your care team soon", each with its own heading, icon, colour and advice from the rules file, and every
 * alert with its "I have read this". Then that nobody else sees the journal, the care team's numbers (or a way to
 * add one) and the emergency list. A call-now alert never suggests waiting and checking again. Built when the
 * first alert opens: until then the panel is empty and hidden.
 */
final class AlertPanel extends VBox {

    /** Beyond this the alerts scroll, so the check-in form stays in view. */
    private static final double MAX_LIST_HEIGHT = 240;

    private final AlertsViewModel model;
    private final Messages messages;
    private final AlertWords wording;
    private final VBox cards = new VBox(10);
    private final Label counts = new Label();
    private final HBox sheetSlot = new HBox();
    private final VBox numbers = new VBox(4);
    private final Runnable onAddNumber;
    private Button addNumber;

    AlertPanel(AlertsViewModel model, Messages messages, Runnable onAddNumber) {
        super(8);
        this.model = model;
        this.messages = messages;
        this.onAddNumber = onAddNumber;
        this.wording = new AlertWords(messages, model.rules());
        setId("alert-panel");
        getStyleClass().add("alert-panel");

        ObservableList<Alert> open = model.open();
        Forms.shownWhile(this, Bindings.isNotEmpty(open));
        // most starts have no open alert: the panel's labels, list and buttons are built when the first one opens
        FirstTime.whenNotEmpty(open, this::build);
    }

    private void build() {
        Label notSent = new Label(messages.get("alert.notSent"));
        notSent.setId("alert-not-sent");
        notSent.setWrapText(true);
        notSent.getStyleClass().add("alert-not-sent");
        ContentReview review = model.rules().review();
        Formats formats = new Formats(messages.locale());
        Label reviewed = new Label(messages.get("alert.rulesReviewed", formats.date(review.reviewedOn()),
                formats.date(review.reviewDue())));
        reviewed.setId("alert-rules-reviewed");
        reviewed.setWrapText(true);
        reviewed.getStyleClass().add("alert-source");
        cards.setId("alert-list");
        ScrollPane list = UncachedViewport.of(Forms.scrolling(cards));
        list.prefViewportHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(MAX_LIST_HEIGHT, cards.getLayoutBounds().getHeight()), cards.layoutBoundsProperty()));
        numbers.setId("alert-numbers");
        addNumber = Forms.button("alert-add-number", messages.get("alert.addNumber"), onAddNumber);
        counts.setId("alert-counts");
        counts.setGraphicTextGap(8);
        counts.getStyleClass().add("alert-counts");
        // the emergency sheet sits on the top line with the counts, in sight however far the list is scrolled
        HBox top = new HBox(12, counts, sheetSlot);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(counts, javafx.scene.layout.Priority.ALWAYS);
        counts.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(top, list, notSent, numbers, addNumber,
                EmergencyNote.paragraph("alert-emergency", model.rules().emergency(), messages), reviewed);

        model.open().addListener((ListChangeListener<Alert>) c -> showAlerts());
        model.contacts().addListener((ListChangeListener<CareContact>) c -> showNumbers());
        model.profileProperty().addListener((o, old, now) -> showAlerts()); // the unit may have changed
        showAlerts();
        showNumbers();
        // built on the first alert in a window already shown: styled now, so the scroll pane's skin puts the cards
        // in the scene and the alert's "What did you do?" can take the cursor at once (no-op before a scene)
        applyCss();
    }

    /**
     * The first open alert's "What did you do?" field, looked up in the cards themselves: a lookup from the panel
     * reaches into the scroll pane around them only through its skin.
     */
    java.util.Optional<javafx.scene.Node> firstNote() {
        return cards.lookupAll("TextField").stream()
                .filter(n -> n.getId() != null && n.getId().startsWith("alert-note-") && n.isVisible()).findFirst();
    }

    /** One section per tier that has open alerts, call-now first; the panel takes the most urgent tier's colour. */
    private void showAlerts() {
        cards.getChildren().clear();
        AlertRuleSet rules = model.rules();
        List<Alert> open = rules.callNowFirst(model.open());
        for (AlertTier tier : AlertTier.values()) {
            List<Alert> ofTier = open.stream().filter(a -> rules.tierOf(a) == tier).toList();
            if (!ofTier.isEmpty()) {
                cards.getChildren().add(section(tier, ofTier));
            }
        }
        // both counts above the list, so a tell-soon alert scrolled out of view is still known to be there
        Map<AlertTier, Long> byTier = rules.countByTier(open);
        counts.setText(Arrays.stream(AlertTier.values()).filter(t -> byTier.get(t) > 0)
                .map(t -> messages.get("alert.count", rules.wording(t).label(), byTier.get(t)))
                .collect(Collectors.joining("  ·  ")));
        boolean callNow = byTier.get(AlertTier.CALL_NOW) > 0;
        getStyleClass().removeAll("alert-panel-call-now", "alert-panel-tell-soon");
        getStyleClass().add(callNow ? "alert-panel-call-now" : "alert-panel-tell-soon");
        // the most urgent tier's icon and colour stay in sight while the list below is scrolled to a card
        AlertTier urgent = callNow ? AlertTier.CALL_NOW : AlertTier.TELL_SOON;
        counts.setGraphic(open.isEmpty() ? null : TierLook.icon(urgent));
        counts.getStyleClass().removeAll(TierLook.styleClass(AlertTier.CALL_NOW),
                TierLook.styleClass(AlertTier.TELL_SOON));
        counts.getStyleClass().add(TierLook.styleClass(urgent));
        sheetSlot.getChildren().setAll(callNow ? model.emergencySheet().map(this::emergencySheetButton).stream()
                .toList() : List.of());
    }

    private VBox section(AlertTier tier, List<Alert> alerts) {
        TierWording words = model.rules().wording(tier);
        Label heading = TierLook.label(tier, words.heading());
        heading.setId("alert-heading-" + tier.code());
        heading.setWrapText(true);
        heading.getStyleClass().add("alert-tier-heading");
        Label advice = new Label(words.advice());
        advice.setId("alert-advice-" + tier.code());
        advice.setWrapText(true);
        // no Alt+letter here: Alt+O is the alert's own "Why?", and JavaFX only moves between links sharing a letter
        Node source = AlertSources.behindWhy("tier-" + tier.code(), "alert-tier-source-" + tier.code(),
                words.sources(), messages.get("alert.why.advice.link"), messages.get("alert.why.advice"),
                messages.get("alert.why.advice.accessible"));
        VBox section = new VBox(6, heading, advice);
        for (Alert alert : alerts) {
            section.getChildren().add(new AlertCard(alert, model, wording, messages));
        }
        section.getChildren().add(source);
        section.setId("alert-tier-" + tier.code());
        section.getStyleClass().addAll("alert-tier", TierLook.styleClass(tier));
        return section;
    }

    /** The sheet to take to the emergency department: this button, then Save in the chooser. */
    private Node emergencySheetButton(Runnable action) {
        Button button = Forms.button("alert-emergency-sheet", messages.get("emergency.button"), action);
        button.getStyleClass().add("emergency-sheet-button");
        button.setTooltip(new javafx.scene.control.Tooltip(messages.get("emergency.button.hint")));
        button.setAccessibleHelp(messages.get("emergency.button.hint"));
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return button;
    }

    private void showNumbers() {
        ObservableList<CareContact> contacts = model.contacts();
        numbers.getChildren().clear();
        Label title = new Label(messages.get(contacts.isEmpty() ? "alert.noNumber" : "alert.numbers"));
        title.setWrapText(true);
        numbers.getChildren().add(title);
        for (CareContact contact : contacts) {
            String hours = contact.hours().isEmpty() ? "" : " (" + contact.hours() + ")";
            Label line = new Label(contact.name() + ": " + contact.phone() + hours);
            line.getStyleClass().add("alert-number");
            numbers.getChildren().add(line);
        }
        addNumber.setVisible(contacts.isEmpty());
        addNumber.setManaged(contacts.isEmpty());
    }
}
