package org.leiojournal.ui.treatment;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.leiojournal.domain.treatment.DoseUnit;
import org.leiojournal.domain.treatment.DrugDraft;
import org.leiojournal.domain.treatment.Route;

/** One editable drug row of the course form. */
public final class DrugRow {

    private final int phase;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final ObjectProperty<DoseUnit> unit = new SimpleObjectProperty<>(DoseUnit.MG_PER_M2);
    private final ObjectProperty<Route> route = new SimpleObjectProperty<>(Route.INTRAVENOUS);
    private final StringProperty days = new SimpleStringProperty("");

    DrugRow(DrugDraft draft) {
        this.phase = draft.phase();
        name.set(draft.name());
        amount.set(draft.amountText());
        unit.set(draft.unit());
        route.set(draft.route());
        days.set(draft.daysText());
    }

    public int phase() { return phase; }
    public StringProperty nameProperty() { return name; }
    public StringProperty amountProperty() { return amount; }
    public ObjectProperty<DoseUnit> unitProperty() { return unit; }
    public ObjectProperty<Route> routeProperty() { return route; }
    public StringProperty daysProperty() { return days; }

    DrugDraft toDraft() {
        return new DrugDraft(phase, name.get(), amount.get(), unit.get(), route.get(), days.get());
    }
}
