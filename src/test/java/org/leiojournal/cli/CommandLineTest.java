package org.leiojournal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTest {

    @Test
    void noArgumentsOpensTheWindowOnTheDefaultFolder() throws Exception {
        CommandLine parsed = CommandLine.parse();
        assertEquals(CommandLine.Command.OPEN_WINDOW, parsed.command());
        assertEquals(Optional.empty(), parsed.dataDir());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h"})
    void helpIsRecognised(String arg) throws Exception {
        assertEquals(CommandLine.Command.HELP, CommandLine.parse(arg).command());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void versionIsRecognised(String arg) throws Exception {
        assertEquals(CommandLine.Command.VERSION, CommandLine.parse(arg).command());
    }

    @Test
    void dataDirIsTakenInBothForms() throws Exception {
        assertEquals(Optional.of(Path.of("/srv/my journal")), CommandLine.parse("--data-dir", "/srv/my journal").dataDir());
        assertEquals(Optional.of(Path.of("/srv/journal")), CommandLine.parse("--data-dir=/srv/journal").dataDir());
        CommandLine withHelp = CommandLine.parse("--data-dir", "/srv/journal", "--help");
        assertEquals(CommandLine.Command.HELP, withHelp.command());
        assertEquals(Optional.of(Path.of("/srv/journal")), withHelp.dataDir());
    }

    @Test
    void dataDirWithoutAFolderIsRefused() {
        for (String[] args : new String[][] {{"--data-dir"}, {"--data-dir", ""}, {"--data-dir", "  "},
                {"--data-dir", "--help"}, {"--data-dir="}}) {
            CommandLine.UsageException e = assertThrows(CommandLine.UsageException.class,
                    () -> CommandLine.parse(args), () -> String.join(" ", args));
            assertTrue(e.getMessage().contains("--data-dir"), e.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--frobnicate", "journal.sqlite", "-x", "--HELP"})
    void unknownArgumentIsNamed(String arg) {
        CommandLine.UsageException e = assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse(arg));
        assertTrue(e.getMessage().contains(arg), e.getMessage());
    }

    @Test
    void usageListsEveryOption() {
        for (String option : new String[] {"--data-dir", "--help", "--version", "LEIO_JOURNAL_HOME"}) {
            assertTrue(CommandLine.USAGE.contains(option), option);
        }
    }
}
