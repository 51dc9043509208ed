package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.treatment.Medicine;
import org.leiojournal.domain.treatment.MedicineSchedule;
import org.leiojournal.platform.LogFile;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.testing.FxSettle;

/**
 * Logs hold what the app did, never what the user wrote: after a session with a name, a symptom, a medicine and a
 * note all carrying marker words, no record of the app's loggers (at any level, FINEST included) and no log file
 * names any of them, nor any symptom. (The toolkit's own debug records do quote label texts: they never reach the
 * file, which takes the app's loggers only.)
 */
class PrivateLogsUiTest extends JournalUiTest {

    private static final String NAME = "Zephyrine Quillfeather";
    private static final String ITEM = "Quillmarker ache";
    private static final String MEDICINE = "Quillmarkermab";
    private static final String NOTE = "Quillnote: felt the marker word today";

    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLoggerName() == null || !record.getLoggerName().startsWith("org.leiojournal.")) {
                return;
            }
            synchronized (records) {
                records.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Handler file;
    private Level rootLevel;

    @Override
    void prepare(JournalStore fresh) {
        try {
            file = LogFile.attach(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Logger root = Logger.getLogger("");
        rootLevel = root.getLevel();
        root.setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
        fresh.profile().save(new Profile(NAME, fresh.profile().load().usualRecorder(),
                fresh.profile().load().temperatureUnit(), fresh.profile().load().weightUnit(),
                Profile.DEFAULT_THRESHOLD_CELSIUS, true, 0));
        fresh.items().add(ITEM, ItemKind.SCORE);
        fresh.medicines().add(new Medicine(0, MEDICINE, "10 mg", MedicineSchedule.FIXED_TIMES,
                List.of(LocalTime.of(8, 0)), LocalDate.of(2026, 11, 1), Optional.empty(), ""));
        store = fresh;
    }

    @AfterEach
    void detachLogs() {
        Logger root = Logger.getLogger("");
        root.removeHandler(capture);
        root.removeHandler(file);
        root.setLevel(rootLevel);
        file.close();
    }

    @Test
    void nothingTheUserWroteReachesTheLogs() throws Exception {
        clickOn("#item-esas-pain").write("8"); // 7 or more: an alert is raised and logged about, if at all, by kind
        clickOn(reveal("#checkin-note")).write(NOTE);
        shortcut(KeyCode.S);
        assertEquals(1, store.checkIns().count());
        Path export = Files.createTempDirectory("leio-logs").resolve("everything.json");
        dialogs.toSave = Optional.of(export);
        shortcut(KeyCode.DIGIT7);
        clickOn(reveal("#data-export"));
        dialogs.toOpen = Optional.of(export);
        clickOn(reveal("#data-import"));
        clickOn("#import-ok");
        FxSettle.settle();
        clickOn("#info-ok");
        file.flush();

        List<String> secrets = new ArrayList<>(List.of(NAME, "Zephyrine", "Quillmarker", "Quillnote", MEDICINE, ITEM));
        store.items().all().stream().map(SymptomItem::name).forEach(secrets::add);
        SimpleFormatter format = new SimpleFormatter();
        List<String> logged = new ArrayList<>();
        synchronized (records) {
            records.forEach(r -> logged.add(format.format(r)));
        }
        Path logs = dataDir.resolve(LogFile.FOLDER);
        try (Stream<Path> files = Files.list(logs)) {
            files.forEach(f -> logged.add(read(f)));
        }
        assertTrue(logged.stream().anyMatch(l -> l.contains("Imported")), "the import is logged, so logs are read");
        for (String secret : secrets) {
            for (String text : logged) {
                assertTrue(!text.contains(secret), "\"" + secret + "\" in the log: " + text);
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
