package org.leiojournal.ui.treatment;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.leiojournal.domain.treatment.LowCountDraft;

/** One editable low-count window of the course form: the drug it follows, and the days after that drug's first day. */
public final class LowCountRow {

    private final LowCountDraft original;
    private final StringProperty drug = new SimpleStringProperty("");
    private final StringProperty days = new SimpleStringProperty("");

    LowCountRow(LowCountDraft draft) {
        this.original = draft;
        drug.set(draft.drug());
        days.set(draft.daysText());
    }

    public int phase() { return original.phase(); }
    public StringProperty drugProperty() { return drug; }
    public StringProperty daysProperty() { return days; }

    LowCountDraft toDraft() {
        return new LowCountDraft(original.phase(), drug.get(), days.get(), original.fixedDays(), original.sources());
    }
}
