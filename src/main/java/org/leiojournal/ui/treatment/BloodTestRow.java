package org.leiojournal.ui.treatment;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.leiojournal.domain.lab.BloodTestDraft;
import org.leiojournal.domain.lab.LabTest;
import org.leiojournal.domain.lab.LabUnit;

/** One test's line of the blood test form: the value, the unit on the printout and the lab's range, as typed. */
public final class BloodTestRow {

    private final LabTest test;
    private final StringProperty value = new SimpleStringProperty("");
    private final ObjectProperty<LabUnit> unit = new SimpleObjectProperty<>();
    private final StringProperty low = new SimpleStringProperty("");
    private final StringProperty high = new SimpleStringProperty("");

    BloodTestRow(LabTest test) {
        this.test = test;
        unit.set(test.units().isEmpty() ? null : test.mainUnit());
    }

    public LabTest test() { return test; }
    public StringProperty valueProperty() { return value; }
    /** The unit chosen; null for a dipstick, which has printed words instead. */
    public ObjectProperty<LabUnit> unitProperty() { return unit; }
    public StringProperty lowProperty() { return low; }
    public StringProperty highProperty() { return high; }

    BloodTestDraft.Row draft() {
        return new BloodTestDraft.Row(test.id(), value.get(), unit.get() == null ? "" : unit.get().ucum(), low.get(),
                high.get());
    }

    /** Empties the typed values; the unit stays, as the same lab prints the same units next time. */
    void clear() {
        value.set("");
        low.set("");
        high.set("");
    }
}
