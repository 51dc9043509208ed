package org.leiojournal.ui.treatment;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.leiojournal.domain.treatment.HeartScan;
import org.leiojournal.domain.treatment.HeartScanKind;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Validated;
import org.leiojournal.storage.HeartScanRepository;
import org.leiojournal.ui.common.Formats;
import org.leiojournal.ui.common.UiContext;
import org.leiojournal.ui.common.RecordActions;
import org.leiojournal.ui.common.UndoDelete;

/** Echo and MUGA results, latest first: the LVEF as the report gives it. Adding checks for typing slips only. */
public final class HeartScansViewModel {

    private static final RecordActions.DeleteWords DELETE = new RecordActions.DeleteWords("heartScans.delete.title",
            "heartScans.delete.body", "heartScans.delete.confirm", "heartScans.status.deleted");

    private final UiContext ui;
    private final HeartScanRepository scans;
    private final RecordActions actions;
    private final Formats formats;

    private final ObservableList<HeartScan> all = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<HeartScanKind> kind = new SimpleObjectProperty<>(HeartScanKind.ECHO);
    private final StringProperty lvef = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableMap<FieldId, String> errors = FXCollections.observableHashMap();
    private final StringProperty status = new SimpleStringProperty("");

    /** {@code undo}: the window's one undo, offered after each delete. */
    public HeartScansViewModel(HeartScanRepository scans, UiContext ui, UndoDelete undo) {
        this.scans = scans;
        this.ui = ui;
        this.actions = new RecordActions(ui, undo, errors, status, this::reload);
        this.formats = new Formats(ui.messages().locale());
        date.addListener(o -> errors.remove(HeartScan.Field.DATE));
        lvef.addListener(o -> errors.remove(HeartScan.Field.LVEF));
        note.addListener(o -> errors.remove(HeartScan.Field.NOTE));
        reload();
    }

    public ObservableList<HeartScan> scans() { return all; }
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public ObjectProperty<HeartScanKind> kindProperty() { return kind; }
    /** The LVEF in percent, as typed. */
    public StringProperty lvefProperty() { return lvef; }
    public StringProperty noteProperty() { return note; }
    /** Problems by {@link HeartScan} field name, worded for the user. */
    public ObservableMap<FieldId, String> errors() { return errors; }
    public ReadOnlyStringProperty statusProperty() { return status; }

    /** Today by the app's clock: the latest date a scan can have. */
    public LocalDate today() {
        return LocalDate.now(ui.clock());
    }

    public void reload() {
        actions.read(scans::all, all::setAll);
    }

    public void add() {
        Validated<HeartScan> result = HeartScan.validate(0, date.get(), kind.get(), lvef.get(), note.get(), ui.clock());
        actions.save(result, () -> scans.save(result.value().orElseThrow()), saved -> {
            date.set(null);
            lvef.set("");
            note.set("");
            status.set(ui.messages().get("heartScans.status.added", describe(saved)));
        });
    }

    public void delete(HeartScan scan) {
        if (scan != null) {
            actions.delete(DELETE, describe(scan), () -> scans.delete(scan.id()), () -> { });
        }
    }

    /** "Sun 22 Nov 2026 — Echo — LVEF 58.5 %", and the note when there is one. */
    public String describe(HeartScan scan) {
        String text = ui.messages().get("heartScans.item", formats.date(scan.date()), kindName(scan.kind()),
                scan.lvefPercent().toPlainString());
        return scan.note().isBlank() ? text : text + " — " + scan.note().strip();
    }

    public String kindName(HeartScanKind k) {
        return k == HeartScanKind.MUGA ? ui.messages().get("heartScans.kind.muga") : ui.messages().get("heartScans.kind.echo");
    }
}
