package org.leiojournal.ui.journal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.leiojournal.domain.alert.AlertRuleSet;
import org.leiojournal.domain.alert.AlertTier;
import org.leiojournal.domain.alert.EntryTiers;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.storage.AlertRepository;
import org.leiojournal.storage.CheckInRepository;
import org.leiojournal.storage.HomeVitalRepository;
import org.leiojournal.domain.lab.HomeVital;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.common.BackgroundTasks;
import org.leiojournal.ui.common.DialogService;
import org.leiojournal.ui.common.Formats;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.UiContext;

/**
 * Every entry, newest first, filtered by date range and by a symptom scored at least some value, each with the most
 * urgent tier of the alerts it raised. Deleting asks first and can be undone from the window's undo bar: the entry
 * comes back with everything it had.
 */
public final class JournalViewModel {

    /**
     * How many of the newest entries the first read brings before the rest: more rows than any window shows at
     * once, read in a few milliseconds where ten years take a few hundred (issue 21).
     */
    static final int FIRST_SCREENFUL = 100;

    private final AppState state;
    private final CheckInRepository checkIns;
    private final AlertRepository alerts;
    private final AlertRuleSet rules;
    private EntryTiers tiers = EntryTiers.none();
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Formats formats;

    private final ObservableList<CheckIn> all = FXCollections.observableArrayList();
    private final FilteredList<CheckIn> shown = new FilteredList<>(all);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<SymptomItem> symptom = new SimpleObjectProperty<>();
    private final IntegerProperty minimum = new SimpleIntegerProperty(1);
    private final StringProperty summary = new SimpleStringProperty("");
    private final HomeVitalRepository homeVitals;
    private final java.util.concurrent.atomic.AtomicBoolean readWaiting = new java.util.concurrent.atomic.AtomicBoolean();
    private Map<java.time.LocalDateTime, HomeVital> readings = new HashMap<>();
    private final javafx.beans.property.BooleanProperty hasReadings = new javafx.beans.property.SimpleBooleanProperty();
    /** True until the first read of the journal is back: the table says "Loading…", not "No entries yet". */
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(true);
    /**
     * True while only the newest entries are in and the older ones are being read: the count waits for them, and a
     * filter set meanwhile is applied again to the whole list when it comes.
     */
    private final ReadOnlyBooleanWrapper loadingOlder = new ReadOnlyBooleanWrapper(false);
    /** The newest entries are in and the whole read after them is not yet: it only adds what they lack. */
    private boolean newestOnly;

    public JournalViewModel(AppState state, CheckInRepository checkIns, AlertRepository alerts, AlertRuleSet rules,
                            UiContext ui) {
        this(state, checkIns, alerts, null, rules, ui);
    }

    /**
     * With the home blood pressure readings taken with each entry (kept at the entry's time); {@code homeVitals} may
     * be null (no readings column).
     */
    public JournalViewModel(AppState state, CheckInRepository checkIns, AlertRepository alerts,
                            HomeVitalRepository homeVitals, AlertRuleSet rules, UiContext ui) {
        this.state = state;
        this.homeVitals = homeVitals;
        this.checkIns = checkIns;
        this.alerts = alerts;
        this.rules = rules;
        this.tasks = ui.tasks();
        this.dialogs = ui.dialogs();
        this.messages = ui.messages();
        this.formats = new Formats(messages.locale());
        summary.set(messages.get("common.loading"));
        from.addListener(o -> refilter());
        to.addListener(o -> refilter());
        symptom.addListener(o -> refilter());
        minimum.addListener(o -> refilter());
        state.journalRevisionProperty().addListener(o -> reload());
        // the whole read asked for next says so if the journal cannot be read: one message, not two
        tasks.run(() -> {
            Loaded newest = read(checkIns.newest(FIRST_SCREENFUL), true);
            RowsGroundwork.lay(newest.entries(), rules);
            return newest;
        }, this::showNewest, e -> { });
    }

    /**
     * Reads the whole journal after the newest entries: the view asks once their rows are drawn, so that the read
     * (a few hundred milliseconds of CPU for ten years) does not take one of two cores from those frames (issue 21).
     */
    public void readOlderDays() {
        reload();
    }

    public ObservableList<CheckIn> entries() { return shown; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ObjectProperty<SymptomItem> symptomProperty() { return symptom; }
    public IntegerProperty minimumProperty() { return minimum; }
    public ReadOnlyStringProperty summaryProperty() { return summary; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingOlderProperty() { return loadingOlder.getReadOnlyProperty(); }
    /** The symptom items, for the filter and the columns. */
    public ObservableList<SymptomItem> items() { return state.items(); }
    public AlertRuleSet rules() { return rules; }

    /** The most urgent tier of the alerts the entry raised (read or not); empty when it raised none. */
    public Optional<AlertTier> tierOf(CheckIn entry) {
        return tiers.of(entry.id());
    }

    /**
     * Reads the journal again on the worker, with each entry's most urgent alert tier (from which rules raised
     * alerts on which entries, not the 7,269 alerts of ten years) and home reading worked out there too: the UI
     * thread only puts the rows in. A read asked for while one is still waiting to start is that read. The first
     * visit reads the newest entries first ({@link #FIRST_SCREENFUL}, queued by the constructor), then the rest
     * ({@link #readOlderDays}).
     */
    public void reload() {
        if (!readWaiting.compareAndSet(false, true)) {
            return;
        }
        tasks.run(() -> {
            readWaiting.set(false);
            return read(checkIns.all(), false);
        }, this::showAll, this::readFailed);
    }

    private Loaded read(List<CheckIn> entries, boolean someOnly) {
        Map<String, long[]> byRule = someOnly ? alerts.checkInsByRule(entries.stream().map(CheckIn::id).toList())
                : alerts.checkInsByRule();
        return new Loaded(entries, EntryTiers.of(byRule, rules),
                byTime(homeVitals == null ? List.of() : homeVitals.all()));
    }

    private record Loaded(List<CheckIn> entries, EntryTiers tiers,
                          Map<java.time.LocalDateTime, HomeVital> readings) {
    }

    /**
     * The newest entries, unless the whole journal is already in (or its read failed); fewer than asked for are the
     * whole journal.
     */
    private void showNewest(Loaded newest) {
        if (!loading.get()) {
            return;
        }
        take(newest);
        shown.setPredicate(filter()); // before the rows go in: the rows are filtered once, not twice
        all.setAll(newest.entries());
        newestOnly = true;
        loadingOlder.set(newest.entries().size() >= FIRST_SCREENFUL);
        loading.set(false);
        count();
    }

    /**
     * Every entry. After the first screenful, when those are still the newest entries, only the older ones are
     * added (none in a short journal): the rows in sight are not redrawn and their selection stays; a filter set
     * meanwhile now sees every entry. Any later read replaces the rows (an alert's tier may have changed with no
     * entry changed).
     */
    private void showAll(Loaded whole) {
        take(whole);
        List<CheckIn> entries = whole.entries();
        boolean afterNewest = newestOnly;
        newestOnly = false;
        if (afterNewest && startsWith(entries, all)) {
            all.addAll(entries.subList(all.size(), entries.size()));
        } else {
            shown.setPredicate(filter());
            all.setAll(entries);
        }
        loadingOlder.set(false);
        loading.set(false);
        count();
    }

    private void take(Loaded loaded) {
        tiers = loaded.tiers();
        readings = loaded.readings();
        hasReadings.set(!readings.isEmpty());
    }

    private static boolean startsWith(List<CheckIn> whole, List<CheckIn> newest) {
        return whole.size() >= newest.size() && whole.subList(0, newest.size()).equals(newest);
    }

    private void readFailed(RuntimeException e) {
        newestOnly = false;
        loading.set(false);
        loadingOlder.set(false);
        refilter();
        showReadFailure(e);
    }

    private static Map<java.time.LocalDateTime, HomeVital> byTime(List<HomeVital> all) {
        Map<java.time.LocalDateTime, HomeVital> byTime = new HashMap<>();
        all.forEach(r -> byTime.put(r.measuredAt(), r));
        return byTime;
    }

    /** "150/90 mmHg, pulse 72": the home reading taken with the entry, or empty. */
    public Optional<String> bloodPressureOf(CheckIn entry) {
        return Optional.ofNullable(readings.get(entry.recordedAt().toLocalDateTime())).map(r -> r.pulse()
                .map(p -> messages.get("journal.bp.withPulse", r.systolic(), r.diastolic(), p))
                .orElse(messages.get("journal.bp", r.systolic(), r.diastolic())));
    }

    /** True once the journal has any home blood pressure reading: the column is shown then. */
    public javafx.beans.property.ReadOnlyBooleanProperty hasReadingsProperty() { return hasReadings; }

    public void clearFilters() {
        from.set(null);
        to.set(null);
        symptom.set(null);
        minimum.set(1);
    }

    /** Opens an entry on the check-in screen for editing. */
    public void open(CheckIn entry) {
        if (entry != null) {
            state.entryToEditProperty().set(entry);
            state.screenProperty().set(Screen.TODAY);
        }
    }

    public void delete(CheckIn entry) {
        if (entry == null || !dialogs.confirm(messages.get("journal.delete.title"),
                messages.get("journal.delete.body", formats.dateTime(entry.recordedAt())),
                messages.get("journal.delete.confirm"))) {
            return;
        }
        tasks.run(() -> checkIns.delete(entry.id()), deleted -> {
            state.undo().offerRestore(messages.get("journal.deleted", formats.dateTime(entry.recordedAt())), tasks,
                    deleted, state::journalChanged, this::showWriteFailure);
            state.journalChanged();
        }, this::showWriteFailure);
    }

    private void refilter() {
        shown.setPredicate(filter());
        count();
    }

    /** The line above the table: no count while the older days are read. */
    private void count() {
        summary.set(loadingOlder.get() ? messages.get("journal.loadingOlder")
                : summary(messages, shown.size(), all.size()));
    }

    /** "3 entries", "1 entry", or "Showing 2 of 3 entries" while a filter hides some (D16). */
    static String summary(Messages messages, int shown, int all) {
        return shown == all ? messages.get("journal.summary.all", all)
                : messages.get("journal.summary", shown, all);
    }

    private Predicate<CheckIn> filter() {
        LocalDate start = from.get();
        LocalDate end = to.get();
        SymptomItem item = symptom.get();
        int min = minimum.get();
        return entry -> (start == null || !entry.day().isBefore(start))
                && (end == null || !entry.day().isAfter(end))
                && (item == null || entry.answer(item.id()).filter(v -> v >= min).isPresent());
    }

    private void showReadFailure(RuntimeException e) {
        dialogs.showError(messages.get("error.read.title"), messages.get("error.read.body"));
    }

    private void showWriteFailure(RuntimeException e) {
        dialogs.showSaveFailure();
    }
}
