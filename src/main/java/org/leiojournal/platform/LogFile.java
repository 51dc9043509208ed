package org.leiojournal.platform;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

/**
 * The window app's log, {@code logs/leio-journal.log} in the data folder, private like the journal (folder 0700,
 * files 0600: JUL's FileHandler would create them with the user's umask). Kept small: at start a log over
 * {@link #LIMIT} bytes moves to {@code .1}, that one to {@code .2}, and the oldest goes. What is logged is the app's
 * own doing (opened, migrated, failed and why in kind), never what the user wrote. Only the app's own loggers go
 * in: the toolkit's (JavaFX CSS and layout messages) print node texts, such as the patient's name on a label.
 */
public final class LogFile {

    public static final String FOLDER = "logs";
    static final String NAME = "leio-journal.log";
    static final long LIMIT = 1_000_000;
    private static final int KEPT = 2;
    private static final String APP_LOGGERS = "org.leiojournal.";

    private LogFile() {
    }

    /** Adds the log file under {@code dataFolder} to the root logger and returns its handler (to close it). */
    public static Handler attach(Path dataFolder) throws IOException {
        Path folder = dataFolder.resolve(FOLDER);
        FilePermissions.createPrivateDirectory(folder);
        Path log = folder.resolve(NAME);
        if (Files.exists(log) && Files.size(log) > LIMIT) {
            for (int n = KEPT; n >= 1; n--) {
                Path from = n == 1 ? log : older(folder, n - 1);
                if (Files.exists(from)) {
                    Files.move(from, older(folder, n), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        FilePermissions.createPrivateFile(log);
        StreamHandler handler = new StreamHandler(new FileOutputStream(log.toFile(), true), new SimpleFormatter()) {
            @Override
            public synchronized void publish(java.util.logging.LogRecord record) {
                super.publish(record);
                flush(); // a crash must not take the last lines with it
            }
        };
        handler.setLevel(Level.INFO);
        handler.setFilter(record -> record.getLoggerName() != null && record.getLoggerName().startsWith(APP_LOGGERS));
        Logger.getLogger("").addHandler(handler);
        return handler;
    }

    private static Path older(Path folder, int n) {
        return folder.resolve(NAME.replace(".log", "." + n + ".log"));
    }
}
