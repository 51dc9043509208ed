package org.leiojournal.ui.today;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.profile.CareContact;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;

/**
 * "Contact your care team now", at the top of Today while any alert is open: every open alert with its "I have
 * read this", the care team's numbers (or a way to add one) and the emergency list. It never suggests waiting and
 * checking again.
 */
final class AlertPanel extends VBox {

    /** Beyond this the alerts scroll, so the check-in form stays in view. */
    private static final double MAX_LIST_HEIGHT = 200;

    private final AlertsViewModel model;
    private final Messages messages;
    private final AlertWording wording;
    private final VBox cards = new VBox(10);
    private final VBox numbers = new VBox(4);
    private final Button addNumber;

    AlertPanel(AlertsViewModel model, Messages messages, Runnable onAddNumber) {
        super(8);
        this.model = model;
        this.messages = messages;
        this.wording = new AlertWording(messages, model.rules());
        setId("alert-panel");
        getStyleClass().add("alert-panel");

        Label heading = new Label(messages.get("alert.heading"));
        heading.setId("alert-heading");
        heading.getStyleClass().add("alert-heading");
        Label advice = new Label(messages.get("alert.advice"));
        advice.setWrapText(true);
        cards.setId("alert-list");
        ScrollPane list = new ScrollPane(cards);
        list.setFitToWidth(true);
        list.getStyleClass().add("plain-scroll");
        list.prefViewportHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(MAX_LIST_HEIGHT, cards.getLayoutBounds().getHeight()), cards.layoutBoundsProperty()));
        numbers.setId("alert-numbers");
        addNumber = Forms.button("alert-add-number", messages.get("alert.addNumber"), onAddNumber);
        getChildren().addAll(heading, advice, list, numbers, addNumber,
                EmergencyNote.paragraph("alert-emergency", model.rules().emergency(), messages));

        ObservableList<Alert> open = model.open();
        visibleProperty().bind(Bindings.isNotEmpty(open));
        managedProperty().bind(visibleProperty());
        open.addListener((ListChangeListener<Alert>) c -> showAlerts());
        model.state().contacts().addListener((ListChangeListener<CareContact>) c -> showNumbers());
        model.state().profileProperty().addListener((o, old, now) -> showAlerts()); // the unit may have changed
        showAlerts();
        showNumbers();
    }

    private void showAlerts() {
        cards.getChildren().clear();
        for (Alert alert : model.open()) {
            cards.getChildren().add(new AlertCard(alert, model, wording, messages));
        }
    }

    private void showNumbers() {
        ObservableList<CareContact> contacts = model.state().contacts();
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
