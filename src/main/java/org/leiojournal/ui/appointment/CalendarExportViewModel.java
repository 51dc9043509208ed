package org.leiojournal.ui.appointment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.leiojournal.report.CalendarExport;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.ui.common.UiContext;

/**
 * Export to calendar: appointments and treatment days as one .ics file, for a phone or a desktop calendar. Both
 * dates are optional; alarms are on unless the user turns them off. Exporting again updates the same events.
 */
public final class CalendarExportViewModel {

    private final UiContext ui;
    private final CalendarWriter writer;
    private final Path journalFolder;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final BooleanProperty alarms = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper rangeError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public CalendarExportViewModel(CalendarWriter writer, Path journalFolder, UiContext ui) {
        this.writer = writer;
        this.journalFolder = journalFolder.toAbsolutePath().normalize();
        this.ui = ui;
    }

    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public BooleanProperty alarmsProperty() { return alarms; }
    /** Why the dates cannot be used, or empty. */
    public ReadOnlyStringProperty rangeErrorProperty() { return rangeError.getReadOnlyProperty(); }
    /** What the last export did, for the screen's status line. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** False, with the reason in {@link #rangeErrorProperty()}, when the last date is before the first. */
    public boolean checkRange() {
        boolean ok = from.get() == null || to.get() == null || !to.get().isBefore(from.get());
        rangeError.set(ok ? "" : ui.messages().get("export.range.backwards"));
        return ok;
    }

    /** Asks where to save, then writes the file off the UI thread. Nothing is written if the user cancels. */
    public void export() {
        if (!checkRange()) {
            return;
        }
        Optional<Path> chosen = ui.dialogs().chooseFileToSave(ui.messages().get("export.chooser.title"),
                ui.messages().get("export.fileName"), ui.messages().get("export.filter"), "ics");
        if (chosen.isEmpty()) {
            return;
        }
        Path target = chosen.get().toAbsolutePath().normalize();
        if (target.startsWith(journalFolder)) {
            ui.dialogs().showError(ui.messages().get("export.failed.title"), ui.messages().get("export.insideJournal"));
            return;
        }
        DateSpan range = range();
        boolean withAlarms = alarms.get();
        ui.tasks().run(() -> write(range, withAlarms, target),
                result -> status.set(ui.messages().get("export.done", result.appointments(), result.treatmentDays(),
                        target.toString())),
                e -> {
                    status.set("");
                    ui.dialogs().showError(ui.messages().get("export.failed.title"), ui.messages().get("export.failed.body",
                            target.toString()));
                });
    }

    private DateSpan range() {
        return new DateSpan(from.get() == null ? LocalDate.MIN : from.get(),
                to.get() == null ? LocalDate.MAX : to.get());
    }

    private CalendarExport.Result write(DateSpan range, boolean withAlarms, Path target) {
        try {
            return writer.write(range, withAlarms, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
