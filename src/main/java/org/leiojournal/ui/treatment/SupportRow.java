package org.leiojournal.ui.treatment;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.leiojournal.domain.treatment.SupportDraft;
import org.leiojournal.domain.treatment.SupportKind;

/** One editable supportive-medicine line of the course form; what the form does not show is kept as it came. */
public final class SupportRow {

    private final SupportDraft original;
    private final ObjectProperty<SupportKind> kind = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty drug = new SimpleStringProperty("");
    private final StringProperty offsets = new SimpleStringProperty("");
    private final BooleanProperty fromLastDose = new SimpleBooleanProperty();
    private final StringProperty strength = new SimpleStringProperty("");
    private final BooleanProperty confirmed = new SimpleBooleanProperty();

    SupportRow(SupportDraft draft) {
        this.original = draft;
        kind.set(draft.kind());
        name.set(draft.name());
        drug.set(draft.drug());
        offsets.set(draft.offsetsText());
        fromLastDose.set(draft.fromLastDose());
        strength.set(draft.strength());
        confirmed.set(draft.confirmed());
    }

    public int phase() { return original.phase(); }
    public String detail() { return original.detail(); }
    public ObjectProperty<SupportKind> kindProperty() { return kind; }
    public StringProperty nameProperty() { return name; }
    public StringProperty drugProperty() { return drug; }
    public StringProperty offsetsProperty() { return offsets; }
    public BooleanProperty fromLastDoseProperty() { return fromLastDose; }
    public StringProperty strengthProperty() { return strength; }
    public BooleanProperty confirmedProperty() { return confirmed; }

    SupportDraft toDraft() {
        return new SupportDraft(original.phase(), kind.get(), name.get(), original.detail(), drug.get(),
                offsets.get(), fromLastDose.get(), strength.get(), confirmed.get(), original.fixedDays(),
                original.sources());
    }
}
