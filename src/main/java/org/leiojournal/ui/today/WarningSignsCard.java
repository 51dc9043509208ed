package org.leiojournal.ui.today;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.alert.WarningSign;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.Style;

/**
 * "Since your last check-in, have you noticed…": one check box per warning sign asked about (Tab reaches each,
 * Space ticks it), saved with the check-in; below them, the signs that need emergency services instead.
 */
public final class WarningSignsCard extends VBox {

    private final SignsViewModel model;
    private final VBox boxes = new VBox(8);
    private final List<Runnable> unbind = new ArrayList<>();

    public WarningSignsCard(SignsViewModel model, Messages messages) {
        super(10);
        this.model = model;
        setId("signs-card");
        getStyleClass().add(Style.CARD);
        Label title = Forms.cardTitle(messages.get("signs.title"));
        title.setWrapText(true);
        boxes.setId("signs-list");
        getChildren().addAll(title, Forms.hint(messages.get("signs.hint")), boxes,
                EmergencyNote.list("signs-emergency", model.emergency(), messages));
        model.shown().addListener((ListChangeListener<WarningSign>) c -> build());
        build();
    }

    private void build() {
        unbind.forEach(Runnable::run);
        unbind.clear();
        boxes.getChildren().clear();
        for (WarningSign sign : model.shown()) {
            CheckBox box = new CheckBox(sign.text());
            box.setId("sign-" + sign.code());
            box.setWrapText(true);
            box.setMnemonicParsing(false);
            BooleanProperty ticked = model.ticked(sign.code());
            box.selectedProperty().bindBidirectional(ticked);
            unbind.add(() -> box.selectedProperty().unbindBidirectional(ticked));
            boxes.getChildren().add(box);
        }
    }
}
