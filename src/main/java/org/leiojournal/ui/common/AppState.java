package org.leiojournal.ui.common;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.profile.CareContact;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.PriorAnthracycline;
import org.leiojournal.ui.common.UndoDelete;

/**
 * What the screens share, as observable values: the profile, the symptom items, the care contacts, the courses
 * of treatment and any anthracycline from before them, the appointments, the alerts not yet acknowledged, the screen shown, the entry being edited, and a
 * revision number that moves whenever check-ins change.
 */
public final class AppState {

    private final ObjectProperty<Profile> profile = new SimpleObjectProperty<>(Profile.NEW);
    private final ObservableList<SymptomItem> items = FXCollections.observableArrayList();
    private final ObservableList<CareContact> contacts = FXCollections.observableArrayList();
    private final ObservableList<Course> courses = FXCollections.observableArrayList();
    private final ObjectProperty<PriorAnthracycline> priorAnthracycline =
            new SimpleObjectProperty<>(PriorAnthracycline.NONE);
    private final ObservableList<Appointment> appointments = FXCollections.observableArrayList();
    private final ObservableList<Alert> openAlerts = FXCollections.observableArrayList();
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.TODAY);
    private final ObjectProperty<CheckIn> entryToEdit = new SimpleObjectProperty<>();
    private final IntegerProperty journalRevision = new SimpleIntegerProperty();
    private final UndoDelete undo = new UndoDelete();

    public AppState() {
        // moving on to other work ends the offer to undo the last delete (D12)
        screen.addListener(o -> undo.forget());
        entryToEdit.addListener(o -> undo.forget());
    }

    public ObjectProperty<Profile> profileProperty() { return profile; }
    public Profile profile() { return profile.get(); }
    public ObservableList<SymptomItem> items() { return items; }
    public ObservableList<CareContact> contacts() { return contacts; }
    public ObservableList<Course> courses() { return courses; }
    /** Anthracycline given before this journal, as the user's team converted it; the heart sign counts it. */
    public ObjectProperty<PriorAnthracycline> priorAnthracyclineProperty() { return priorAnthracycline; }

    /** Whether anthracycline given before this journal is recorded: the heart sign is then asked for good. */
    public boolean hasPriorAnthracycline() {
        return priorAnthracycline.get().mgPerSquareMetre().signum() > 0;
    }
    /** Every appointment, earliest first, as last read from or written to the journal. */
    public ObservableList<Appointment> appointments() { return appointments; }
    /** "Contact your care team" alerts the user has not yet marked as read, oldest first. */
    public ObservableList<Alert> openAlerts() { return openAlerts; }
    public ObjectProperty<Screen> screenProperty() { return screen; }
    public ObjectProperty<CheckIn> entryToEditProperty() { return entryToEdit; }
    public IntegerProperty journalRevisionProperty() { return journalRevision; }
    /** The last delete, while it can still be undone. */
    public UndoDelete undo() { return undo; }

    public List<SymptomItem> activeItems() {
        return items.stream().filter(i -> !i.retired()).toList();
    }

    public void journalChanged() {
        journalRevision.set(journalRevision.get() + 1);
    }
}
