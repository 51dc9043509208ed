package org.leiojournal.ui.treatment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.leiojournal.domain.treatment.Radiotherapy;
import org.leiojournal.domain.treatment.RadiotherapyDraft;
import org.leiojournal.domain.treatment.Surgery;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Validated;
import org.leiojournal.storage.ProcedureRepository;
import org.leiojournal.ui.common.EditedRecord;
import org.leiojournal.ui.common.Formats;
import org.leiojournal.ui.common.UiContext;
import org.leiojournal.ui.common.RecordActions;
import org.leiojournal.ui.common.UndoDelete;

/**
 * Operations and radiotherapy courses, done or planned: two lists, each with a form to add or change an entry, and
 * deleting after a confirmation. Both forms share one map of problems (their field names differ).
 */
public final class ProceduresViewModel {

    private static final RecordActions.DeleteWords DELETE = new RecordActions.DeleteWords("procedures.delete.title",
            "procedures.delete.body", "procedures.delete.confirm", "procedures.status.deleted");

    private static final List<FieldId> SURGERY_FIELDS = List.of(Surgery.Field.values());
    private static final List<FieldId> RADIOTHERAPY_FIELDS = List.of(Radiotherapy.Field.values());

    private final UiContext ui;
    private final ProcedureRepository procedures;
    private final RecordActions actions;
    private final Formats formats;

    private final ObservableList<Surgery> surgeries = FXCollections.observableArrayList();
    private final ObservableList<Radiotherapy> courses = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> surgeryDate = new SimpleObjectProperty<>();
    private final StringProperty procedure = new SimpleStringProperty("");
    private final StringProperty surgerySite = new SimpleStringProperty("");
    private final StringProperty surgeryNote = new SimpleStringProperty("");
    private final EditedRecord<Surgery> editingSurgery = new EditedRecord<>(Surgery::id);
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>();
    private final StringProperty fractions = new SimpleStringProperty("");
    private final StringProperty site = new SimpleStringProperty("");
    private final StringProperty technique = new SimpleStringProperty("");
    private final BooleanProperty chest = new SimpleBooleanProperty();
    private final StringProperty note = new SimpleStringProperty("");
    private final EditedRecord<Radiotherapy> editingCourse = new EditedRecord<>(Radiotherapy::id);
    private final ObservableMap<FieldId, String> errors = FXCollections.observableHashMap();
    private final StringProperty status = new SimpleStringProperty("");

    /** {@code undo}: the window's one undo, offered after each delete. */
    public ProceduresViewModel(ProcedureRepository procedures, UiContext ui, UndoDelete undo) {
        this.procedures = procedures;
        this.ui = ui;
        this.actions = new RecordActions(ui, undo, errors, status, this::reload);
        this.formats = new Formats(ui.messages().locale());
        clearOnChange(surgeryDate, Surgery.Field.DATE);
        clearOnChange(procedure, Surgery.Field.PROCEDURE);
        clearOnChange(surgerySite, Surgery.Field.SITE);
        clearOnChange(surgeryNote, Surgery.Field.NOTE);
        clearOnChange(start, Radiotherapy.Field.START);
        clearOnChange(end, Radiotherapy.Field.END);
        clearOnChange(fractions, Radiotherapy.Field.FRACTIONS);
        clearOnChange(site, Radiotherapy.Field.SITE);
        clearOnChange(technique, Radiotherapy.Field.TECHNIQUE);
        clearOnChange(note, Radiotherapy.Field.NOTE);
        reload();
    }

    public ObservableList<Surgery> surgeries() { return surgeries; }
    public ObjectProperty<LocalDate> surgeryDateProperty() { return surgeryDate; }
    public StringProperty procedureProperty() { return procedure; }
    public StringProperty surgerySiteProperty() { return surgerySite; }
    public StringProperty surgeryNoteProperty() { return surgeryNote; }
    public ReadOnlyObjectProperty<Surgery> editingSurgeryProperty() { return editingSurgery; }

    public ObservableList<Radiotherapy> radiotherapyCourses() { return courses; }
    public ObjectProperty<LocalDate> startProperty() { return start; }
    public ObjectProperty<LocalDate> endProperty() { return end; }
    public StringProperty fractionsProperty() { return fractions; }
    public StringProperty siteProperty() { return site; }
    public StringProperty techniqueProperty() { return technique; }
    public BooleanProperty chestProperty() { return chest; }
    public StringProperty noteProperty() { return note; }
    public ReadOnlyObjectProperty<Radiotherapy> editingCourseProperty() { return editingCourse; }

    /** Problems by the field names of {@link Surgery} and {@link Radiotherapy}, worded for the user. */
    public ObservableMap<FieldId, String> errors() { return errors; }
    public ReadOnlyStringProperty statusProperty() { return status; }

    public void reload() {
        actions.read(() -> new Saved(procedures.surgeries(), procedures.radiotherapyCourses()), saved -> {
            surgeries.setAll(saved.surgeries());
            courses.setAll(saved.courses());
        });
    }

    // ---- operations --------------------------------------------------------------------------------------

    public void newSurgery() {
        editingSurgery.set(null);
        loadSurgery(null, "", "", "");
    }

    public void editSurgery(Surgery surgery) {
        if (surgery != null) {
            editingSurgery.set(surgery);
            loadSurgery(surgery.date(), surgery.procedure(), surgery.site(), surgery.note());
        }
    }

    public void saveSurgery() {
        Validated<Surgery> result = Surgery.validate(editingSurgery.idToSave(), surgeryDate.get(),
                procedure.get(), surgerySite.get(), surgeryNote.get());
        actions.save(result, SURGERY_FIELDS, () -> procedures.save(result.value().orElseThrow()),
                saved -> clearAndSay(this::newSurgery, describe(saved)));
    }

    public void deleteSurgery(Surgery surgery) {
        if (surgery != null) {
            actions.delete(DELETE, describe(surgery), () -> procedures.deleteSurgery(surgery.id()),
                    () -> clearIfOpen(editingSurgery, surgery, this::newSurgery));
        }
    }

    /** "Mon 2 Mar 2026 — Hysterectomy — Uterus", marked when planned. */
    public String describe(Surgery s) {
        List<String> parts = new ArrayList<>(List.of(formats.date(s.date()), s.procedure()));
        if (!s.site().isEmpty()) {
            parts.add(s.site());
        }
        return planned(String.join(" — ", parts), s.date());
    }

    // ---- radiotherapy ------------------------------------------------------------------------------------

    public void newRadiotherapy() {
        editingCourse.set(null);
        loadCourse(RadiotherapyDraft.blank());
    }

    public void editRadiotherapy(Radiotherapy course) {
        if (course != null) {
            editingCourse.set(course);
            loadCourse(RadiotherapyDraft.of(course));
        }
    }

    public void saveRadiotherapy() {
        Validated<Radiotherapy> result = Radiotherapy.validate(new RadiotherapyDraft(editingCourse.idToSave(),
                start.get(), end.get(), fractions.get(), site.get(), technique.get(), chest.get(), note.get()));
        actions.save(result, RADIOTHERAPY_FIELDS, () -> procedures.save(result.value().orElseThrow()),
                saved -> clearAndSay(this::newRadiotherapy, describe(saved)));
    }

    public void deleteRadiotherapy(Radiotherapy course) {
        if (course != null) {
            actions.delete(DELETE, describe(course), () -> procedures.deleteRadiotherapy(course.id()),
                    () -> clearIfOpen(editingCourse, course, this::newRadiotherapy));
        }
    }

    /** "Mon 2 Mar 2026 to Tue 7 Apr 2026 — Pelvis — IMRT — 25 treatments — chest or mediastinum". */
    public String describe(Radiotherapy r) {
        List<String> parts = new ArrayList<>(List.of(ui.messages().get("procedures.radiotherapy.dates",
                formats.date(r.start()), formats.date(r.end()))));
        if (!r.site().isEmpty()) {
            parts.add(r.site());
        }
        if (!r.technique().isEmpty()) {
            parts.add(r.technique());
        }
        r.fractions().ifPresent(f -> parts.add(ui.messages().get("procedures.radiotherapy.fractionCount", f)));
        if (r.chestOrMediastinal()) {
            parts.add(ui.messages().get("procedures.radiotherapy.chestShort"));
        }
        return planned(String.join(" — ", parts), r.start());
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    /** After a save: the form is emptied for the next one, and the status line says what was saved. */
    private void clearAndSay(Runnable clearForm, String saved) {
        clearForm.run();
        status.set(ui.messages().get("procedures.status.saved", saved));
    }

    /** After a delete: the form is emptied only if it held the deleted record. */
    private static <T> void clearIfOpen(EditedRecord<T> editing, T deleted, Runnable clearForm) {
        if (editing.isOpen(deleted)) {
            clearForm.run();
        }
    }

    private String planned(String text, LocalDate day) {
        return day.isAfter(LocalDate.now(ui.clock())) ? ui.messages().get("procedures.planned", text) : text;
    }

    private void loadSurgery(LocalDate date, String name, String where, String text) {
        surgeryDate.set(date);
        procedure.set(name);
        surgerySite.set(where);
        surgeryNote.set(text);
        SURGERY_FIELDS.forEach(errors::remove);
    }

    private void loadCourse(RadiotherapyDraft draft) {
        start.set(draft.start());
        end.set(draft.end());
        fractions.set(draft.fractions());
        site.set(draft.site());
        technique.set(draft.technique());
        chest.set(draft.chestOrMediastinal());
        note.set(draft.note());
        RADIOTHERAPY_FIELDS.forEach(errors::remove);
    }

    private void clearOnChange(ObservableValue<?> value, FieldId field) {
        value.addListener(o -> errors.remove(field));
    }

    private record Saved(List<Surgery> surgeries, List<Radiotherapy> courses) {
    }
}
