package org.leiojournal.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.logging.Logger;
import javafx.scene.Cursor;
import javafx.stage.Stage;
import org.leiojournal.app.JournalSnapshot;
import org.leiojournal.platform.FolderOpener;
import org.leiojournal.sample.SampleJournal;
import org.leiojournal.settings.WindowPlacement;
import org.leiojournal.settings.WindowSettings;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.appointment.ReminderNotifier;
import org.leiojournal.ui.appointment.ReminderPopups;
import org.leiojournal.ui.common.BackgroundTasks;
import org.leiojournal.ui.common.DialogService;
import org.leiojournal.ui.common.FxDialogService;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.SampleSwitch;
import org.leiojournal.ui.common.UiContext;

/**
 * The journal shown in the window, and the switch to the sample journal and back. One journal is open at a time:
 * the open one is closed before the next is opened (each folder has one writer), on the worker thread after any
 * work still queued for it. If the next cannot be opened, the previous one is opened again and the user told.
 */
public final class JournalSession implements SampleSwitch {

    private static final Logger LOG = Logger.getLogger(JournalSession.class.getName());

    /** Makes the journal to open ready (writes a sample) before anything is closed. */
    @FunctionalInterface
    private interface Preparation {
        void run() throws Exception;
    }

    private final Stage stage;
    private final Path home;
    private final Messages messages;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final FolderOpener folderOpener;
    private final Optional<ReminderPopups> popups;
    private final DialogService dialogs;
    /** What every screen of the window is handed: built once, the same for each window on each journal. */
    private final UiContext ui;
    private WindowSettings size;
    private volatile JournalStore store;
    private JournalStore shown;
    private ReminderNotifier reminders;
    private boolean loadingFirst;
    /** The window shown now. */
    private MainWindow window;

    /** {@code home} is the user's own journal folder; {@code popups} show reminders (none in tests). */
    public JournalSession(Stage stage, Path home, WindowSettings size, Messages messages, BackgroundTasks tasks,
                          Clock clock, FolderOpener folderOpener, Optional<ReminderPopups> popups) {
        this.stage = stage;
        this.home = home;
        this.size = size;
        this.messages = messages;
        this.tasks = tasks;
        this.clock = clock;
        this.folderOpener = folderOpener;
        this.popups = popups;
        this.dialogs = new FxDialogService(stage, messages);
        this.ui = new UiContext(tasks, dialogs, messages, clock);
    }

    /**
     * A slow screen's first visit shows its title and "Loading…" in a frame of its own before the screen is built, so
     * the key press is answered at once (the app sets this; tests that look a screen up right after switching don't).
     */
    public void showLoadingFirst() {
        loadingFirst = true;
    }

    /**
     * The screens not yet visited are built hidden once the window shown now has been idle a moment
     * ({@link MainWindow#prebuildAtIdle}; the app calls this after the warm-up, tests don't).
     */
    public void prebuildAtIdle() {
        window.prebuildAtIdle();
    }

    /** The app is ending: no screen of the window is built at idle any more ({@link MainWindow#stopAtIdle}). */
    public void stopAtIdle() {
        if (window != null) {
            window.stopAtIdle();
        }
    }

    /** Builds the window on an open journal and shows it, with its reminders running. */
    public void show(JournalStore opened) {
        show(opened, JournalSnapshot.read(opened));
    }

    /** As {@link #show(JournalStore)}, with what the screens share already read from it ({@code first}). */
    public void show(JournalStore opened, JournalSnapshot first) {
        boolean starting = shown == null;
        if (shown != null) {
            size = new WindowSettings(stage.getWidth(), stage.getHeight(), stage.isMaximized());
        }
        store = opened;
        shown = opened;
        WindowPlacement.Placement placement = starting ? WindowFit.on(size) : null;
        if (starting) {
            size = WindowFit.sized(size, placement); // the first window fits the screen it opens on (D10)
        }
        window = new MainWindow(stage, size, opened, first, ui, folderOpener, this, this::reload);
        if (loadingFirst) {
            window.showLoadingFirst();
        }
        if (starting) {
            WindowFit.place(stage, placement);
            window.lockIfOn(); // at the app's start, not when the window is rebuilt after an import
        }
        stage.show();
        reminders = popups.map(window::startReminders).orElse(null);
    }

    /** Builds the window again on the journal open now, as after an import: every screen reads it afresh. */
    private void reload() {
        stopReminders();
        show(store);
    }

    /** The journal open now. */
    public JournalStore store() {
        return store;
    }

    @Override
    public void exploreSample() {
        Path sample = SampleJournal.folderBeside(home);
        ZonedDateTime now = ZonedDateTime.now(clock);
        switchTo(sample, () -> SampleJournal.recreate(sample, now), "sample.failed.title", "sample.failed.body");
    }

    @Override
    public void backToMyJournal() {
        switchTo(home, () -> { }, "sample.backFailed.title", "sample.backFailed.body");
    }

    @Override
    public boolean canExplore() {
        return !store.isSample();
    }

    @Override
    public boolean canGoBack() {
        return store.isSample() && !JournalStore.isSample(home);
    }

    private void switchTo(Path folder, Preparation preparation, String failedTitle, String failedBody) {
        stopReminders();
        setBusy(true);
        tasks.run(() -> {
            try {
                preparation.run();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return reopen(folder);
        }, this::show, e -> failed(folder, failedTitle, failedBody));
    }

    /** On the worker: closes the journal open now, then opens the next; on failure the previous one again. */
    private JournalStore reopen(Path folder) {
        JournalStore previous = store;
        previous.close();
        try {
            store = JournalStore.open(folder, clock);
            return store;
        } catch (Exception e) {
            store = openQuietly(previous.folder());
            throw new IllegalStateException(e);
        }
    }

    private JournalStore openQuietly(Path folder) {
        try {
            return JournalStore.open(folder, clock);
        } catch (Exception e) {
            LOG.warning("The previous journal could not be opened again: " + e.getClass().getSimpleName());
            return null;
        }
    }

    /** Back where the user was, told why; if not even that journal opens again, the app says so and closes. */
    private void failed(Path folder, String title, String body) {
        if (store == null) {
            dialogs.showError(messages.get("startup.failed.title"),
                    messages.get("startup.failed.body", folder.toString()));
            stage.close();
            return;
        }
        if (store != shown) {
            show(store);
        } else {
            setBusy(false);
            if (reminders != null) {
                popups.ifPresent(reminders::start);
            }
        }
        dialogs.showError(messages.get(title), messages.get(body, folder.toString()));
    }

    private void stopReminders() {
        if (reminders != null) {
            reminders.stop();
        }
    }

    private void setBusy(boolean busy) {
        stage.getScene().getRoot().setDisable(busy);
        stage.getScene().setCursor(busy ? Cursor.WAIT : null);
    }

    /** When the app quits, after the worker has finished: closes the journal open now. */
    public void close() {
        stopReminders();
        JournalStore open = store;
        if (open != null) {
            open.close();
        }
    }
}
