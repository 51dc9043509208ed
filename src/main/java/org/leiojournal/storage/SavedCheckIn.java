package org.leiojournal.storage;

import java.util.List;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.symptom.CheckIn;

/** A check-in as saved, with every alert it now carries: those acknowledged before and those just raised. */
public record SavedCheckIn(CheckIn entry, List<Alert> alerts) {

    public SavedCheckIn {
        alerts = List.copyOf(alerts);
    }

    public List<Alert> openAlerts() {
        return alerts.stream().filter(Alert::isOpen).toList();
    }
}
