package org.leiojournal.ui;

import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.common.SampleSwitch;
import org.leiojournal.ui.common.AppState;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.leiojournal.app.SaveCheckIn;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.catalog.FollowUpCatalog;
import org.leiojournal.catalog.GuidanceCatalog;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.guidance.GuidanceLibrary;
import org.leiojournal.platform.FolderOpener;
import org.leiojournal.settings.LockStore;
import org.leiojournal.settings.WindowPlacement;
import org.leiojournal.settings.SettingsStore;
import org.leiojournal.settings.WindowSettings;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.storage.StorageException;
import org.leiojournal.transfer.CalendarFileExport;
import org.leiojournal.transfer.ClinicReportExport;
import org.leiojournal.transfer.EmergencySheetExport;
import org.leiojournal.ui.appointment.AppointmentBook;
import org.leiojournal.ui.appointment.AppointmentsView;
import org.leiojournal.ui.appointment.AppointmentsViewModel;
import org.leiojournal.ui.appointment.CalendarExportDialog;
import org.leiojournal.ui.appointment.CalendarExportViewModel;
import org.leiojournal.ui.appointment.DueRemindersCard;
import org.leiojournal.ui.appointment.FollowUpPane;
import org.leiojournal.ui.appointment.FollowUpViewModel;
import org.leiojournal.ui.appointment.MonthPane;
import org.leiojournal.ui.appointment.MonthViewModel;
import org.leiojournal.ui.appointment.UpcomingPane;
import org.leiojournal.ui.appointment.ReminderNotifier;
import org.leiojournal.ui.appointment.ReminderPopups;
import org.leiojournal.ui.appointment.ReminderWording;
import org.leiojournal.ui.appointment.RemindersViewModel;
import org.leiojournal.ui.common.BackgroundTasks;
import org.leiojournal.ui.common.DialogService;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.FxDialogService;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.Mnemonics;
import org.leiojournal.ui.common.ScrollIntoView;
import org.leiojournal.ui.common.UndoBar;
import org.leiojournal.ui.guidance.GuidanceView;
import org.leiojournal.ui.guidance.GuidanceViewModel;
import org.leiojournal.ui.journal.JournalView;
import org.leiojournal.ui.lock.LockLayer;
import org.leiojournal.ui.lock.LockViewModel;
import org.leiojournal.ui.journal.JournalViewModel;
import org.leiojournal.ui.report.ReportDialog;
import org.leiojournal.ui.report.EmergencySheetViewModel;
import org.leiojournal.ui.report.ReportViewModel;
import org.leiojournal.ui.settings.BackupViewModel;
import org.leiojournal.ui.settings.DataTransferViewModel;
import org.leiojournal.ui.settings.SettingsView;
import org.leiojournal.ui.settings.SettingsViewModel;
import org.leiojournal.ui.today.AlertsViewModel;
import org.leiojournal.ui.today.CheckInViewModel;
import org.leiojournal.ui.today.HomeReadingForm;
import org.leiojournal.ui.today.GuidanceHintsCard;
import org.leiojournal.ui.today.GuidanceHintsViewModel;
import org.leiojournal.ui.today.ThresholdNoticeCard;
import org.leiojournal.ui.today.TodayView;
import org.leiojournal.ui.treatment.AnthracyclineCard;
import org.leiojournal.ui.treatment.AnthracyclineViewModel;
import org.leiojournal.ui.treatment.MedicinesTodayCard;
import org.leiojournal.ui.treatment.TreatmentPanes;
import org.leiojournal.ui.treatment.TreatmentView;
import org.leiojournal.ui.treatment.TreatmentViewModel;
import org.leiojournal.ui.trend.TrendsView;
import org.leiojournal.ui.trend.TrendsViewModel;
import org.leiojournal.ui.welcome.WelcomeView;
import org.leiojournal.ui.welcome.WelcomeViewModel;

/**
 * The window: a sidebar of screens and the screen shown. Builds every view and view model once, from the open
 * journal, and shows the welcome instead until the first-start questions are answered.
 */
public final class MainWindow {


    private final AppState state = new AppState();
    private final BorderPane root = new BorderPane();
    /** The screen shown, with the window's undo bar floating over its bottom edge. */
    private final StackPane content = new StackPane();
    /** How to build each screen: only Today is built before the window first shows, the others on first visit. */
    private final Map<Screen, Supplier<Node>> screenMakers = new EnumMap<>(Screen.class);
    private final Map<Screen, Node> screens = new EnumMap<>(Screen.class);
    private final Map<Screen, Runnable> focusOnShow = new EnumMap<>(Screen.class);
    private final Map<Screen, ToggleButton> navigation = new EnumMap<>(Screen.class);
    private final CheckInViewModel checkIn;
    private final EmergencySheetViewModel emergencySheet;
    private final MedicinesTodayCard medicinesToday;
    private final TodayView today;
    private final GuidanceViewModel guidanceModel;
    private final Node sidebar;
    private final Supplier<WelcomeView> welcome;
    private final ReminderNotifier reminders;
    private final Runnable openReport;
    private final LockViewModel lock;
    private final Messages messages;
    private Look look;
    private AppointmentsViewModel appointments;
    /** A screen's first visit draws a "Loading…" frame before the screen is built (see {@link #showLoadingFirst}). */
    private boolean loadingFirst;

    public MainWindow(Stage stage, WindowSettings window, JournalStore store, Messages messages,
                      BackgroundTasks tasks, Clock clock, FolderOpener folderOpener) {
        this(stage, window, store, messages, tasks, clock, folderOpener, SampleSwitch.NONE);
    }

    /** {@code sample} opens the sample journal and leaves it; a sample journal gets a banner saying so. */
    public MainWindow(Stage stage, WindowSettings window, JournalStore store, Messages messages,
                      BackgroundTasks tasks, Clock clock, FolderOpener folderOpener, SampleSwitch sample) {
        this(stage, window, store, messages, tasks, clock, folderOpener, sample, new FxDialogService(stage, messages),
                null);
    }

    /**
     * {@code dialogs} shows every dialog of the window's screens; {@code reload} builds the window again on the same
     * journal after an import (null: this window builds its successor itself, with no reminders running).
     */
    public MainWindow(Stage stage, WindowSettings window, JournalStore store, Messages messages,
                      BackgroundTasks tasks, Clock clock, FolderOpener folderOpener, SampleSwitch sample,
                      DialogService dialogs, Runnable reload) {
        Runnable rebuild = reload != null ? reload : () -> new MainWindow(stage, new WindowSettings(stage.getWidth(),
                stage.getHeight(), stage.isMaximized()), store, messages, tasks, clock, folderOpener, sample, dialogs,
                null);
        this.messages = messages;
        lock = new LockViewModel(new LockStore(store.folder()), messages, clock, tasks);
        state.undo().useClock(clock); // an undo offer expires on the window's clock (D12)
        Optional<BigDecimal> thresholdBefore = correctedThreshold(store);
        state.profileProperty().set(store.profile().load());
        state.items().setAll(store.items().all());
        state.contacts().setAll(store.contacts().all());
        state.courses().setAll(store.courses().all());
        state.priorAnthracyclineProperty().set(store.priorAnthracycline().load());
        state.appointments().setAll(store.appointments().all());
        state.openAlerts().setAll(store.alerts().open());

        SaveCheckIn saving = new SaveCheckIn(store, AlertRuleCatalog.bundled());
        AlertsViewModel alerts = new AlertsViewModel(state, store.alerts(), saving.rules(), tasks, dialogs,
                messages, clock);
        // entries deleted or restored in the Journal take their alerts with them
        state.journalRevisionProperty().addListener((o, old, now) -> alerts.refresh());
        emergencySheet = new EmergencySheetViewModel((paper, target) -> EmergencySheetExport.write(store, paper, target,
                clock), store.folder(), tasks, dialogs, messages, clock, folderOpener);
        alerts.emergencySheet(emergencySheet::save);
        checkIn = new CheckInViewModel(state, store.checkIns(), saving, alerts, tasks, dialogs, messages, clock);
        checkIn.useHomeReadings(new HomeReadingForm(state, alerts.rules(), checkIn.dateProperty(), store.homeVitals(),
                store.bloodTests(), tasks, clock));
        TreatmentViewModel treatment = new TreatmentViewModel(state, store.courses(), tasks, dialogs, messages, clock,
                RegimenCatalog.bundled());
        treatment.form().lastWeightFrom(store.checkIns()::latestWeight);
        treatment.useBloodTests(store.bloodTests());
        AnthracyclineViewModel anthracycline = new AnthracyclineViewModel(state, store.priorAnthracycline(), tasks,
                dialogs, messages, clock);
        TreatmentPanes panes = TreatmentPanes.create(store, tasks, dialogs, messages, clock,
                anthracycline.chestRadiotherapyProperty(), state.undo());
        medicinesToday = panes.medicinesToday();
        today = new TodayView(checkIn, alerts, treatment, medicinesToday, messages);
        thresholdBefore.ifPresent(stored -> today.addAtTopOfDetails(
                new ThresholdNoticeCard(stored, state.profile(), messages)));
        GuidanceLibrary guidance = GuidanceCatalog.bundled();
        guidanceModel = new GuidanceViewModel(guidance, messages);
        today.addAtTopOfDetails(new GuidanceHintsCard(new GuidanceHintsViewModel(checkIn.formItems(), checkIn::answer,
                checkIn.otherProblemProperty(), guidance), messages, this::openGuidance));
        screenMakers.put(Screen.TODAY, () -> today);
        focusOnShow.put(Screen.TODAY, today::focusNextAction);
        screenMakers.put(Screen.JOURNAL, () -> {
            JournalViewModel journalModel = new JournalViewModel(state, store.checkIns(), store.alerts(),
                    alerts.rules(), tasks, dialogs, messages);
            journalModel.showHomeReadings(store.homeVitals());
            JournalView journal = new JournalView(journalModel, messages);
            focusOnShow.put(Screen.JOURNAL, journal::focusTable);
            return journal;
        });
        screenMakers.put(Screen.TREATMENT, () -> {
            TreatmentView treatmentView = new TreatmentView(treatment, messages);
            treatmentView.addAction(emergencySheetButton());
            treatmentView.addTab("tab-medicines", messages.get("treatment.tab.medicines"), panes.medicines());
            treatmentView.addTab("tab-procedures", messages.get("treatment.tab.procedures"), panes.procedures());
            treatmentView.addTab("tab-anthracycline", messages.get("anthracycline.tab"),
                    scrolling(new VBox(12, new AnthracyclineCard(anthracycline, messages), panes.heartScans())));
            panes.heartScans().setMinHeight(520); // shown whole; the tab scrolls, not a box inside it
            treatmentView.addTab("tab-blood-tests", messages.get("bloodTests.tab"), panes.bloodTests());
            panes.bloodTests().linkGuidance(() -> openGuidance("blood-tests"));
            return treatmentView;
        });
        AppointmentBook book = new AppointmentBook(state, store.appointments(), tasks, dialogs, messages);
        RemindersViewModel reminderModel = new RemindersViewModel(state, store.reminders(), tasks, dialogs, clock);
        ReminderWording reminderWording = new ReminderWording(messages, clock);
        reminders = new ReminderNotifier(reminderModel, reminderWording, messages);
        screenMakers.put(Screen.APPOINTMENTS, () -> appointmentsScreen(stage, store, book, reminderModel,
                reminderWording, tasks, dialogs, clock));
        screenMakers.put(Screen.TRENDS, () -> {
            TrendsView trends = new TrendsView(new TrendsViewModel(state, store.checkIns(), store.alerts(),
                    store.bloodTests(), tasks, dialogs, messages, clock, guidance), guidance, messages);
            focusOnShow.put(Screen.TRENDS, trends::focusFirst);
            return trends;
        });
        screenMakers.put(Screen.GUIDANCE, () -> {
            GuidanceView guidanceView = new GuidanceView(guidanceModel, messages);
            focusOnShow.put(Screen.GUIDANCE, guidanceView::focusSearch);
            return guidanceView;
        });
        screenMakers.put(Screen.SETTINGS, () -> new SettingsView(
                new SettingsViewModel(state, store, tasks, dialogs, messages, clock, folderOpener, sample),
                new DataTransferViewModel(store, tasks, dialogs, messages, clock, rebuild),
                new BackupViewModel(store, tasks, dialogs, messages, clock, rebuild), lock, look.appearanceProperty(),
                messages));
        welcome = memoized(() -> new WelcomeView(new WelcomeViewModel(state, store.profile(), tasks, dialogs, messages,
                clock, sample), messages));
        Supplier<ReportViewModel> report = memoized(() -> new ReportViewModel(state,
                (request, target) -> ClinicReportExport.write(store, request, target, clock),
                store.folder(), tasks, dialogs, messages, clock, folderOpener));
        openReport = () -> ReportDialog.open(stage, report.get(), messages);
        sidebar = sidebar(messages);

        root.getStyleClass().add("main-window");
        UndoBar undoBar = new UndoBar(state.undo(), messages);
        StackPane.setAlignment(undoBar, Pos.BOTTOM_CENTER);
        StackPane.setMargin(undoBar, new Insets(0, 0, 16, 0));
        content.getChildren().setAll(new Region(), undoBar);
        Scene scene = new Scene(new LockLayer(root, lock, messages).root(), window.width(), window.height());
        look = Look.install(scene, new SettingsStore(store.folder())); // text size and theme, dialogs too
        addShortcuts(scene);
        ScrollIntoView.install(scene);
        stage.setTitle(messages.get(store.isSample() ? "app.title.sample" : "app.title"));
        if (store.isSample()) {
            root.setTop(new SampleBanner(messages, sample));
        }
        if (stage.getMinWidth() == 0) { // kept when rebuilt: the session lowers it on a screen smaller than it
            stage.setMinWidth(WindowPlacement.MIN_WIDTH);
            stage.setMinHeight(WindowPlacement.MIN_HEIGHT);
        }
        stage.setMaximized(window.maximized());
        stage.setScene(scene);

        state.screenProperty().addListener((o, old, screen) -> show(screen));
        // after unlocking, the cursor goes back to the screen's first field, not the sidebar (D15)
        lock.lockedProperty().addListener((o, was, locked) -> {
            if (!locked && root.getLeft() != null) {
                focusAfterLayout(focusOnShow.getOrDefault(state.screenProperty().get(), () -> { }));
            }
        });
        state.profileProperty().addListener((o, old, profile) -> showWelcomeOrJournal());
        showWelcomeOrJournal();
    }

    private Node appointmentsScreen(Stage stage, JournalStore store, AppointmentBook book,
                                    RemindersViewModel reminderModel, ReminderWording reminderWording,
                                    BackgroundTasks tasks, DialogService dialogs, Clock clock) {
        AppointmentsView appointmentsView = new AppointmentsView(messages);
        appointments = new AppointmentsViewModel(book, dialogs, messages, clock);
        UpcomingPane upcoming = new UpcomingPane(appointments, messages);
        upcoming.addAtTop(new DueRemindersCard(reminderModel, reminderWording, messages));
        focusOnShow.put(Screen.APPOINTMENTS, upcoming::focusList);
        appointmentsView.addTab("tab-upcoming", messages.get("appointments.tab.upcoming"), upcoming);
        CalendarExportViewModel export = new CalendarExportViewModel(
                (range, alarms, target) -> CalendarFileExport.write(store, range, alarms, target, clock),
                store.folder(), tasks, dialogs, messages);
        appointmentsView.addAction(Forms.button("export-calendar", messages.get("export.open"),
                () -> CalendarExportDialog.ask(stage, export, messages)));
        appointmentsView.showStatus(appointments.statusProperty(), export.statusProperty());
        appointmentsView.addTab("tab-month", messages.get("appointments.tab.month"), new MonthPane(
                new MonthViewModel(state.appointments(), state.courses(), clock, messages.locale()),
                appointments.formats(), messages, appointment -> {
                    appointmentsView.showTab("tab-upcoming");
                    appointments.open(appointment);
                }));
        appointmentsView.addTab("tab-followup", messages.get("followUp.tab"),
                new FollowUpPane(new FollowUpViewModel(state, store.followUpPlan(), book, FollowUpCatalog.bundled(),
                        tasks, dialogs, messages, clock), messages));
        return appointmentsView;
    }

    /** Made on first use, then the same one. */
    /**
     * A call temperature outside 37.5–38.0 °C, as an older version or an import left it, is written back as the
     * value the app reads it as; the number it held is told once on Today. If the journal cannot be written now,
     * the app still reads the corrected number and tells next time.
     */
    private static Optional<BigDecimal> correctedThreshold(JournalStore store) {
        try {
            return store.profile().correctThreshold();
        } catch (StorageException e) {
            return Optional.empty();
        }
    }

    /** The Treatment screen's "Emergency sheet" button, with what it says once saved. */
    private Node emergencySheetButton() {
        javafx.scene.control.Button button = Forms.button("treatment-emergency-sheet", messages.get("emergency.button"),
                emergencySheet::save);
        button.disableProperty().bind(emergencySheet.runningProperty());
        javafx.scene.control.Label status = new javafx.scene.control.Label();
        status.setId("emergency-sheet-status");
        status.setWrapText(true);
        status.textProperty().bind(emergencySheet.statusProperty());
        javafx.scene.control.Label hint = new javafx.scene.control.Label(messages.get("emergency.button.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(10, button, hint);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, row, status);
    }

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

    private static Node scrolling(Node content) {
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("plain-scroll");
        return scroll;
    }

    public AppState state() {
        return state;
    }

    /** At the start of the app: the lock screen first, when the lock is on. */
    public void lockIfOn() {
        lock.lock();
    }

    /** Call once the window shows: reminders are checked now and every minute, and stop when the window closes. */
    public ReminderNotifier startReminders(ReminderPopups popups) {
        // while locked a reminder says only that there is one: its words could be read over a shoulder
        reminders.start(notice -> popups.show(lock.lockedProperty().get() ? new ReminderPopups.ReminderNotice(
                notice.id(), messages.get("lock.reminder.title"), messages.get("lock.reminder.text"),
                notice.doneLabel(), notice.laterLabel(), notice.onDone(), notice.onLater()) : notice));
        root.getScene().getWindow().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> reminders.stop());
        return reminders;
    }

    private void showWelcomeOrJournal() {
        if (!state.profile().welcomeCompleted()) {
            root.setLeft(null);
            WelcomeView shown = welcome.get();
            root.setCenter(shown);
            focusAfterLayout(shown::focusFirst);
        } else if (root.getLeft() == null) {
            root.setLeft(sidebar);
            root.setCenter(content);
            show(state.screenProperty().get());
        }
    }

    /**
     * From now on a screen's first visit shows the screen's title and "Loading…" at once, in a frame of its own, and
     * builds the screen right after that frame is drawn: the key press is answered before the build's work.
     */
    public void showLoadingFirst() {
        loadingFirst = true;
    }

    private void show(Screen screen) {
        if (root.getLeft() == null) {
            return;
        }
        if (loadingFirst && screen != Screen.TODAY && !screens.containsKey(screen)) {
            content.getChildren().set(0, loadingScreen(screen));
            navigation.get(screen).setSelected(true);
            afterNextFrame(() -> {
                if (state.screenProperty().get() == screen && !screens.containsKey(screen)) {
                    build(screen);
                    show(screen);
                }
            });
            return;
        }
        content.getChildren().set(0, build(screen));
        navigation.get(screen).setSelected(true);
        if (screen == Screen.TODAY) {
            medicinesToday.refresh(); // the day may have changed since Today was last shown
            checkIn.refreshTime();
            today.refreshTreatment();
        } else if (screen == Screen.APPOINTMENTS) {
            appointments.refresh();
        }
        focusAfterLayout(focusOnShow.getOrDefault(screen, () -> { }));
    }

    private Node build(Screen screen) {
        return screens.computeIfAbsent(screen, s -> {
            Node made = screenMakers.get(s).get();
            if (made instanceof javafx.scene.Parent parent) {
                Mnemonics.keepWorking(parent); // Alt+letter keeps working after the screen comes back (D3)
            }
            return made;
        });
    }

    /** What a screen's first visit shows while it is built: its title where the title goes, and "Loading…". */
    private Node loadingScreen(Screen screen) {
        Label title = new Label(messages.get(screen.messageKey()));
        title.getStyleClass().add("screen-title");
        Label loading = new Label(messages.get("screen.loading"));
        loading.setId("screen-loading");
        loading.getStyleClass().add(org.leiojournal.ui.common.Loading.STYLE_CLASS);
        VBox placeholder = new VBox(10, title, loading);
        placeholder.getStyleClass().add("screen");
        return placeholder;
    }

    /** Runs {@code then} once the next frame has been laid out and handed to the renderer. */
    private void afterNextFrame(Runnable then) {
        Scene scene = root.getScene();
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(then); // after this pulse, so the placeholder's frame is drawn first
            }
        };
        scene.addPostLayoutPulseListener(once);
        Platform.requestNextPulse();
    }

    /** Opens one guidance panel on the Guidance screen, as a "Read more" link on another screen does. */
    private void openGuidance(String panelId) {
        guidanceModel.show(panelId);
        state.screenProperty().set(Screen.GUIDANCE);
    }

    /**
     * Moves the keyboard focus once the new screen has been laid out. Earlier, JavaFX may still hand the focus to
     * the first control of the window when the old screen's focused field goes away.
     */
    private void focusAfterLayout(Runnable focus) {
        Scene scene = root.getScene();
        if (scene == null) {
            Platform.runLater(focus);
            return;
        }
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                focus.run();
            }
        };
        scene.addPostLayoutPulseListener(once);
        Platform.requestNextPulse();
    }

    private Node sidebar(Messages messages) {
        Label name = new Label(messages.get("app.title"));
        name.getStyleClass().add("app-name");
        Label whose = new Label();
        whose.getStyleClass().add("item-hint");
        whose.textProperty().bind(state.profileProperty().map(p -> p.patientName().isEmpty() ? ""
                : messages.get("app.whose", p.patientName())));
        VBox box = new VBox(6, name, whose);
        ToggleGroup group = new ToggleGroup();
        for (Screen screen : Screen.values()) {
            ToggleButton button = new ToggleButton(messages.get(screen.messageKey()));
            button.setId("nav-" + screen.name().toLowerCase(java.util.Locale.ROOT));
            button.getStyleClass().add("nav-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(group);
            button.setAccessibleHelp(messages.get("nav.shortcut", screen.ordinal() + 1));
            button.setOnAction(e -> {
                button.setSelected(true); // a second click keeps the screen, it does not deselect it
                state.screenProperty().set(screen);
            });
            navigation.put(screen, button);
            box.getChildren().add(button);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        javafx.scene.control.Button report = Forms.button("nav-report", messages.get("report.button"), openReport);
        report.getStyleClass().add("nav-button");
        report.setMaxWidth(Double.MAX_VALUE);
        report.setAccessibleHelp(messages.get("report.button.help"));
        report.setTooltip(new javafx.scene.control.Tooltip(messages.get("report.button.help")));
        Label keys = new Label(messages.get("nav.keys"));
        keys.getStyleClass().add("sidebar-hint");
        keys.setWrapText(true);
        keys.setMinHeight(Region.USE_PREF_SIZE);
        box.getChildren().addAll(spacer, report, keys);
        box.getStyleClass().add("sidebar");
        // at large text sizes the sidebar is taller than a small window: it scrolls rather than push the screen off
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().addAll("plain-scroll", "sidebar-scroll");
        return scroll;
    }

    private void addShortcuts(Scene scene) {
        for (Screen screen : Screen.values()) {
            KeyCode digit = KeyCode.valueOf("DIGIT" + (screen.ordinal() + 1));
            scene.getAccelerators().put(new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN), () -> {
                if (root.getLeft() != null && !root.isDisabled()) { // disabled: locked
                    state.screenProperty().set(screen);
                }
            });
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), () -> {
            if (root.getLeft() != null && !root.isDisabled()) {
                openReport.run();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), () -> {
            if (root.getLeft() != null && !root.isDisabled()) {
                emergencySheet.save();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
            if (content.getChildren().get(0) == today && root.getCenter() == content && !root.isDisabled()) {
                checkIn.save();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), () -> {
            // only while the undo bar offers it: otherwise Ctrl+Z does nothing here
            if (root.getCenter() == content && !root.isDisabled()) {
                state.undo().undo();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), lock::lock);
    }
}
