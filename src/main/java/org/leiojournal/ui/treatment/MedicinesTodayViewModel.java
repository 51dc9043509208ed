package org.leiojournal.ui.treatment;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.leiojournal.domain.treatment.Medicine;
import org.leiojournal.domain.treatment.MedicineDose;
import org.leiojournal.domain.treatment.MedicineDraft;
import org.leiojournal.domain.treatment.MedicineDue;
import org.leiojournal.domain.treatment.MedicineTimetable;
import org.leiojournal.domain.validation.Validated;
import org.leiojournal.ui.common.Messages;

/**
 * Today's medicines: each set-time dose due today, to tick as taken (unticking takes it back), and each as-needed
 * medicine with a button that logs a dose now, by the app's clock, with an undo for the last one logged.
 */
public final class MedicinesTodayViewModel {

    private final MedicineLog data;
    private final Messages messages;
    private final ObservableList<MedicineDue> due = FXCollections.observableArrayList();
    private final ObservableList<Medicine> asNeeded = FXCollections.observableArrayList();
    private final ObjectProperty<MedicineDose> lastLogged = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private MedicineTimetable timetable = new MedicineTimetable(List.of(), List.of());
    private LocalDate today;

    public MedicinesTodayViewModel(MedicineLog data, Messages messages) {
        this.data = data;
        this.messages = messages;
        data.revisionProperty().addListener(o -> refresh());
        refresh();
    }

    /** The set-time doses due today, by time. */
    public ObservableList<MedicineDue> due() { return due; }
    /** The as-needed medicines being taken today, by name. */
    public ObservableList<Medicine> asNeeded() { return asNeeded; }
    /** The as-needed dose logged last from this card, until it is undone or the undo is dismissed. */
    public ReadOnlyObjectProperty<MedicineDose> lastLoggedProperty() { return lastLogged; }
    public ReadOnlyStringProperty statusProperty() { return status; }

    /** Reads the journal again: call when the Today screen is shown, so a new day shows its own doses. */
    public void refresh() {
        if (today != null && !today.equals(data.today())) {
            today = data.today();
            data.reload();
            return;
        }
        today = data.today();
        timetable = data.timetable();
        due.setAll(timetable.dueOn(today));
        asNeeded.setAll(timetable.asNeededOn(today));
    }

    /** Marks a due dose taken now, or takes the tick back. */
    public void setTaken(MedicineDue dose, boolean taken) {
        if (dose == null || dose.isTaken() == taken) {
            return;
        }
        String what = MedicineLog.nameAndDose(dose.medicine());
        String time = MedicineDraft.time(dose.time());
        if (taken) {
            MedicineDose tick = MedicineDose.scheduled(dose.medicine(), dose.time(), data.now());
            data.change(repo -> repo.logDose(tick), saved ->
                    status.set(messages.get("medicines.today.ticked", what, time)), this::notSaved);
        } else {
            long id = dose.taken().orElseThrow().id();
            data.change(repo -> {
                repo.undoDose(id);
                return id;
            }, removed -> status.set(messages.get("medicines.today.unticked", what, time)), this::notSaved);
        }
    }

    /** Logs one dose of an as-needed medicine, taken now. */
    public void logDose(Medicine medicine) {
        if (medicine == null) {
            return;
        }
        Validated<MedicineDose> dose = MedicineDose.asNeeded(medicine, data.now(), data.clock());
        if (!dose.isValid()) {
            status.set(messages.problem(dose.problems().get(0)));
            return;
        }
        data.change(repo -> repo.logDose(dose.value().orElseThrow()), saved -> {
            lastLogged.set(saved);
            status.set(messages.get("medicines.today.logged", MedicineLog.nameAndDose(medicine), time(saved)));
        }, this::notSaved);
    }

    /** Takes the last logged as-needed dose back out of the log. */
    public void undoLastLog() {
        MedicineDose dose = lastLogged.get();
        if (dose == null) {
            return;
        }
        data.change(repo -> {
            repo.undoDose(dose.id());
            return dose;
        }, removed -> {
            lastLogged.set(null);
            status.set(messages.get("medicines.today.undone"));
        }, this::notSaved);
    }

    public void dismissUndo() {
        lastLogged.set(null);
    }

    /** "08:00 — Ondansetron 8 mg". */
    public String label(MedicineDue dose) {
        return messages.get("medicines.today.dose", MedicineDraft.time(dose.time()),
                MedicineLog.nameAndDose(dose.medicine()));
    }

    /** "taken at 09:30", or empty while not taken. */
    public String takenNote(MedicineDue dose) {
        return dose.taken().map(d -> messages.get("medicines.today.takenAt", time(d))).orElse("");
    }

    /** "Metoclopramide 10 mg — taken today: 2, last at 14:05", or "… — not taken today". */
    public String summary(Medicine medicine) {
        List<MedicineDose> taken = timetable.asNeededTakenOn(medicine.id(), today);
        return taken.isEmpty() ? messages.get("medicines.today.notTaken", MedicineLog.nameAndDose(medicine))
                : messages.get("medicines.today.takenCount", MedicineLog.nameAndDose(medicine), taken.size(),
                        time(taken.get(taken.size() - 1)));
    }

    /** What the undo bar says about the last logged dose. */
    public String lastLoggedMessage() {
        MedicineDose dose = lastLogged.get();
        if (dose == null) {
            return "";
        }
        String name = data.medicines().stream().filter(m -> m.id() == dose.medicineId()).map(MedicineLog::nameAndDose)
                .findFirst().orElse("");
        return messages.get("medicines.today.logged", name, time(dose));
    }

    private static String time(MedicineDose dose) {
        return MedicineDraft.time(dose.takenAt().toLocalTime());
    }

    /** Shows the journal's state again, so a box ticked while the save failed is unticked. */
    private void notSaved() {
        refresh();
        status.set(messages.get("checkIn.status.notSaved"));
    }
}
