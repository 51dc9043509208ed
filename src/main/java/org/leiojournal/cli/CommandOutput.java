package org.leiojournal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Where a command speaks: what it did as lines on {@code out}; a failure as one "leio-journal: …" line on
 * {@code err}, never a stack trace. Also the few words every command's lines share (counts, why a file failed).
 */
record CommandOutput(PrintStream out, PrintStream err) {

    void say(String line) {
        out.println(line);
    }

    /** Says why the command failed; always false, so a command can {@code return output.fail(…)}. */
    boolean fail(String message) {
        err.println("leio-journal: " + message);
        return false;
    }

    /** "1 row", "2 rows". */
    static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    /** The reason in words; the path is already in the message. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "its folder does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
