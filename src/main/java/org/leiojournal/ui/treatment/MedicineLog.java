package org.leiojournal.ui.treatment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.leiojournal.domain.treatment.Medicine;
import org.leiojournal.domain.treatment.MedicineDose;
import org.leiojournal.domain.treatment.MedicineTimetable;
import org.leiojournal.storage.MedicineRepository;
import org.leiojournal.ui.common.BackgroundTasks;
import org.leiojournal.ui.common.DialogService;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.UiContext;

/**
 * The medicines and the recent taken log, shared by the Medicines pane and the Today card so that a dose ticked on
 * one shows on the other. Every change goes to the journal first and is then read back; {@link #revisionProperty()}
 * moves once both lists hold the new state.
 */
public final class MedicineLog {

    /** How far back the taken log on screen reaches, today included. */
    public static final int LOG_DAYS = 14;

    private final MedicineRepository repository;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final ObservableList<Medicine> medicines = FXCollections.observableArrayList();
    private final ObservableList<MedicineDose> recentDoses = FXCollections.observableArrayList();
    private final ObservableList<Medicine> medicinesView = FXCollections.unmodifiableObservableList(medicines);
    private final ObservableList<MedicineDose> dosesView = FXCollections.unmodifiableObservableList(recentDoses);
    private final IntegerProperty revision = new SimpleIntegerProperty();

    public MedicineLog(MedicineRepository repository, UiContext ui) {
        this.repository = repository;
        this.tasks = ui.tasks();
        this.dialogs = ui.dialogs();
        this.messages = ui.messages();
        this.clock = ui.clock();
        reload();
    }

    /** Every medicine, as stored. */
    public ObservableList<Medicine> medicines() { return medicinesView; }
    /** Doses taken in the last {@value #LOG_DAYS} days, newest first. */
    public ObservableList<MedicineDose> recentDoses() { return dosesView; }
    public ReadOnlyIntegerProperty revisionProperty() { return revision; }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }

    public Clock clock() {
        return clock;
    }

    public MedicineTimetable timetable() {
        return new MedicineTimetable(medicines, recentDoses);
    }

    /** Reads the medicines and the recent log again, for example when the day has changed. */
    public void reload() {
        LocalDate today = today();
        tasks.run(() -> new Snapshot(repository.all(), repository.dosesBetween(today.minusDays(LOG_DAYS - 1), today)),
                snapshot -> {
                    medicines.setAll(snapshot.medicines());
                    recentDoses.setAll(snapshot.doses());
                    revision.set(revision.get() + 1);
                }, e -> dialogs.showError(messages.get("error.read.title"), messages.get("error.read.body")));
    }

    /**
     * Runs one change against the journal in the background, then re-reads it and calls {@code onSaved}. A failure
     * shows the save-failure dialog and calls {@code onFailure}; what the user typed stays on screen.
     */
    <T> void change(Function<MedicineRepository, T> work, Consumer<T> onSaved, Runnable onFailure) {
        tasks.run(() -> work.apply(repository), saved -> {
            reload();
            onSaved.accept(saved);
        }, e -> {
            onFailure.run();
            dialogs.showSaveFailure();
        });
    }

    /** "Ondansetron 8 mg": the name, and the dose when there is one. */
    public static String nameAndDose(Medicine medicine) {
        return medicine.dose().isEmpty() ? medicine.name() : medicine.name() + " " + medicine.dose();
    }

    private record Snapshot(List<Medicine> medicines, List<MedicineDose> doses) {
    }
}
