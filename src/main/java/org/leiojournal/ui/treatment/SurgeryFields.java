package org.leiojournal.ui.treatment;

import java.time.LocalDate;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;
import org.leiojournal.domain.treatment.Surgery;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Validated;

/** The operation form's fields as typed: what editing an operation fills in and what a save checks. */
public record SurgeryFields(ObjectProperty<LocalDate> date, StringProperty procedure, StringProperty site,
                            StringProperty note) {

    static SurgeryFields empty() {
        return new SurgeryFields(new SimpleObjectProperty<>(), new SimpleStringProperty(""),
                new SimpleStringProperty(""), new SimpleStringProperty(""));
    }

    /** Each field's problem goes as soon as the user changes that field. */
    void clearProblemsOnChange(ObservableMap<FieldId, String> errors) {
        Map.<FieldId, Observable>of(Surgery.Field.DATE, date, Surgery.Field.PROCEDURE, procedure,
                Surgery.Field.SITE, site, Surgery.Field.NOTE, note).forEach((field, value) -> value.addListener(o -> errors.remove(field)));
    }

    /** Shows {@code surgery}, or empties the form for a new one when it is null. */
    void show(Surgery surgery) {
        if (surgery == null) {
            fill(null, "", "", "");
        } else {
            fill(surgery.date(), surgery.procedure(), surgery.site(), surgery.note());
        }
    }

    Validated<Surgery> validate(long id) {
        return Surgery.validate(id, date.get(), procedure.get(), site.get(), note.get());
    }

    private void fill(LocalDate day, String name, String where, String text) {
        date.set(day);
        procedure.set(name);
        site.set(where);
        note.set(text);
    }
}
