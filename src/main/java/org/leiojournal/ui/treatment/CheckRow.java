package org.leiojournal.ui.treatment;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.leiojournal.domain.treatment.CheckDraft;

/** One editable check of the course form: what, the drug it goes with, and the days around each or its first dose. */
public final class CheckRow {

    private final CheckDraft original;
    private final StringProperty what = new SimpleStringProperty("");
    private final StringProperty drug = new SimpleStringProperty("");
    private final StringProperty days = new SimpleStringProperty("");
    private final BooleanProperty fromFirstDose = new SimpleBooleanProperty();

    CheckRow(CheckDraft draft) {
        this.original = draft;
        what.set(draft.what());
        drug.set(draft.drug());
        days.set(draft.offsetsText());
        fromFirstDose.set(draft.fromFirstDose());
    }

    public int phase() { return original.phase(); }
    public StringProperty whatProperty() { return what; }
    public StringProperty drugProperty() { return drug; }
    public StringProperty daysProperty() { return days; }
    public BooleanProperty fromFirstDoseProperty() { return fromFirstDose; }

    CheckDraft toDraft() {
        return new CheckDraft(original.phase(), what.get(), drug.get(), days.get(), fromFirstDose.get(),
                original.fixedDays(), original.original());
    }
}
