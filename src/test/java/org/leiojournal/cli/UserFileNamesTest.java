package org.leiojournal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** A file name the system cannot take is a usage message, never a stack trace; spaces and accents just work. */
class UserFileNamesTest {

    @Test
    void aNameNoSystemTakesIsRefusedInWords() {
        CommandLine.UsageException e = assertThrows(CommandLine.UsageException.class,
                () -> CommandLine.parse("export", "--format", "csv", "--out", "tables\0.zip"));
        assertEquals("cannot use tables?.zip as a file name: Nul character not allowed", e.getMessage());
    }

    @Test
    void spacesAndAccentsAreKeptAsTyped() throws Exception {
        String name = "Relevé de l’été – clinic 22 Nov.pdf";
        CommandLine line = CommandLine.parse("--data-dir", "Mon journal à moi", "export", "--format", "pdf", "--out",
                name);
        assertEquals(Path.of(name), line.export().orElseThrow().out());
        assertEquals(Path.of("Mon journal à moi"), line.dataDir().orElseThrow());
    }

    @Test
    @EnabledOnOs(OS.WINDOWS)
    void onWindowsDeviceNamesAndColonsAreRefusedInWords() {
        CommandLine.UsageException con = assertThrows(CommandLine.UsageException.class,
                () -> CommandLine.parse("export", "--format", "csv", "--out", "CON.csv"));
        assertEquals("cannot use CON.csv as a file name: Windows keeps the name CON.csv for a device; choose another "
                + "name", con.getMessage());
        assertThrows(CommandLine.UsageException.class,
                () -> CommandLine.parse("backup", "--to", "D:\\backups\\22:11"));
    }
}
