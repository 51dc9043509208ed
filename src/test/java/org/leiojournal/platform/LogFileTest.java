package org.leiojournal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFileTest {

    @TempDir
    Path data;

    private String attachLogAndRead(String appLine, String toolkitLine) throws Exception {
        Handler handler = LogFile.attach(data);
        Logger root = Logger.getLogger("");
        java.util.logging.Level level = root.getLevel();
        root.setLevel(java.util.logging.Level.INFO); // the window app's level; a headless command's test may lower it
        try {
            Logger.getLogger("org.leiojournal.storage.Something").info(appLine);
            Logger.getLogger("javafx.css").warning(toolkitLine);
        } finally {
            root.setLevel(level);
            root.removeHandler(handler);
            handler.close();
        }
        return Files.readString(data.resolve("logs").resolve(LogFile.NAME));
    }

    @Test
    void theAppsLinesGoInTheToolkitsDoNot() throws Exception {
        String log = attachLogAndRead("Journal opened", "Label 'Journal of Ann Smith' could not resolve a colour");
        assertTrue(log.contains("Journal opened"), log);
        assertFalse(log.contains("Ann Smith"), log);
    }

    @Test
    void theFolderAndTheFileArePrivate() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        attachLogAndRead("x", "y");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("logs"))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                data.resolve("logs").resolve(LogFile.NAME))));
    }

    @Test
    void aLogOverTheLimitMovesAsideAtStartAndTwoOldOnesAreKept() throws Exception {
        Path logs = data.resolve("logs");
        Files.createDirectories(logs);
        for (String generation : new String[] {"third", "second", "first"}) {
            Files.writeString(logs.resolve(LogFile.NAME), generation + "\n" + "x".repeat((int) LogFile.LIMIT));
            attachLogAndRead("after " + generation, "");
        }
        assertTrue(Files.readString(logs.resolve(LogFile.NAME)).contains("after first"));
        assertTrue(Files.readString(logs.resolve("leio-journal.1.log")).startsWith("first"));
        assertTrue(Files.readString(logs.resolve("leio-journal.2.log")).startsWith("second"));
        try (var files = Files.list(logs)) {
            assertEquals(3, files.count(), "the oldest went");
        }
    }
}
