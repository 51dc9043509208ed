package org.leiojournal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.privacy.NetworkGuard;

/** Every headless command works with the network refused, and asks for none. */
class NoNetworkCommandLineTest {

    @TempDir
    Path dir;

    @Test
    void sampleExportsAndImportOpenNoConnection() {
        Path journal = dir.resolve("journal");
        String data = journal.toString();
        try (NetworkGuard guard = NetworkGuard.install()) {
            assertEquals(0, run("sample", "--out", data));
            assertEquals(0, run("--data-dir", data, "export", "--format", "ics", "--out", dir + "/c.ics"));
            assertEquals(0, run("--data-dir", data, "export", "--format", "pdf", "--out", dir + "/r.pdf"));
            assertEquals(0, run("--data-dir", data, "export", "--format", "csv", "--out", dir + "/t.zip"));
            assertEquals(0, run("--data-dir", data, "export", "--format", "json", "--out", dir + "/e.json"));
            assertEquals(0, run("--data-dir", dir.resolve("other").toString(), "import", dir + "/e.json"));
            assertEquals(List.of(), guard.attempts(), "network use");
        }
    }

    private static int run(String... args) {
        return Launcher.run(args, Map.of(), TestClocks.SUNDAY, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()));
    }
}
