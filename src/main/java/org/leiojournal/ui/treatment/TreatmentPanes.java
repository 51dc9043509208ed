package org.leiojournal.ui.treatment;

import org.leiojournal.domain.treatment.Radiotherapy;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.UiContext;
import org.leiojournal.ui.common.UndoDelete;

/**
 * The treatment panes built from an open journal, for the composition root: the medicines (with the card for the
 * Today screen, which shares their data), operations and radiotherapy, and heart scans. Only the Today card is
 * built at once; the Treatment screen's panes are built when first asked for, so they cost the start nothing.
 */
public final class TreatmentPanes {

    private final JournalStore store;
    private final UiContext ui;
    private final Messages messages;
    private final UndoDelete undo;
    private final MedicineLog medicineLog;
    private final ProceduresViewModel proceduresModel;
    private final MedicinesTodayCard medicinesToday;
    private MedicinesPane medicines;
    private ProceduresPane procedures;
    private HeartScansPane heartScans;
    private BloodTestsPane bloodTests;

    private TreatmentPanes(JournalStore store, UiContext ui, javafx.beans.property.BooleanProperty chestRadiotherapy,
                           UndoDelete undo) {
        this.undo = undo;
        this.store = store;
        this.ui = ui;
        this.messages = ui.messages();
        medicineLog = new MedicineLog(store.medicines(), ui);
        proceduresModel = new ProceduresViewModel(store.procedures(), ui, undo);
        chestRadiotherapy.bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> proceduresModel
                .radiotherapyCourses().stream().anyMatch(Radiotherapy::chestOrMediastinal),
                proceduresModel.radiotherapyCourses()));
        medicinesToday = new MedicinesTodayCard(new MedicinesTodayViewModel(medicineLog, messages), messages);
    }

    /** @param chestRadiotherapy set while a radiotherapy course to the chest or mediastinum is on record */
    public static TreatmentPanes create(JournalStore store, UiContext ui,
                                        javafx.beans.property.BooleanProperty chestRadiotherapy) {
        return create(store, ui, chestRadiotherapy, new UndoDelete());
    }

    /** {@code undo}: the window's one undo, offered after each delete on these panes. */
    public static TreatmentPanes create(JournalStore store, UiContext ui,
                                        javafx.beans.property.BooleanProperty chestRadiotherapy, UndoDelete undo) {
        return new TreatmentPanes(store, ui, chestRadiotherapy, undo);
    }

    public MedicinesTodayCard medicinesToday() {
        return medicinesToday;
    }

    public MedicinesPane medicines() {
        if (medicines == null) {
            medicines = new MedicinesPane(new MedicinesViewModel(medicineLog, ui.dialogs(), messages, undo), messages);
        }
        return medicines;
    }

    public ProceduresPane procedures() {
        if (procedures == null) {
            procedures = new ProceduresPane(proceduresModel, messages);
        }
        return procedures;
    }

    public HeartScansPane heartScans() {
        if (heartScans == null) {
            heartScans = new HeartScansPane(new HeartScansViewModel(store.heartScans(), ui, undo), messages);
        }
        return heartScans;
    }

    public BloodTestsPane bloodTests() {
        if (bloodTests == null) {
            var catalogue = org.leiojournal.catalog.LabCatalog.bundled().all();
            bloodTests = new BloodTestsPane(new BloodTestsViewModel(store.bloodTests(), catalogue, ui, undo), messages);
            bloodTests.addCard(new TeamLevelsCard(new TeamLevelsModel(store.bloodTests(), catalogue, ui), messages));
            bloodTests.addCard(new BloodPressureLevelCard(new BloodPressureLevelModel(store.bloodTests(), ui), messages));
        }
        return bloodTests;
    }
}
