package org.leiojournal.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.leiojournal.app.JournalSnapshot;
import org.leiojournal.app.SaveCheckIn;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.catalog.GuidanceCatalog;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.guidance.GuidanceLibrary;
import org.leiojournal.platform.FolderOpener;
import org.leiojournal.settings.LockStore;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.transfer.ClinicReportExport;
import org.leiojournal.transfer.EmergencySheetExport;
import org.leiojournal.ui.appointment.AppointmentBook;
import org.leiojournal.ui.appointment.ReminderNotifier;
import org.leiojournal.ui.appointment.ReminderPopups;
import org.leiojournal.ui.appointment.ReminderWords;
import org.leiojournal.ui.appointment.RemindersViewModel;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.BackgroundTasks;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.UiContext;
import org.leiojournal.ui.common.SampleSwitch;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.guidance.GuidanceView;
import org.leiojournal.ui.guidance.GuidanceViewModel;
import org.leiojournal.ui.journal.JournalView;
import org.leiojournal.ui.journal.JournalViewModel;
import org.leiojournal.ui.lock.LockViewModel;
import org.leiojournal.ui.report.EmergencySheetViewModel;
import org.leiojournal.ui.report.ReportDialog;
import org.leiojournal.ui.report.ReportViewModel;
import org.leiojournal.ui.settings.BackupViewModel;
import org.leiojournal.ui.settings.DataTransferViewModel;
import org.leiojournal.ui.settings.SettingsView;
import org.leiojournal.ui.settings.SettingsViewModel;
import org.leiojournal.ui.today.AlertsViewModel;
import org.leiojournal.ui.today.CheckInViewModel;
import org.leiojournal.ui.today.GuidanceHintsCard;
import org.leiojournal.ui.today.GuidanceHintsViewModel;
import org.leiojournal.ui.today.HomeReadingForm;
import org.leiojournal.ui.today.ThresholdNoticeCard;
import org.leiojournal.ui.today.TodayView;
import org.leiojournal.ui.treatment.AnthracyclineViewModel;
import org.leiojournal.ui.treatment.TreatmentPanes;
import org.leiojournal.ui.treatment.TreatmentViewModel;
import org.leiojournal.ui.trend.TrendsView;
import org.leiojournal.ui.trend.TrendsViewModel;
import org.leiojournal.ui.welcome.WelcomeView;
import org.leiojournal.ui.welcome.WelcomeViewModel;

/**
 * The screens of one open journal and the view models behind them, wired together. Today is built at once; every
 * other screen is registered in {@link #registry()} to be built on its first visit.
 */
final class JournalScreens {

    private final AppState state = new AppState();
    private final ScreenRegistry registry = new ScreenRegistry();
    private final LockViewModel lock;
    private final CheckInViewModel checkIn;
    private final EmergencySheetViewModel emergencySheet;
    private final TodayView today;
    private final GuidanceViewModel guidanceModel;
    private final Supplier<WelcomeView> welcome;
    private final Supplier<ReportViewModel> report;
    private final ReminderNotifier reminders;
    private Look look;

    /**
     * {@code first}: what the screens share, already read from {@code store} (at the start, off the UI thread);
     * {@code rebuild} builds the window again on the same journal, after an import or a restore.
     */
    JournalScreens(Stage stage, JournalStore store, JournalSnapshot first, UiContext ui, FolderOpener folderOpener,
                   SampleSwitch sample, Runnable rebuild) {
        Messages messages = ui.messages();
        Clock clock = ui.clock();
        BackgroundTasks tasks = ui.tasks();
        lock = new LockViewModel(new LockStore(store.folder()), messages, clock, tasks);
        state.undo().useClock(clock); // an undo offer expires on the window's clock (D12)
        Optional<BigDecimal> thresholdBefore = first.thresholdBefore();
        state.profileProperty().set(first.profile());
        state.items().setAll(first.items());
        state.contacts().setAll(first.contacts());
        state.courses().setAll(first.courses());
        state.priorAnthracyclineProperty().set(first.priorAnthracycline());
        state.appointments().setAll(first.appointments());
        state.openAlerts().setAll(first.openAlerts());

        SaveCheckIn saving = new SaveCheckIn(store, AlertRuleCatalog.bundled());
        AlertsViewModel alerts = new AlertsViewModel(state, store.alerts(), saving.rules(), ui);
        // entries deleted or restored in the Journal take their alerts with them
        state.journalRevisionProperty().addListener((o, old, now) -> alerts.refresh());
        emergencySheet = new EmergencySheetViewModel((paper, target) -> EmergencySheetExport.write(store, paper, target,
                clock), store.folder(), ui, folderOpener);
        alerts.emergencySheet(emergencySheet::save);
        checkIn = new CheckInViewModel(state, store.checkIns(), saving, alerts, ui);
        checkIn.useHomeReadings(new HomeReadingForm(state, alerts.rules(), checkIn.dateProperty(), store.homeVitals(),
                store.bloodTests(), tasks, clock, first.bloodPressureLevels()));
        TreatmentViewModel treatment = new TreatmentViewModel(state, store.courses(), ui, RegimenCatalog.bundled());
        treatment.form().lastWeightFrom(store.checkIns()::latestWeight);
        treatment.useBloodTests(store.bloodTests());
        AnthracyclineViewModel anthracycline = new AnthracyclineViewModel(state, store.priorAnthracycline(), ui);
        TreatmentPanes panes = TreatmentPanes.create(store, ui, anthracycline.chestRadiotherapyProperty(),
                state.undo());
        today = new TodayView(checkIn, alerts, treatment, panes.medicinesToday(), messages);
        thresholdBefore.ifPresent(stored -> today.addAtTopOfDetails(
                new ThresholdNoticeCard(stored, state.profile(), messages)));
        GuidanceLibrary guidance = GuidanceCatalog.bundled();
        guidanceModel = new GuidanceViewModel(guidance, messages);
        today.addAtTopOfDetails(new GuidanceHintsCard(new GuidanceHintsViewModel(checkIn.formItems(), checkIn::answer,
                checkIn.otherProblemProperty(), guidance), messages, this::openGuidance));

        registry.add(Screen.TODAY, () -> today);
        registry.focusWith(Screen.TODAY, today::focusNextAction);
        registry.refreshOnShow(Screen.TODAY, () -> {
            panes.medicinesToday().refresh(); // the day may have changed since Today was last shown
            checkIn.refreshTime();
            today.refreshTreatment();
        });
        registry.add(Screen.JOURNAL, () -> {
            JournalViewModel journalModel = new JournalViewModel(state, store.checkIns(), store.alerts(),
                    store.homeVitals(), alerts.rules(), ui);
            JournalView journal = new JournalView(journalModel, messages);
            registry.focusWith(Screen.JOURNAL, journal::focusTable);
            return journal;
        });
        registry.add(Screen.TREATMENT, () -> TreatmentScreen.build(treatment, anthracycline, panes, emergencySheet,
                () -> openGuidance("blood-tests"), messages));
        AppointmentBook book = new AppointmentBook(state, store.appointments(), ui);
        RemindersViewModel reminderModel = new RemindersViewModel(state, store.reminders(), ui);
        ReminderWords reminderWording = new ReminderWords(messages, clock);
        reminders = new ReminderNotifier(reminderModel, reminderWording, messages);
        registry.add(Screen.APPOINTMENTS, () -> AppointmentsScreen.build(registry, stage, state, store, book,
                reminderModel, reminderWording, ui));
        registry.add(Screen.TRENDS, () -> {
            TrendsView trends = new TrendsView(new TrendsViewModel(state, store.checkIns(), store.alerts(),
                    store.bloodTests(), ui, guidance), guidance, messages);
            registry.focusWith(Screen.TRENDS, trends::focusFirst);
            return trends;
        });
        registry.loadingFirst(Screen.TRENDS); // its charts' first build holds the UI thread for 250 ms or more
        registry.add(Screen.GUIDANCE, () -> {
            GuidanceView guidanceView = new GuidanceView(guidanceModel, messages);
            registry.focusWith(Screen.GUIDANCE, guidanceView::focusSearch);
            return guidanceView;
        });
        registry.add(Screen.SETTINGS, () -> new SettingsView(
                new SettingsViewModel(state, store, ui, folderOpener, sample),
                new DataTransferViewModel(store, ui, rebuild),
                new BackupViewModel(store, ui, rebuild), lock, look.appearanceProperty(),
                messages));
        welcome = memoized(() -> new WelcomeView(new WelcomeViewModel(state, store.profile(), ui, sample), messages));
        report = memoized(() -> new ReportViewModel(state,
                (request, target) -> ClinicReportExport.write(store, request, target, clock),
                store.folder(), ui, folderOpener));
    }

    AppState state() { return state; }
    ScreenRegistry registry() { return registry; }
    LockViewModel lock() { return lock; }
    TodayView today() { return today; }
    CheckInViewModel checkIn() { return checkIn; }
    EmergencySheetViewModel emergencySheet() { return emergencySheet; }
    /** The first-start questions, built when first shown. */
    WelcomeView welcome() { return welcome.get(); }

    /**
     * Checks the reminders now and every minute, held back while the journal is locked; they stop when {@code window}
     * closes.
     */
    ReminderNotifier startReminders(ReminderPopups popups, Window window, Messages messages) {
        reminders.start(new LockedReminders(popups, lock.lockedProperty(), messages));
        window.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> reminders.stop());
        return reminders;
    }

    /** The text size and theme of the window, which the Settings screen changes. Call before Settings is built. */
    void useLook(Look windowLook) {
        look = windowLook;
    }

    /** Opens the clinic report dialog over {@code stage}. */
    void openReport(Stage stage, Messages messages) {
        ReportDialog.open(stage, report.get(), messages);
    }

    /** Opens one guidance panel on the Guidance screen, as a "Read more" link on another screen does. */
    private void openGuidance(String panelId) {
        guidanceModel.show(panelId);
        state.screenProperty().set(Screen.GUIDANCE);
    }

    /** Made on first use, then the same one. */
    private static <T> Supplier<T> memoized(Supplier<T> maker) {
        Object[] made = new Object[1];
        return () -> {
            if (made[0] == null) {
                made[0] = maker.get();
            }
            @SuppressWarnings("unchecked")
            T value = (T) made[0];
            return value;
        };
    }
}
