package org.leiojournal.ui.today;

import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.alert.EmergencyList;
import org.leiojournal.ui.common.Messages;

/** The signs that mean "call emergency services", not the care team: as one paragraph or as a list. */
final class EmergencyNote {

    private EmergencyNote() {
    }

    /** One wrapped paragraph, for the alert panel where space is short. */
    static Label paragraph(String id, EmergencyList list, Messages messages) {
        Label text = new Label(messages.get("alert.emergency.heading") + " "
                + list.signs().stream().collect(Collectors.joining("; ")) + ".");
        text.setId(id);
        text.setWrapText(true);
        text.getStyleClass().add("alert-emergency");
        return text;
    }

    /** A heading and one line per sign, for the bottom of the signs card. */
    static VBox list(String id, EmergencyList list, Messages messages) {
        Label heading = new Label(messages.get("alert.emergency.heading"));
        heading.setWrapText(true);
        heading.getStyleClass().add("alert-emergency-heading");
        VBox box = new VBox(4, heading);
        box.setId(id);
        box.getStyleClass().add("emergency-list");
        for (String sign : list.signs()) {
            Label line = new Label("•  " + sign);
            line.setWrapText(true);
            box.getChildren().add(line);
        }
        return box;
    }
}
