package org.leiojournal.ui.treatment;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.leiojournal.domain.treatment.Medicine;
import org.leiojournal.domain.treatment.MedicineAdherence;
import org.leiojournal.domain.treatment.MedicineDose;
import org.leiojournal.domain.treatment.MedicineDraft;
import org.leiojournal.domain.treatment.MedicineValidator;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Validated;
import org.leiojournal.ui.common.DialogService;
import org.leiojournal.ui.common.EditedRecord;
import org.leiojournal.ui.common.Formats;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.UndoDelete;

/**
 * The supportive medicines: the list (current ones first, ended ones after), the form to add or change one, ending a
 * medicine (its history stays), the recent taken log and the last week's set-time doses taken against due.
 */
public final class MedicinesViewModel {

    static final int ADHERENCE_DAYS = 7;
    private static final int MISSED_SHOWN = 5;

    private final MedicineLog data;
    private final DialogService dialogs;
    private final Messages messages;
    private final UndoDelete undo;
    private final Formats formats;

    private final ObservableList<Medicine> medicines = FXCollections.observableArrayList();
    private final MedicineFields fields = MedicineFields.empty();
    private final EditedRecord<Medicine> editing = new EditedRecord<>(Medicine::id);
    private final ObservableMap<FieldId, String> errors = FXCollections.observableHashMap();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty adherence = new SimpleStringProperty("");

    public MedicinesViewModel(MedicineLog data, DialogService dialogs, Messages messages) {
        this(data, dialogs, messages, new UndoDelete());
    }

    /** {@code undo}: the window's one undo, offered after a dose is taken out of the log. */
    public MedicinesViewModel(MedicineLog data, DialogService dialogs, Messages messages, UndoDelete undo) {
        this.undo = undo;
        this.data = data;
        this.dialogs = dialogs;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        fields.clearProblemsOnChange(errors);
        data.revisionProperty().addListener(o -> refresh());
        refresh();
        startNew();
    }

    /** The form's fields, for a new medicine or the one being changed. */
    public MedicineFields form() { return fields; }
    /** The saved medicine the form is changing, or null for a new one. */
    public ReadOnlyObjectProperty<Medicine> editingProperty() { return editing; }
    /** Problems by {@link MedicineValidator} field name, worded for the user. */
    public ObservableMap<FieldId, String> errors() { return errors; }
    public ReadOnlyStringProperty statusProperty() { return status; }
    /** Set-time doses of the last {@value #ADHERENCE_DAYS} days marked taken against due, and those not marked. */
    public ReadOnlyStringProperty adherenceProperty() { return adherence; }
    /** Current and planned medicines by name, then ended ones. */
    public ObservableList<Medicine> medicines() { return medicines; }
    /** Doses taken in the last {@value MedicineLog#LOG_DAYS} days, newest first. */
    public ObservableList<MedicineDose> log() { return data.recentDoses(); }

    /** Its last day has passed: the list greys it and marks it ended. */
    public boolean isEnded(Medicine medicine) {
        return medicine.hasEndedBy(data.today());
    }

    /** "End medicine today" applies: no last day yet, or one after today. */
    public boolean canEnd(Medicine medicine) {
        return medicine != null && medicine.end().filter(e -> !e.isAfter(data.today())).isEmpty();
    }

    /** An empty form for a new medicine taken from today. */
    public void startNew() {
        editing.set(null);
        load(MedicineDraft.blank(data.today()));
    }

    public void edit(Medicine medicine) {
        if (medicine != null) {
            editing.set(medicine);
            load(MedicineDraft.of(medicine));
            status.set("");
        }
    }

    public void save() {
        Validated<Medicine> result = MedicineValidator.validate(draft());
        messages.showProblems(errors, result.problems());
        if (!result.isValid()) {
            status.set(messages.get("checkIn.status.fixErrors", result.problems().size()));
            return;
        }
        Medicine medicine = result.value().orElseThrow();
        boolean isNew = medicine.id() == 0;
        data.change(repo -> isNew ? repo.add(medicine) : repo.update(medicine), saved -> {
            startNew();
            status.set(messages.get(isNew ? "medicines.status.added" : "medicines.status.saved", saved.name()));
        }, this::notSaved);
    }

    /**
     * Makes today the medicine's last day: today's doses stay on the Today card, none are due from tomorrow. Nothing
     * is deleted: the taken log keeps every dose.
     */
    public void end(Medicine medicine) {
        LocalDate today = data.today();
        if (!canEnd(medicine)) {
            return;
        }
        if (medicine.start().isAfter(today)) {
            status.set(messages.get("medicines.status.notStarted", medicine.name()));
            return;
        }
        data.change(repo -> repo.end(medicine.id(), today), ended -> {
            if (editing.isOpen(ended)) {
                startNew();
            }
            status.set(messages.get("medicines.status.ended", ended.name()));
        }, this::notSaved);
    }

    /** Takes a dose out of the log, after asking: for a dose logged by mistake. */
    public void removeFromLog(MedicineDose dose) {
        if (dose == null || !dialogs.confirm(messages.get("medicines.log.remove.title"),
                messages.get("medicines.log.remove.body", describe(dose)),
                messages.get("medicines.log.remove.confirm"))) {
            return;
        }
        data.change(repo -> repo.undoDose(dose.id()), removed -> {
            status.set(messages.get("medicines.status.removed"));
            undo.offer(messages.get("medicines.status.removed"), () -> data.change(repo -> {
                removed.restore();
                return dose;
            }, back -> status.set(""), this::notSaved));
        }, this::notSaved);
    }

    /** "Ondansetron 8 mg — 08:00, 20:00 — from Mon 16 Nov 2026", marked when ended. */
    public String describe(Medicine m) {
        String what = MedicineLog.nameAndDose(m);
        String when = m.isAsNeeded() ? messages.get("medicines.schedule.whenNeeded") : MedicineDraft.timesText(m);
        String text = m.end().isPresent()
                ? messages.get("medicines.item.until", what, when, formats.date(m.start()), formats.date(m.end().get()))
                : messages.get("medicines.item.from", what, when, formats.date(m.start()));
        return isEnded(m) ? messages.get("medicines.item.ended", text) : text;
    }

    /** "Sun 22 Nov 2026, 09:30 — Ondansetron 8 mg (08:00 dose)", with the dose as it was taken. */
    public String describe(MedicineDose dose) {
        String medicine = data.medicines().stream().filter(m -> m.id() == dose.medicineId()).map(Medicine::name)
                .findFirst().orElse("");
        String what = dose.doseText().isEmpty() ? medicine : medicine + " " + dose.doseText();
        String when = formats.dateTime(dose.takenAt());
        return dose.scheduledTime()
                .map(t -> messages.get("medicines.log.scheduled", when, what, MedicineDraft.time(t)))
                .orElseGet(() -> messages.get("medicines.log.whenNeeded", when, what));
    }

    private void refresh() {
        LocalDate today = data.today();
        medicines.setAll(data.medicines().stream()
                .sorted(Comparator.comparing((Medicine m) -> m.hasEndedBy(today))
                        .thenComparing(Medicine::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Medicine::start))
                .toList());
        MedicineAdherence week = data.timetable().adherence(today.minusDays(ADHERENCE_DAYS - 1), today,
                data.now().toLocalDateTime());
        adherence.set(week.percentTaken().map(p -> messages.get("medicines.adherence", week.taken(), week.due(), p,
                ADHERENCE_DAYS) + missed(week)).orElse(messages.get("medicines.adherence.none", ADHERENCE_DAYS)));
    }

    private String missed(MedicineAdherence week) {
        if (week.missed().isEmpty()) {
            return "";
        }
        String shown = week.missed().stream().limit(MISSED_SHOWN)
                .map(d -> formats.date(d.day()) + " " + MedicineDraft.time(d.time()) + " " + d.medicine().name())
                .collect(Collectors.joining("; "));
        int more = week.missed().size() - MISSED_SHOWN;
        return " " + messages.get("medicines.adherence.missed", more > 0
                ? shown + " " + messages.get("medicines.adherence.more", more) : shown);
    }

    MedicineDraft draft() {
        return fields.draft(editing.idToSave());
    }

    private void load(MedicineDraft draft) {
        fields.show(draft);
        errors.clear();
    }

    private void notSaved() {
        status.set(messages.get("checkIn.status.notSaved"));
    }
}
