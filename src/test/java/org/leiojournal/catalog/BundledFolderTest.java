package org.leiojournal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** A bundled file that is missing or refused stops the app with the file's name, never a silent gap. */
class BundledFolderTest {

    private final BundledFolder alerts = new BundledFolder("/org/leiojournal/alerts/");

    @Test
    void aMissingFileIsNamed() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> alerts.read("no-such-file.json", in -> in.readAllBytes().length));
        assertEquals("/org/leiojournal/alerts/no-such-file.json cannot be read", e.getMessage());
    }

    @Test
    void aFileItsReaderRefusesIsNamedWithTheReason() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> alerts.read("rules.json", in -> {
            throw new IOException("the window's months and its sources are required");
        }));
        assertEquals("/org/leiojournal/alerts/rules.json cannot be read", e.getMessage());
        assertEquals("the window's months and its sources are required", e.getCause().getMessage());
    }

    @Test
    void aFileIsReadWhole() {
        int bytes = alerts.read("rules.json", in -> in.readAllBytes().length);
        assertTrue(bytes > 100, "rules.json has its rules");
    }
}
