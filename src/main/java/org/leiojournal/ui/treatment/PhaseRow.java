package org.leiojournal.ui.treatment;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The cycle length and the number of planned cycles of one phase, as typed. */
public final class PhaseRow {

    private final String name;
    private final boolean continuous;
    private final StringProperty length = new SimpleStringProperty("");
    private final StringProperty count = new SimpleStringProperty("");

    PhaseRow(String name, boolean continuous, String length, String count) {
        this.name = name;
        this.continuous = continuous;
        this.length.set(length);
        this.count.set(count);
    }

    public String name() { return name; }
    public boolean continuous() { return continuous; }
    public StringProperty lengthProperty() { return length; }
    public StringProperty countProperty() { return count; }
}
