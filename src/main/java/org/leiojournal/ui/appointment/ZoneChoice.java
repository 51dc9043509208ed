package org.leiojournal.ui.appointment;

import java.time.ZoneId;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import org.leiojournal.ui.common.Converters;
import org.leiojournal.ui.common.ListWhenShownSkin;

/**
 * The box that chooses an appointment's time zone by city. It lists zone ids, not {@link ZoneId}s: making a
 * {@code ZoneId} reads that zone's rules, and reading ~600 zones' rules to fill the box was 40 % of the
 * Appointments screen's first visit (issue 21). Only the zone chosen becomes a {@code ZoneId}.
 */
final class ZoneChoice {

    private ZoneChoice() {
    }

    /** A box showing and setting {@code zone}, its width in em (leio.css) rather than measured over every name. */
    static ComboBox<String> of(ObjectProperty<ZoneId> zone) {
        // its list made when first opened, not styled hidden in the form's frame; its width is set in em, so the
        // skin never measures the ~600 names
        ComboBox<String> box = ListWhenShownSkin.install(new ComboBox<>());
        box.setId("appointment-zone");
        box.getItems().setAll(AppointmentFormats.zonesByCity());
        box.setConverter(Converters.shown(AppointmentFormats::zoneName));
        box.setVisibleRowCount(12);
        box.getStyleClass().add("zone-choice");
        box.setValue(zone.get() == null ? null : zone.get().getId());
        zone.addListener((o, old, now) -> box.setValue(now == null ? null : now.getId()));
        box.valueProperty().addListener((o, old, id) -> {
            ZoneId chosen = id == null ? null : ZoneId.of(id);
            if (!java.util.Objects.equals(chosen, zone.get())) {
                zone.set(chosen);
            }
        });
        return box;
    }
}
