package org.leiojournal.ui.treatment;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.leiojournal.domain.treatment.CareDrafts;
import org.leiojournal.domain.treatment.CheckDraft;
import org.leiojournal.domain.treatment.LowCountDraft;
import org.leiojournal.domain.treatment.SupportDraft;

/** The course form's supportive medicines, checks and low-count windows: each can be edited, added or removed. */
public final class CareFormModel {

    private final ObservableList<SupportRow> support = FXCollections.observableArrayList();
    private final ObservableList<CheckRow> checks = FXCollections.observableArrayList();
    private final ObservableList<LowCountRow> lowCounts = FXCollections.observableArrayList();

    public ObservableList<SupportRow> support() { return support; }
    public ObservableList<CheckRow> checks() { return checks; }
    public ObservableList<LowCountRow> lowCounts() { return lowCounts; }

    void load(CareDrafts care) {
        support.setAll(care.support().stream().map(SupportRow::new).toList());
        checks.setAll(care.checks().stream().map(CheckRow::new).toList());
        lowCounts.setAll(care.lowCounts().stream().map(LowCountRow::new).toList());
    }

    public void addSupport(int phase, String drug) {
        support.add(new SupportRow(SupportDraft.added(phase, drug)));
    }

    public void addCheck(int phase, String drug) {
        checks.add(new CheckRow(CheckDraft.added(phase, drug)));
    }

    public void addLowCounts(int phase, String drug) {
        lowCounts.add(new LowCountRow(LowCountDraft.added(phase, drug)));
    }

    CareDrafts toDrafts() {
        return new CareDrafts(support.stream().map(SupportRow::toDraft).toList(),
                checks.stream().map(CheckRow::toDraft).toList(), lowCounts.stream().map(LowCountRow::toDraft).toList());
    }
}
