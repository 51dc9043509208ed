package org.leiojournal.ui.today;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.alert.TemperatureAlert;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.profile.CareContact;
import org.leiojournal.ui.common.Messages;

/**
 * "Contact your care team now": what was measured, which threshold fired, and the numbers to call — or a way
 * to add one. It never suggests waiting and re-checking.
 */
final class AlertPanel extends VBox {

    private final Messages messages;
    private final ObservableList<CareContact> contacts;
    private final Label measured = new Label();
    private final VBox numbers = new VBox(4);
    private final Button addNumber;

    AlertPanel(Messages messages, ObservableList<CareContact> contacts, Runnable onAddNumber, Runnable onDismiss) {
        this.messages = messages;
        this.contacts = contacts;
        setId("alert-panel");
        getStyleClass().add("alert-panel");
        setAccessibleRole(javafx.scene.AccessibleRole.TEXT);

        Label heading = new Label(messages.get("alert.heading"));
        heading.setId("alert-heading");
        heading.getStyleClass().add("alert-heading");
        measured.setId("alert-measured");
        measured.setWrapText(true);
        measured.getStyleClass().add("alert-body");
        Label advice = new Label(messages.get("alert.advice"));
        advice.setWrapText(true);
        Label emergency = new Label(messages.get("alert.emergency"));
        emergency.setWrapText(true);
        emergency.getStyleClass().add("alert-emergency");

        addNumber = new Button(messages.get("alert.addNumber"));
        addNumber.setId("alert-add-number");
        addNumber.setOnAction(e -> onAddNumber.run());
        Button dismiss = new Button(messages.get("alert.dismiss"));
        dismiss.setId("alert-dismiss");
        dismiss.setOnAction(e -> onDismiss.run());

        numbers.setId("alert-numbers");
        getChildren().addAll(heading, measured, numbers, advice, emergency, new HBox(8, addNumber, dismiss));
        contacts.addListener((ListChangeListener<CareContact>) c -> showNumbers());
        showNumbers();
    }

    void show(TemperatureAlert alert, String when, TemperatureUnit userUnit) {
        String value = alert.measured().display();
        String threshold = temperature(alert.thresholdCelsius(), userUnit);
        String key = alert.kind() == TemperatureAlert.Kind.AT_OR_ABOVE_THRESHOLD ? "alert.high" : "alert.low";
        // a no-break space keeps "37.5 °C" together when the sentence wraps
        measured.setText(messages.get(key, value, when, threshold).replace(" °", "\u00A0°"));
        setAccessibleText(messages.get("alert.heading") + ". " + measured.getText());
    }

    private void showNumbers() {
        numbers.getChildren().clear();
        if (contacts.isEmpty()) {
            numbers.getChildren().add(new Label(messages.get("alert.noNumber")));
        }
        for (CareContact contact : contacts) {
            String hours = contact.hours().isEmpty() ? "" : " (" + contact.hours() + ")";
            Label line = new Label(contact.name() + ": " + contact.phone() + hours);
            line.getStyleClass().add("alert-number");
            numbers.getChildren().add(line);
        }
        addNumber.setVisible(contacts.isEmpty());
        addNumber.setManaged(contacts.isEmpty());
    }

    /** A threshold in the user's unit, with °C beside °F so it matches what the team wrote down. */
    static String temperature(BigDecimal celsius, TemperatureUnit unit) {
        String c = celsius.setScale(1, RoundingMode.HALF_UP).toPlainString() + " °C";
        if (unit == TemperatureUnit.CELSIUS) {
            return c;
        }
        return unit.fromCelsius(celsius).setScale(1, RoundingMode.HALF_UP).toPlainString() + " °F (" + c + ")";
    }
}
