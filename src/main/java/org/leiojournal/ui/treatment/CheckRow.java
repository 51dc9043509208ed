package org.leiojournal.ui.treatment;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.leiojournal.domain.treatment.CheckDraft;

/** One editable check of the course form: what, and on which cycle days. */
public final class CheckRow {

    private final CheckDraft original;
    private final StringProperty what = new SimpleStringProperty("");
    private final StringProperty days = new SimpleStringProperty("");

    CheckRow(CheckDraft draft) {
        this.original = draft;
        what.set(draft.what());
        days.set(draft.daysText());
    }

    public int phase() { return original.phase(); }
    public StringProperty whatProperty() { return what; }
    public StringProperty daysProperty() { return days; }

    CheckDraft toDraft() {
        return new CheckDraft(original.phase(), what.get(), days.get(), original.original());
    }
}
