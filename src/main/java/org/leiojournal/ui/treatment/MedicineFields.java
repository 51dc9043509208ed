package org.leiojournal.ui.treatment;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;
import org.leiojournal.domain.treatment.MedicineDraft;
import org.leiojournal.domain.treatment.MedicineSchedule;
import org.leiojournal.domain.treatment.MedicineValidator;
import org.leiojournal.domain.validation.FieldId;

/**
 * The medicine form's fields as typed. {@code times}: the set times, "08:00, 20:00", not used while the schedule is
 * as needed; {@code end}: the last day, or null while the medicine goes on.
 */
public record MedicineFields(StringProperty name, StringProperty dose, ObjectProperty<MedicineSchedule> schedule,
                             StringProperty times, ObjectProperty<LocalDate> start, ObjectProperty<LocalDate> end,
                             StringProperty note) {

    static MedicineFields empty() {
        return new MedicineFields(new SimpleStringProperty(""), new SimpleStringProperty(""),
                new SimpleObjectProperty<>(MedicineSchedule.FIXED_TIMES), new SimpleStringProperty(""),
                new SimpleObjectProperty<>(), new SimpleObjectProperty<>(), new SimpleStringProperty(""));
    }

    /** Each field's problem goes as soon as the user changes that field; a new schedule clears the times'. */
    void clearProblemsOnChange(ObservableMap<FieldId, String> errors) {
        name.addListener(o -> errors.remove(MedicineValidator.Field.NAME));
        dose.addListener(o -> errors.remove(MedicineValidator.Field.DOSE));
        times.addListener(o -> errors.remove(MedicineValidator.Field.TIMES));
        schedule.addListener(o -> errors.remove(MedicineValidator.Field.TIMES));
        start.addListener(o -> errors.remove(MedicineValidator.Field.START));
        end.addListener(o -> errors.remove(MedicineValidator.Field.END));
        note.addListener(o -> errors.remove(MedicineValidator.Field.NOTE));
    }

    void show(MedicineDraft draft) {
        name.set(draft.name());
        dose.set(draft.dose());
        schedule.set(draft.schedule());
        times.set(draft.times());
        start.set(draft.start());
        end.set(draft.end());
        note.set(draft.note());
    }

    /** The medicine as typed, to be saved under {@code id} (0 for a new one); times are dropped when as needed. */
    MedicineDraft draft(long id) {
        String typedTimes = schedule.get() == MedicineSchedule.AS_NEEDED ? "" : times.get();
        return new MedicineDraft(id, name.get(), dose.get(), schedule.get(), typedTimes, start.get(), end.get(),
                note.get());
    }
}
