package org.leiojournal.ui.treatment;

import java.time.Clock;
import org.leiojournal.domain.treatment.Radiotherapy;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.BackgroundTasks;
import org.leiojournal.ui.common.DialogService;
import org.leiojournal.ui.common.Messages;

/**
 * The treatment panes built from an open journal, for the composition root: the medicines (with the card for the
 * Today screen, which shares their data), operations and radiotherapy, and heart scans.
 */
public record TreatmentPanes(MedicinesPane medicines, MedicinesTodayCard medicinesToday, ProceduresPane procedures,
                             HeartScansPane heartScans) {

    /** @param chestRadiotherapy set while a radiotherapy course to the chest or mediastinum is on record */
    public static TreatmentPanes create(JournalStore store, BackgroundTasks tasks, DialogService dialogs,
                                        Messages messages, Clock clock,
                                        javafx.beans.property.BooleanProperty chestRadiotherapy) {
        MedicineData medicineData = new MedicineData(store.medicines(), tasks, dialogs, messages, clock);
        ProceduresViewModel procedures = new ProceduresViewModel(store.procedures(), tasks, dialogs, messages, clock);
        chestRadiotherapy.bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> procedures
                .radiotherapyCourses().stream().anyMatch(Radiotherapy::chestOrMediastinal),
                procedures.radiotherapyCourses()));
        return new TreatmentPanes(
                new MedicinesPane(new MedicinesViewModel(medicineData, dialogs, messages), messages),
                new MedicinesTodayCard(new MedicinesTodayViewModel(medicineData, messages), messages),
                new ProceduresPane(procedures, messages),
                new HeartScansPane(new HeartScansViewModel(store.heartScans(), tasks, dialogs, messages, clock),
                        messages));
    }
}
