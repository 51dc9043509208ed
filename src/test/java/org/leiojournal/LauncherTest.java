package org.leiojournal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.leiojournal.cli.AppVersion;

/** Headless commands only: running without one would open the window. */
class LauncherTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpPrintsUsageAndSucceeds() {
        assertEquals(0, run("--help"));
        assertTrue(out().startsWith("Usage: leio-journal"), out());
        assertTrue(out().contains("--data-dir DIR"), out());
        assertEquals("", err());
    }

    @Test
    void versionPrintsTheBuiltVersionAndSucceeds() {
        assertEquals(0, run("--version"));
        String line = out().strip();
        assertTrue(line.startsWith("Leio Journal "), line);
        String version = line.substring("Leio Journal ".length());
        // Maven must have filled in the version, not left the placeholder or nothing
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), version);
        assertEquals(AppVersion.current(), version);
        assertEquals("", err());
    }

    @Test
    void helpWithADataDirDoesNotOpenAnything() {
        assertEquals(0, run("--data-dir", "/nonexistent/leio", "--help"));
        assertTrue(out().startsWith("Usage:"));
    }

    @Test
    void unknownArgumentIsBadUsage() {
        assertEquals(2, run("--frobnicate"));
        assertTrue(err().contains("unknown argument: --frobnicate"), err());
        assertTrue(err().contains("Usage: leio-journal"), err());
        assertEquals("", out());
    }

    @Test
    void dataDirWithoutValueIsBadUsage() {
        assertEquals(2, run("--data-dir"));
        assertTrue(err().contains("--data-dir needs a folder"), err());
        assertEquals("", out());
    }

    @Test
    void badUsageWinsOverHelp() {
        assertEquals(2, run("--help", "--bogus"));
        assertEquals("", out());
    }
}
