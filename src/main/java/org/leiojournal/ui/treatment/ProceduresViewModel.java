package org.leiojournal.ui.treatment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.leiojournal.domain.treatment.Radiotherapy;
import org.leiojournal.domain.treatment.Surgery;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Validated;
import org.leiojournal.storage.Deleted;
import org.leiojournal.storage.ProcedureRepository;
import org.leiojournal.ui.common.EditedRecord;
import org.leiojournal.ui.common.Formats;
import org.leiojournal.ui.common.RecordActions;
import org.leiojournal.ui.common.UiContext;
import org.leiojournal.ui.common.UndoDelete;

/**
 * Operations and radiotherapy courses, done or planned: two lists, each with a form to add or change an entry, and
 * deleting after a confirmation. Both forms share one map of problems (their field names differ).
 */
public final class ProceduresViewModel {

    private static final RecordActions.DeleteWords DELETE = new RecordActions.DeleteWords("procedures.delete.title",
            "procedures.delete.body", "procedures.delete.confirm", "procedures.status.deleted");

    private final UiContext ui;
    private final ProcedureRepository procedures;
    private final RecordActions actions;
    private final Formats formats;

    private final ObservableList<Surgery> surgeries = FXCollections.observableArrayList();
    private final ObservableList<Radiotherapy> courses = FXCollections.observableArrayList();
    private final SurgeryFields surgery = SurgeryFields.empty();
    private final RadiotherapyFields radiotherapy = RadiotherapyFields.empty();
    private final ObservableMap<FieldId, String> errors = FXCollections.observableHashMap();
    private final StringProperty status = new SimpleStringProperty("");
    private final RecordForm<Surgery> surgeryForm;
    private final RecordForm<Radiotherapy> radiotherapyForm;

    /** {@code undo}: the window's one undo, offered after each delete. */
    public ProceduresViewModel(ProcedureRepository procedures, UiContext ui, UndoDelete undo) {
        this.procedures = procedures;
        this.ui = ui;
        this.actions = new RecordActions(ui, undo, errors, status, this::reload);
        this.formats = new Formats(ui.messages().locale());
        surgeryForm = new RecordForm<>(Surgery::id, Surgery.Field.values(), surgery::show, surgery::validate,
                this::describe, procedures::save, s -> procedures.deleteSurgery(s.id()));
        radiotherapyForm = new RecordForm<>(Radiotherapy::id, Radiotherapy.Field.values(), radiotherapy::show,
                radiotherapy::validate, this::describe, procedures::save, r -> procedures.deleteRadiotherapy(r.id()));
        surgery.clearProblemsOnChange(errors);
        radiotherapy.clearProblemsOnChange(errors);
        reload();
    }

    public ObservableList<Surgery> surgeries() { return surgeries; }
    /** The operation form's fields. */
    public SurgeryFields surgery() { return surgery; }
    public ReadOnlyObjectProperty<Surgery> editingSurgeryProperty() { return surgeryForm.editing; }

    public ObservableList<Radiotherapy> radiotherapyCourses() { return courses; }
    /** The radiotherapy form's fields. */
    public RadiotherapyFields radiotherapy() { return radiotherapy; }
    public ReadOnlyObjectProperty<Radiotherapy> editingCourseProperty() { return radiotherapyForm.editing; }

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

    public void newSurgery() { surgeryForm.open(null); }
    public void editSurgery(Surgery operation) { surgeryForm.edit(operation); }
    public void saveSurgery() { surgeryForm.save(); }
    public void deleteSurgery(Surgery operation) { surgeryForm.delete(operation); }

    /** "Mon 2 Mar 2026 — Hysterectomy — Uterus", marked when planned. */
    public String describe(Surgery s) {
        List<String> parts = new ArrayList<>(List.of(formats.date(s.date()), s.procedure()));
        if (!s.site().isEmpty()) {
            parts.add(s.site());
        }
        return planned(String.join(" — ", parts), s.date());
    }

    // ---- radiotherapy ------------------------------------------------------------------------------------

    public void newRadiotherapy() { radiotherapyForm.open(null); }
    public void editRadiotherapy(Radiotherapy course) { radiotherapyForm.edit(course); }
    public void saveRadiotherapy() { radiotherapyForm.save(); }
    public void deleteRadiotherapy(Radiotherapy course) { radiotherapyForm.delete(course); }

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

    private String planned(String text, LocalDate day) {
        return day.isAfter(LocalDate.now(ui.clock())) ? ui.messages().get("procedures.planned", text) : text;
    }

    private record Saved(List<Surgery> surgeries, List<Radiotherapy> courses) {
    }

    /**
     * One of the screen's two forms, the same steps for an operation and a radiotherapy course: opening a record (or
     * none, for a new one) fills the fields and drops their problems; a save empties the form and says what was
     * saved; a delete empties the form only if it held the deleted record.
     */
    private final class RecordForm<T> {

        private final EditedRecord<T> editing;
        private final List<FieldId> fields;
        private final Consumer<T> fill;
        private final LongFunction<Validated<T>> validate;
        private final Function<T, String> describe;
        private final UnaryOperator<T> write;
        private final Function<T, Deleted> erase;

        /** {@code validate} checks the fields as typed for the record of the given id (0 for a new one). */
        RecordForm(ToLongFunction<T> id, FieldId[] fields, Consumer<T> fill, LongFunction<Validated<T>> validate,
                   Function<T, String> describe, UnaryOperator<T> write, Function<T, Deleted> erase) {
            this.editing = new EditedRecord<>(id);
            this.fields = List.of(fields);
            this.fill = fill;
            this.validate = validate;
            this.describe = describe;
            this.write = write;
            this.erase = erase;
        }

        void open(T record) {
            editing.set(record);
            fill.accept(record);
            fields.forEach(errors::remove);
        }

        void edit(T record) {
            if (record != null) {
                open(record);
            }
        }

        void save() {
            Validated<T> result = validate.apply(editing.idToSave());
            actions.save(result, fields, () -> write.apply(result.value().orElseThrow()), saved -> {
                open(null);
                status.set(ui.messages().get("procedures.status.saved", describe.apply(saved)));
            });
        }

        void delete(T record) {
            if (record != null) {
                actions.delete(DELETE, describe.apply(record), () -> erase.apply(record), () -> {
                    if (editing.isOpen(record)) {
                        open(null);
                    }
                });
            }
        }
    }
}
