package org.leiojournal.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.lock.LockViewModel;

/**
 * App lock in Settings: off, with what it does and does not do; or on, with Lock now and Turn off…. Only the part
 * for the lock's state is made, the other when the lock first changes to it: a hidden part was still styled with the
 * card in Settings' first visit (issue 21).
 */
final class LockCard extends VBox {

    private final LockViewModel model;
    private final Messages messages;
    private Node off;
    private Node on;

    LockCard(LockViewModel model, Messages messages) {
        super(10);
        this.model = model;
        this.messages = messages;
        model.enabledProperty().addListener((o, was, enabled) -> show(enabled));
        show(model.enabledProperty().get());
    }

    private void show(boolean enabled) {
        getChildren().setAll(enabled ? on() : off());
    }

    private Node off() {
        if (off == null) {
            Button turnOn = Forms.button("lock-turn-on", messages.get("lock.turnOn"),
                    () -> LockSetupDialog.ask(getScene().getWindow(), model, messages));
            off = new VBox(8, Forms.hint(messages.get("lock.off.hint")), turnOn);
        }
        return off;
    }

    private Node on() {
        if (on == null) {
            Label status = Forms.hint("");
            status.setId("lock-status");
            status.textProperty().bind(Bindings.createStringBinding(
                    () -> messages.get("lock.on.status", model.idleMinutesProperty().get()),
                    model.idleMinutesProperty()));
            Button now = Forms.button("lock-now", messages.get("lock.now"), model::lock);
            Button turnOff = Forms.button("lock-turn-off", messages.get("lock.turnOff"),
                    () -> LockSetupDialog.askToTurnOff(getScene().getWindow(), model, messages));
            on = new VBox(8, status, new HBox(8, now, turnOff));
        }
        return on;
    }
}
