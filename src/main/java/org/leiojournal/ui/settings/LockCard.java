package org.leiojournal.ui.settings;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.lock.LockViewModel;

/** App lock in Settings: off, with what it does and does not do; or on, with Lock now and Turn off…. */
final class LockCard extends VBox {

    LockCard(LockViewModel model, Messages messages) {
        super(10);
        Button on = Forms.button("lock-turn-on", messages.get("lock.turnOn"),
                () -> LockSetupDialog.ask(getScene().getWindow(), model, messages));
        VBox off = new VBox(8, Forms.hint(messages.get("lock.off.hint")), on);
        Label status = Forms.hint("");
        status.setId("lock-status");
        status.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get("lock.on.status", model.idleMinutesProperty().get()), model.idleMinutesProperty()));
        Button now = Forms.button("lock-now", messages.get("lock.now"), model::lock);
        Button turnOff = Forms.button("lock-turn-off", messages.get("lock.turnOff"),
                () -> LockSetupDialog.askToTurnOff(getScene().getWindow(), model, messages));
        VBox onBox = new VBox(8, status, new HBox(8, now, turnOff));
        off.visibleProperty().bind(model.enabledProperty().not());
        off.managedProperty().bind(off.visibleProperty());
        onBox.visibleProperty().bind(model.enabledProperty());
        onBox.managedProperty().bind(onBox.visibleProperty());
        getChildren().addAll(off, onBox);
    }
}
