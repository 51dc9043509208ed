package org.leiojournal.ui.treatment;

import java.time.LocalDate;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;
import org.leiojournal.domain.treatment.Radiotherapy;
import org.leiojournal.domain.treatment.RadiotherapyDraft;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Validated;

/**
 * The radiotherapy form's fields as typed: what editing a course fills in and what a save checks. {@code chest}: the
 * field included the chest or mediastinum.
 */
public record RadiotherapyFields(ObjectProperty<LocalDate> start, ObjectProperty<LocalDate> end,
                                 StringProperty fractions, StringProperty site, StringProperty technique,
                                 BooleanProperty chest, StringProperty note) {

    static RadiotherapyFields empty() {
        return new RadiotherapyFields(new SimpleObjectProperty<>(), new SimpleObjectProperty<>(),
                new SimpleStringProperty(""), new SimpleStringProperty(""), new SimpleStringProperty(""),
                new SimpleBooleanProperty(), new SimpleStringProperty(""));
    }

    /** Each field's problem goes as soon as the user changes that field. */
    void clearProblemsOnChange(ObservableMap<FieldId, String> errors) {
        Map.<FieldId, Observable>of(Radiotherapy.Field.START, start, Radiotherapy.Field.END, end,
                Radiotherapy.Field.FRACTIONS, fractions, Radiotherapy.Field.SITE, site,
                Radiotherapy.Field.TECHNIQUE, technique, Radiotherapy.Field.NOTE, note)
                .forEach((field, value) -> value.addListener(o -> errors.remove(field)));
    }

    /** Shows {@code course}, or empties the form for a new one when it is null. */
    void show(Radiotherapy course) {
        RadiotherapyDraft draft = course == null ? RadiotherapyDraft.blank() : RadiotherapyDraft.of(course);
        start.set(draft.start());
        end.set(draft.end());
        fractions.set(draft.fractions());
        site.set(draft.site());
        technique.set(draft.technique());
        chest.set(draft.chestOrMediastinal());
        note.set(draft.note());
    }

    Validated<Radiotherapy> validate(long id) {
        return Radiotherapy.validate(new RadiotherapyDraft(id, start.get(), end.get(), fractions.get(), site.get(),
                technique.get(), chest.get(), note.get()));
    }
}
