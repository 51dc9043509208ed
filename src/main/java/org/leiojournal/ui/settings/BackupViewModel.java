package org.leiojournal.ui.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.leiojournal.storage.BackupFile;
import org.leiojournal.storage.BackupRefusedException;
import org.leiojournal.storage.BackupSummary;
import org.leiojournal.storage.Backups;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.storage.RestoreResult;
import org.leiojournal.ui.common.Formats;
import org.leiojournal.ui.common.UiContext;

/**
 * Backups in Settings: back up now, restore a backup after seeing what it holds, and copy the journal to a folder
 * of the user's choice. The work runs off the UI thread; after a restore the window is built again.
 */
public final class BackupViewModel {

    private final UiContext ui;
    private final JournalStore store;
    private final Runnable reload;
    private final Formats formats;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper last = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");

    public BackupViewModel(JournalStore store, UiContext ui, Runnable reload) {
        this.store = store;
        this.ui = ui;
        this.reload = reload;
        this.formats = new Formats(ui.messages().locale());
        refreshLast();
    }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** When the newest backup was made, or that there is none yet. */
    public ReadOnlyStringProperty lastBackupProperty() { return last.getReadOnlyProperty(); }
    /** What the last action did. */
    public ReadOnlyStringProperty resultProperty() { return result.getReadOnlyProperty(); }

    public Path folder() {
        return store.backups().folder();
    }

    public void backUpNow() {
        work(() -> store.backups().backUp(Backups.MANUAL).file(), file -> ui.messages().get("backup.done", file));
    }

    /** Asks for a folder, then copies the journal there as one file. */
    public void copyToFolder() {
        ui.dialogs().chooseFolder(ui.messages().get("backup.copy.chooser")).ifPresent(dir -> work(() -> {
            try {
                return store.backups().copyTo(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, file -> ui.messages().get("backup.copy.done", file)));
    }

    /** Asks which backup, shows what it holds and what it replaces, and restores it only if the user agrees. */
    public void restore() {
        Optional<Path> chosen = ui.dialogs().chooseFileToOpen(ui.messages().get("backup.restore.chooser"),
                ui.messages().get("backup.restore.filter"), "sqlite", folder());
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        busy.set(true);
        ui.tasks().run(() -> preview(file), preview -> {
            busy.set(false);
            if (preview.refused() != null) {
                refused(file, preview.refused());
            } else if (ui.dialogs().confirm(ui.messages().get("backup.restore.title"), confirmation(preview),
                    ui.messages().get("backup.restore.confirm"))) {
                restoreConfirmed(file);
            }
        }, e -> failed());
    }

    /** What a chosen file holds against what the journal holds now, or why the file cannot be restored. */
    private record Preview(BackupSummary summary, int checkInsNow, BackupRefusedException.Why refused) {
    }

    /** On the worker: both read the disk. */
    private Preview preview(Path file) {
        try {
            return new Preview(store.previewRestore(file), store.checkIns().count(), null);
        } catch (BackupRefusedException e) {
            return new Preview(null, 0, e.why()); // the user's file, not a fault: nothing for the log
        }
    }

    private String confirmation(Preview preview) {
        BackupSummary summary = preview.summary();
        return ui.messages().get("backup.restore.body", when(summary.takenAt()), summary.checkIns(),
                summary.courses(), summary.appointments(), preview.checkInsNow());
    }

    private void restoreConfirmed(Path file) {
        busy.set(true);
        ui.tasks().run(() -> {
            try {
                return Optional.of(store.restore(file));
            } catch (BackupRefusedException e) {
                return Optional.<RestoreResult>empty();
            }
        }, done -> {
            busy.set(false);
            if (done.isEmpty()) {
                refused(file, BackupRefusedException.Why.DAMAGED);
                return;
            }
            reload.run();
            ui.dialogs().showInfo(ui.messages().get("backup.restore.done.title"), ui.messages().get("backup.restore.done",
                    when(done.get().restored().takenAt()), done.get().before().file().toString()));
        }, e -> failed());
    }

    private void refused(Path file, BackupRefusedException.Why why) {
        String reason = switch (why) {
            case NEWER -> ui.messages().get("backup.refused.newer");
            case DAMAGED -> ui.messages().get("backup.refused.damaged");
            case NOT_A_JOURNAL -> ui.messages().get("backup.refused.notJournal");
        };
        result.set(ui.messages().get("backup.refused", file.getFileName().toString(), reason));
        ui.dialogs().showError(ui.messages().get("backup.refused.title"), result.get());
    }

    private <T> void work(java.util.function.Supplier<T> job, java.util.function.Function<T, String> said) {
        busy.set(true);
        result.set("");
        ui.tasks().run(job, done -> {
            busy.set(false);
            result.set(said.apply(done));
            refreshLast();
        }, e -> failed());
    }

    private void failed() {
        busy.set(false);
        result.set("");
        ui.dialogs().showError(ui.messages().get("backup.failed.title"), ui.messages().get("backup.failed.body"));
    }

    /** A backup's moment as every date and time on screen reads: "Sun 22 Nov 2026, 14:05", in the user's zone. */
    private String when(Instant moment) {
        return formats.dateTime(moment.atZone(ui.clock().getZone()));
    }

    /** Lists the backup folder on the worker, not the UI thread (issue 21); says "Loading…" meanwhile. */
    private void refreshLast() {
        if (last.get().isEmpty()) {
            last.set(ui.messages().get("common.loading"));
        }
        ui.tasks().run(() -> store.backups().list().stream().findFirst().map(BackupFile::takenAt),
                taken -> last.set(taken.map(this::when).map(t -> ui.messages().get("backup.last", t))
                        .orElse(ui.messages().get("backup.none"))),
                e -> last.set("")); // unread: claim neither a date nor "none yet"
    }
}
