package org.leiojournal.ui.treatment;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.leiojournal.domain.treatment.LowCountDraft;

/** One editable low-count window of the course form: which drug it follows, first and last cycle day. */
public final class LowCountRow {

    private final LowCountDraft original;
    private final StringProperty label = new SimpleStringProperty("");
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");

    LowCountRow(LowCountDraft draft) {
        this.original = draft;
        label.set(draft.label());
        from.set(draft.fromText());
        to.set(draft.toText());
    }

    public int phase() { return original.phase(); }
    public StringProperty labelProperty() { return label; }
    public StringProperty fromProperty() { return from; }
    public StringProperty toProperty() { return to; }

    LowCountDraft toDraft() {
        return new LowCountDraft(original.phase(), label.get(), from.get(), to.get(), original.sources());
    }
}
