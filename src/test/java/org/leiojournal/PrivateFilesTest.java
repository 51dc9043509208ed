package org.leiojournal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.platform.LogFile;
import org.leiojournal.settings.SettingsStore;
import org.leiojournal.settings.WindowSettings;
import org.leiojournal.storage.ImportMode;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.storage.crash.CrashWriter;
import org.leiojournal.transfer.JournalExport;
import org.leiojournal.transfer.JournalImport;

/**
 * On POSIX everything the app keeps or writes in the data folder is its owner's only: after a day's use (a check-in,
 * the window's settings, the log, exports saved into the folder, a replacing import and its backup) every folder
 * is 0700 and every file 0600, whatever the user's umask made new files.
 */
class PrivateFilesTest {

    @TempDir
    Path temp;

    @Test
    void everyFolderIs0700AndEveryFile0600() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path data = temp.resolve("journal");
        Handler log = LogFile.attach(temp.resolve("journal"));
        try (JournalStore store = JournalStore.open(data, TestClocks.SUNDAY)) {
            Logger.getLogger("org.leiojournal.test").info("a line in the log");
            store.checkIns().save(CrashWriter.entry(1, store.items().all().stream()
                    .filter(i -> i.kind() == ItemKind.SCORE).toList()));
            new SettingsStore(data).save(new WindowSettings(1200, 800, false));
            JournalExport.toJson(store, data.resolve("everything.json"));
            JournalExport.toCsv(store, data.resolve("tables"));
            JournalExport.toCsv(store, data.resolve("tables.zip"));
            JournalImport.from(store, data.resolve("everything.json"), ImportMode.REPLACE);
        } finally {
            Logger.getLogger("").removeHandler(log);
            log.close();
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(data)) {
            all = walk.toList();
        }
        assertTrue(all.stream().anyMatch(p -> p.getParent().getFileName().toString().equals("backups")),
                "the replacing import made a backup: " + all);
        assertTrue(all.contains(data.resolve("tables").resolve("check_in.csv")), all.toString());
        for (Path path : all) {
            String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
            assertEquals(Files.isDirectory(path) ? "rwx------" : "rw-------", mode, data.relativize(path).toString());
        }
    }
}
