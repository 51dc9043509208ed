package org.leiojournal.ui.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.leiojournal.domain.report.RangeCheck;
import org.leiojournal.domain.report.ReportRange;
import org.leiojournal.domain.report.ReportSection;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.platform.FolderOpener;
import org.leiojournal.report.pdf.Paper;
import org.leiojournal.transfer.ReportRequest;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.Formats;
import org.leiojournal.ui.common.UiContext;

/**
 * The clinic report dialog: which days (by default since the last clinic visit attended, with a line saying so),
 * which paper, which sections after the summary, and whether the name and date of birth are printed. Save asks
 * where, writes off the UI thread, and then offers to open the report or its folder.
 */
public final class ReportViewModel {

    private final UiContext ui;
    private final AppState state;
    private final ReportWriter writer;
    private final PdfSaving saving;
    private final Formats formats;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(Paper.A4);
    private final Map<ReportSection, BooleanProperty> sections = new EnumMap<>(ReportSection.class);
    private final BooleanProperty includeName = new SimpleBooleanProperty(false);
    private final BooleanProperty includeDateOfBirth = new SimpleBooleanProperty(false);
    private final ObservableMap<FieldId, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<Path> saved = new ReadOnlyObjectWrapper<>();
    private ReportRange suggested;

    public ReportViewModel(AppState state, ReportWriter writer, Path journalFolder, UiContext ui,
                           FolderOpener opener) {
        this.state = state;
        this.writer = writer;
        this.saving = new PdfSaving(ui, journalFolder, opener);
        this.ui = ui;
        this.formats = new Formats(ui.messages().locale());
        for (ReportSection section : ReportSection.values()) {
            sections.put(section, new SimpleBooleanProperty(true));
        }
        paper.set(Paper.forLocale(ui.messages().locale()));
        from.addListener(o -> changed(RangeCheck.Field.FROM));
        to.addListener(o -> changed(RangeCheck.Field.TO));
    }

    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    /** Why the dates are what they are: "Since your clinic visit on Fri 23 Oct 2026". */
    public ReadOnlyStringProperty reasonProperty() { return reason.getReadOnlyProperty(); }
    public ObjectProperty<Paper> paperProperty() { return paper; }
    public BooleanProperty sectionProperty(ReportSection section) { return sections.get(section); }
    public BooleanProperty includeNameProperty() { return includeName; }
    public BooleanProperty includeDateOfBirthProperty() { return includeDateOfBirth; }
    /** The problem with each date field, by {@link RangeCheck#FROM} and {@link RangeCheck#TO}. */
    public ObservableMap<FieldId, String> errors() { return errors; }
    public ReadOnlyBooleanProperty runningProperty() { return saving.runningProperty(); }
    public ReadOnlyStringProperty statusProperty() { return saving.statusProperty(); }
    /** The report last saved, for Open report and Show in folder; null before the first. */
    public ReadOnlyObjectProperty<Path> savedProperty() { return saved.getReadOnlyProperty(); }

    /** Fills the dates with the default range of today, as the dialog opens. */
    public void reset() {
        LocalDate today = LocalDate.now(ui.clock());
        suggested = ReportRange.defaultFor(List.copyOf(state.appointments()), today, ui.clock().getZone());
        from.set(suggested.span().first());
        to.set(suggested.span().last());
        errors.clear();
        saving.clearStatus();
        saved.set(null);
        explain();
    }

    /** False, with the reasons next to the fields, when the dates cannot make a report. */
    public boolean checkRange() {
        ui.messages().showProblems(errors, RangeCheck.check(from.get(), to.get(), LocalDate.now(ui.clock())));
        return errors.isEmpty();
    }

    /** Asks where to save, then writes the report off the UI thread; nothing is written if the user cancels. */
    public void save() {
        if (saving.running() || !checkRange()) {
            return;
        }
        Optional<Path> chosen = saving.choose("report.chooser.title", "leio-report-", "report.failed.title");
        if (chosen.isEmpty()) {
            return;
        }
        Path target = chosen.get();
        Optional<DateSpan> range = isSuggested() ? Optional.empty() : Optional.of(new DateSpan(from.get(), to.get()));
        Set<ReportSection> chosenSections = EnumSet.noneOf(ReportSection.class);
        sections.forEach((section, on) -> {
            if (on.get()) {
                chosenSections.add(section);
            }
        });
        Paper chosenPaper = paper.get();
        boolean withName = includeName.get();
        boolean born = includeDateOfBirth.get();
        saved.set(null);
        saving.write(target, file -> writer.write(new ReportRequest(range, chosenPaper, chosenSections, withName, born),
                file), "report.failed.title",
                pages -> ui.messages().get("report.done", pages, target.toString()), () -> saved.set(target));
    }

    /** Opens the report just saved in the system's PDF viewer. */
    public void openReport() {
        open(saved.get());
    }

    /** Shows the folder of the report just saved. */
    public void showInFolder() {
        Path report = saved.get();
        open(report == null ? null : report.getParent());
    }

    private void open(Path path) {
        if (path != null) {
            saving.open(path, "report.openFailed.body");
        }
    }

    private boolean isSuggested() {
        return suggested != null && suggested.span().first().equals(from.get())
                && suggested.span().last().equals(to.get());
    }

    private void changed(FieldId field) {
        errors.remove(field);
        explain();
    }

    private void explain() {
        if (suggested == null || !isSuggested()) {
            reason.set(ui.messages().get("report.range.chosen"));
        } else if (suggested.basis() == ReportRange.Basis.SINCE_VISIT) {
            reason.set(ui.messages().get("report.range.sinceVisit", formats.date(suggested.visit().orElseThrow())));
        } else {
            reason.set(ui.messages().get("report.range.lastDays", ReportRange.FALLBACK_DAYS));
        }
    }
}
