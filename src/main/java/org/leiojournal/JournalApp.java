package org.leiojournal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.leiojournal.cli.CommandLine;
import org.leiojournal.platform.FailureTrace;
import org.leiojournal.platform.FolderOpener;
import org.leiojournal.settings.AppPaths;
import org.leiojournal.settings.SettingsStore;
import org.leiojournal.settings.WindowSettings;
import org.leiojournal.storage.JournalInUseException;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.storage.NewerJournalException;
import org.leiojournal.storage.StorageException;
import org.leiojournal.ui.FirstWindowProbe;
import org.leiojournal.ui.Icons;
import org.leiojournal.ui.JournalSession;
import org.leiojournal.ui.appointment.NotificationPopups;
import org.leiojournal.ui.common.AfterStart;
import org.leiojournal.ui.common.BackgroundTasks;
import org.leiojournal.ui.common.FxDialogService;
import org.leiojournal.ui.common.ClassPreload;
import org.leiojournal.ui.common.IdlePrebuild;
import org.leiojournal.ui.common.IdleWarmUp;
import org.leiojournal.ui.common.Messages;

/**
 * The composition root: opens the journal, hands it to the session that shows it (and switches to the sample
 * journal and back), and closes everything on exit.
 */
public final class JournalApp extends Application {

    private static final Logger LOG = Logger.getLogger(JournalApp.class.getName());

    private final Clock clock = AppClock.system();
    private JournalStore store;
    private ExecutorService worker;
    private SettingsStore settings;
    private Messages messages;
    private JournalSession session;

    @Override
    public void start(Stage stage) throws Exception {
        ClassPreload.asTheWindowIsBuilt(); // on the other core while this thread builds the window
        messages = new Messages(Locale.getDefault());
        Path folder = AppPaths.dataFolder(CommandLine.parse(getParameters().getRaw().toArray(String[]::new)).dataDir(),
                System.getenv());
        try {
            store = JournalOpening.take(folder, clock); // begun by the launcher while JavaFX started
        } catch (JournalInUseException e) {
            fatal(messages.get("startup.inUse.title"), messages.get("startup.inUse.body", folder.toString()));
            return;
        } catch (NewerJournalException e) {
            fatal(messages.get("startup.newer.title"), messages.get("startup.newer.body", folder.toString(),
                    e.foundVersion(), e.supportedVersion()));
            return;
        } catch (StorageException e) {
            LOG.warning("Journal could not be opened: " + FailureTrace.of(e));
            fatal(messages.get("startup.failed.title"), messages.get("startup.failed.body", folder.toString()));
            return;
        }
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "journal-worker");
            thread.setDaemon(true);
            return thread;
        });
        settings = new SettingsStore(folder);
        session = new JournalSession(stage, folder, settings.load(), messages,
                new BackgroundTasks(worker, Platform::runLater), clock, FolderOpener.system(),
                Optional.of(new NotificationPopups(stage)));
        session.showLoadingFirst();
        stage.setOnCloseRequest(e -> settings.save(new WindowSettings(stage.getWidth(), stage.getHeight(),
                stage.isMaximized(), stage.getX(), stage.getY())));
        stage.getIcons().addAll(Icons.loadedInBackground());
        try {
            session.show(store, JournalOpening.firstRead(store)); // read while JavaFX started
            JournalStore opened = store;
            worker.execute(() -> JournalOpening.backUpToday(opened)); // after the window's own reads
            FirstWindowProbe.watch(stage, worker);
            // the other screens' controls, then the screens themselves, before their first visit
            IdleWarmUp.whenIdle(stage.getScene(), worker, IdlePrebuild.enabled() ? session::prebuildAtIdle : () -> { });
            ClassPreload.afterStart(stage, worker); // Treatment's classes, off the UI thread
            AfterStart.then(stage, worker, JournalOpening::readCatalogsForLaterScreens); // Treatment's templates
        } catch (StorageException e) {
            // the file opened but holds what the app cannot read: say so rather than crash
            LOG.warning("Journal could not be read: " + FailureTrace.of(e));
            store.close();
            fatal(messages.get("startup.failed.title"), messages.get("startup.failed.body", folder.toString()));
        }
    }

    @Override
    public void stop() throws InterruptedException {
        if (session != null) {
            session.stopAtIdle(); // before the worker goes: a screen begun at idle now would hand it its reads
        }
        if (worker != null) {
            worker.shutdown();
            worker.awaitTermination(10, TimeUnit.SECONDS); // let the last save finish before closing the file
        }
        if (session != null) {
            session.close(); // the journal open now, which after a switch to the sample is not the first one
        } else if (store != null) {
            store.close();
        }
    }

    /** Says why the journal cannot be opened, then quits without having written anything. */
    private void fatal(String title, String message) {
        new FxDialogService(null, messages).showError(title, message);
        Platform.exit();
    }
}
