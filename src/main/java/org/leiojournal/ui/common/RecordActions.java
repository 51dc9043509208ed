package org.leiojournal.ui.common;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.domain.validation.Validated;
import org.leiojournal.storage.Deleted;

/**
 * The read / save / delete-with-undo cycle of a screen that keeps a list of records (heart scans, blood tests,
 * operations…), written once: problems go beside their fields and nothing is saved; a save or delete runs on the
 * worker, then the list is read again; a delete asks first and is offered in the window's undo; a failure says so in
 * the status line and in the save-failure dialog, and what the user typed stays on screen.
 */
public final class RecordActions {

    /** The bundle keys of a list's delete: the dialog's title, body ({0} = the record) and button, and the status. */
    public record DeleteWords(String title, String body, String confirm, String deleted) {
    }

    private final UiContext ui;
    private final UndoDelete undo;
    private final ObservableMap<FieldId, String> errors;
    private final StringProperty status;
    private final Runnable reload;

    /** {@code errors} and {@code status} are the screen's own; {@code reload} reads its list again. */
    public RecordActions(UiContext ui, UndoDelete undo, ObservableMap<FieldId, String> errors, StringProperty status,
                         Runnable reload) {
        this.ui = ui;
        this.undo = undo;
        this.errors = errors;
        this.status = status;
        this.reload = reload;
    }

    /** Reads on the worker and shows the result; a failed read says the journal could not be read. */
    public <T> void read(Supplier<T> work, Consumer<T> show) {
        ui.tasks().run(work, show,
                e -> ui.dialogs().showError(ui.messages().get("error.read.title"), ui.messages().get("error.read.body")));
    }

    /** The screen's one form: its problems replace all earlier ones; a valid record is saved. */
    public <T> void save(Validated<T> result, Supplier<T> work, Consumer<T> onSaved) {
        ui.messages().showProblems(errors, result.problems());
        saveIfValid(result, work, onSaved);
    }

    /** One of the screen's forms, which share the map of problems: only {@code formFields} are cleared first. */
    public <T> void save(Validated<T> result, List<? extends FieldId> formFields, Supplier<T> work,
                         Consumer<T> onSaved) {
        formFields.forEach(errors::remove);
        for (Problem problem : result.problems()) {
            errors.put(problem.field(), ui.messages().problem(problem));
        }
        saveIfValid(result, work, onSaved);
    }

    /**
     * After the user confirms, deletes on the worker, reads the list again, runs {@code afterDelete}, says what went
     * and offers to bring it back (which reads the list again and clears the status). {@code what} names the record.
     */
    public void delete(DeleteWords words, String what, Supplier<Deleted> work, Runnable afterDelete) {
        if (!ui.dialogs().confirm(ui.messages().get(words.title()), ui.messages().get(words.body(), what),
                ui.messages().get(words.confirm()))) {
            return;
        }
        write(work, deleted -> {
            afterDelete.run();
            String message = ui.messages().get(words.deleted(), what);
            status.set(message);
            undo.offerRestore(message, ui.tasks(), deleted, () -> {
                reload.run();
                status.set("");
            }, this::notSaved);
        });
    }

    private <T> void saveIfValid(Validated<T> result, Supplier<T> work, Consumer<T> onSaved) {
        if (!result.isValid()) {
            status.set(ui.messages().get("checkIn.status.fixErrors", result.problems().size()));
            return;
        }
        write(work, onSaved);
    }

    private <T> void write(Supplier<T> work, Consumer<T> onDone) {
        ui.tasks().run(work, done -> {
            reload.run();
            onDone.accept(done);
        }, this::notSaved);
    }

    private void notSaved(RuntimeException e) {
        status.set(ui.messages().get("checkIn.status.notSaved"));
        ui.dialogs().showSaveFailure();
    }
}
