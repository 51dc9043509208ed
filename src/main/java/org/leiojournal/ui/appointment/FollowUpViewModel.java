package org.leiojournal.ui.appointment;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.leiojournal.catalog.FollowUpCatalog;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.followup.FollowUpDraft;
import org.leiojournal.domain.followup.FollowUpPlan;
import org.leiojournal.domain.followup.FollowUpPreset;
import org.leiojournal.domain.followup.FollowUpProposals;
import org.leiojournal.domain.followup.FollowUpValidator;
import org.leiojournal.domain.followup.Proposal;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Validated;
import org.leiojournal.storage.FollowUpPlanRepository;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.UiContext;

/**
 * The follow-up plan after treatment: the end date, the team's lines (perhaps filled from a labelled preset),
 * the scan beside each visit, and a preview of the appointments they give. The preview follows every edit; the
 * user ticks which to add, and they are added "to book" with the plan saved first.
 */
public final class FollowUpViewModel {

    private final UiContext ui;
    private final AppState state;
    private final FollowUpPlanRepository plans;
    private final AppointmentBook book;
    private final FollowUpCatalog catalog;
    private final FollowUpWords wording;

    private final ObservableList<PresetChoice> choices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PresetChoice> preset = new ReadOnlyObjectWrapper<>(PresetChoice.NONE);
    private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>();
    private final ObservableList<IntervalLine> lines = FXCollections.observableArrayList();
    private final ObjectProperty<AppointmentKind> scan = new SimpleObjectProperty<>(AppointmentKind.CT);
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper origin = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper previewNote = new ReadOnlyStringWrapper("");
    private final ObservableList<ProposalRow> proposals = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper chosen = new ReadOnlyIntegerWrapper();
    private final ObservableMap<FieldId, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public FollowUpViewModel(AppState state, FollowUpPlanRepository plans, AppointmentBook book,
                             FollowUpCatalog catalog, UiContext ui) {
        this.state = state;
        this.plans = plans;
        this.book = book;
        this.catalog = catalog;
        this.ui = ui;
        this.wording = new FollowUpWords(ui.messages());
        choices.add(PresetChoice.NONE);
        catalog.all().forEach(p -> choices.add(PresetChoice.of(p)));
        end.set(lastTreatmentDay().orElse(null));
        end.addListener(o -> {
            errors.remove(FollowUpValidator.Field.END);
            refresh();
        });
        scan.addListener(o -> refresh());
        preset.addListener(o -> refresh());
        lines.addListener((ListChangeListener<IntervalLine>) c -> {
            errors.remove(FollowUpValidator.Field.LINES);
            refresh();
        });
        state.appointments().addListener((ListChangeListener<Appointment>) c -> refresh());
        state.courses().addListener((ListChangeListener<Object>) c -> {
            if (end.get() == null) {
                end.set(lastTreatmentDay().orElse(null));
            }
        });
        refresh();
        ui.tasks().run(plans::load, saved -> saved.ifPresent(this::show),
                e -> ui.dialogs().showError(ui.messages().get("error.read.title"), ui.messages().get("error.read.body")));
    }

    public ObservableList<PresetChoice> choices() { return choices; }
    public ReadOnlyObjectProperty<PresetChoice> presetProperty() { return preset.getReadOnlyProperty(); }
    public ObjectProperty<LocalDate> endProperty() { return end; }
    public ObservableList<IntervalLine> lines() { return lines; }
    /** The scan added beside each clinic visit; null for none. */
    public ObjectProperty<AppointmentKind> scanProperty() { return scan; }
    public ReadOnlyStringProperty elapsedProperty() { return elapsed.getReadOnlyProperty(); }
    /** "Preset: …" or "Your team’s plan (started from …)". */
    public ReadOnlyStringProperty originProperty() { return origin.getReadOnlyProperty(); }
    public ReadOnlyStringProperty previewNoteProperty() { return previewNote.getReadOnlyProperty(); }
    public ObservableList<ProposalRow> proposals() { return proposals; }
    public ReadOnlyIntegerProperty chosenCountProperty() { return chosen.getReadOnlyProperty(); }
    /** Problems by {@link FollowUpValidator} field name, worded for the user. */
    public ObservableMap<FieldId, String> errors() { return errors; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    public String describe(PresetChoice choice) { return wording.choice(choice); }
    public ObservableValue<String> presetSource() { return details(wording::source); }
    public ObservableValue<String> presetSetting() { return details(wording::setting); }
    public ObservableValue<String> presetNote() { return details(FollowUpPreset::note); }
    public ObservableValue<String> presetSources() { return details(wording::sources); }
    public String range(IntervalLine line) { return line.source().map(wording::range).orElse(""); }
    public String said(IntervalLine line) { return line.source().map(wording::said).orElse(""); }
    public String years(String months) { return wording.years(months); }
    public LocalDate today() { return LocalDate.now(ui.clock()); }

    private ObservableValue<String> details(java.util.function.Function<FollowUpPreset, String> text) {
        return preset.map(c -> c.preset().map(text).orElse(""));
    }

    /** Fills the lines from a preset, after asking when that would replace lines the user changed. */
    public void choose(PresetChoice choice) {
        if (choice == null || choice.equals(preset.get())) {
            return;
        }
        if (choice.preset().isPresent()) {
            boolean ownLines = !lines.isEmpty() && (preset.get().preset().isEmpty() || edited());
            if (ownLines && !ui.dialogs().confirm(ui.messages().get("followUp.replace.title"),
                    ui.messages().get("followUp.replace.body", choice.preset().get().name()),
                    ui.messages().get("followUp.replace.confirm"))) {
                return;
            }
            preset.set(choice);
            clearLineErrors();
            lines.setAll(choice.preset().get().phases().stream().map(p -> watch(IntervalLine.of(p))).toList());
        } else {
            preset.set(choice); // the lines stay, now as the team's own
        }
    }

    public void addLine() {
        if (lines.size() < FollowUpPlan.MAX_INTERVALS) {
            lines.add(watch(new IntervalLine("", "", Optional.empty())));
        }
    }

    public void removeLastLine() {
        if (!lines.isEmpty()) {
            clearLineErrors();
            lines.remove(lines.size() - 1);
        }
    }

    public void save() {
        validated().ifPresent(plan -> ui.tasks().run(() -> {
            plans.save(plan);
            return plan;
        }, saved -> status.set(ui.messages().get("followUp.status.saved")), this::notSaved));
    }

    /** Saves the plan, then adds the ticked appointments in one transaction. */
    public void addAppointments() {
        Optional<FollowUpPlan> plan = validated();
        if (plan.isEmpty()) {
            return;
        }
        List<Appointment> toAdd = proposals.stream().filter(ProposalRow::toAdd)
                .map(r -> r.proposal().appointment())
                .filter(a -> a.start().toLocalDate().isAfter(today())) // the app may have been open since yesterday
                .toList();
        if (toAdd.isEmpty()) {
            status.set(ui.messages().get("followUp.status.noneChosen"));
            return;
        }
        ui.tasks().run(() -> {
            plans.save(plan.get());
            return toAdd;
        }, chosenOnes -> book.saveAll(chosenOnes,
                saved -> status.set(ui.messages().get("followUp.status.added", saved.size())),
                e -> status.set(ui.messages().get("followUp.status.planOnly"))), this::notSaved);
    }

    private Optional<FollowUpPlan> validated() {
        Validated<FollowUpPlan> result = FollowUpValidator.validate(draft());
        ui.messages().showProblems(errors, result.problems());
        if (!result.isValid()) {
            status.set(ui.messages().get("checkIn.status.fixErrors", result.problems().size()));
        }
        return result.value();
    }

    private FollowUpDraft draft() {
        return new FollowUpDraft(end.get(), lines.stream().map(IntervalLine::draft).toList(),
                Optional.ofNullable(scan.get()), preset.get().id());
    }

    /** True when a preset was chosen and its lines no longer say what the source said. */
    private boolean edited() {
        Optional<FollowUpPreset> chosenPreset = preset.get().preset();
        if (chosenPreset.isEmpty()) {
            return false;
        }
        var phases = chosenPreset.get().phases();
        if (phases.size() != lines.size()) {
            return true;
        }
        for (int i = 0; i < phases.size(); i++) {
            if (!lines.get(i).sameAs(phases.get(i))) {
                return true;
            }
        }
        return false;
    }

    private void refresh() {
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).startAt(i == 0 ? "0" : lines.get(i - 1).untilProperty().get().strip());
        }
        elapsed.set(wording.elapsed(end.get(), today()));
        origin.set(wording.origin(preset.get(), edited()));
        Validated<FollowUpPlan> plan = FollowUpValidator.validate(draft());
        List<ProposalRow> rows = new ArrayList<>();
        if (plan.isValid()) {
            for (Proposal p : FollowUpProposals.propose(plan.value().get(), state.appointments(),
                    ZonedDateTime.now(ui.clock()), wording::title)) {
                ProposalRow row = new ProposalRow(p, wording.proposal(p));
                row.chosenProperty().addListener(o -> recount());
                rows.add(row);
            }
        }
        proposals.setAll(rows);
        recount();
        // the three counts add up to every date of the plan, and the Add button counts the first (D19)
        long past = count(rows, Proposal.Standing.PAST);
        long already = count(rows, Proposal.Standing.ALREADY_IN_APPOINTMENTS);
        previewNote.set(plan.isValid()
                ? ui.messages().get("followUp.preview.counts", rows.size() - past - already, past, already)
                : ui.messages().get("followUp.preview.incomplete"));
    }

    private static long count(List<ProposalRow> rows, Proposal.Standing standing) {
        return rows.stream().filter(r -> r.proposal().standing() == standing).count();
    }

    private void recount() {
        chosen.set((int) proposals.stream().filter(ProposalRow::toAdd).count());
    }

    /** A line whose edits clear its own messages and redraw the preview. */
    private IntervalLine watch(IntervalLine line) {
        line.untilProperty().addListener(o -> {
            int i = lines.indexOf(line);
            errors.remove(FollowUpValidator.Field.UNTIL.in(i));
            errors.remove(FollowUpValidator.Field.FROM.in(i + 1));
            refresh();
        });
        line.everyProperty().addListener(o -> {
            errors.remove(FollowUpValidator.Field.EVERY.in(lines.indexOf(line)));
            refresh();
        });
        return line;
    }

    private void clearLineErrors() {
        errors.keySet().removeIf(k -> !k.equals(FollowUpValidator.Field.END));
    }

    private void show(FollowUpPlan saved) {
        PresetChoice choice = saved.presetId().flatMap(catalog::find).map(PresetChoice::of).orElse(PresetChoice.NONE);
        preset.set(choice);
        end.set(saved.treatmentEnd());
        scan.set(saved.scanKind().orElse(null));
        List<IntervalLine> loaded = new ArrayList<>();
        for (int i = 0; i < saved.intervals().size(); i++) {
            int index = i;
            var line = saved.intervals().get(i);
            loaded.add(watch(new IntervalLine(String.valueOf(line.untilMonth()), String.valueOf(line.everyMonths()),
                    choice.preset().filter(p -> index < p.phases().size()).map(p -> p.phases().get(index)))));
        }
        lines.setAll(loaded);
    }

    /** The last day of the latest course that has ended, the usual start of follow-up. */
    private Optional<LocalDate> lastTreatmentDay() {
        return state.courses().stream().map(c -> c.calendar().lastDay()).flatMap(Optional::stream)
                .filter(day -> !day.isAfter(today())).max(Comparator.naturalOrder());
    }

    private void notSaved(RuntimeException e) {
        status.set(ui.messages().get("checkIn.status.notSaved"));
        ui.dialogs().showSaveFailure();
    }
}
