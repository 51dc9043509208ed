package org.leiojournal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Names Windows refuses are told apart, in words, from the many it takes: spaces, accents, "Console". */
class FileNamesTest {

    @Test
    void windowsRefusesDeviceNamesWithOrWithoutAnExtension() {
        for (String device : List.of("CON", "con.csv", "C:\\Users\\Zoë\\NUL.json", "reports/LPT1.pdf", "com9.ics",
                "AUX")) {
            assertTrue(FileNames.windowsProblem(device).orElseThrow().contains("for a device"), device);
        }
    }

    @Test
    void windowsRefusesItsForbiddenCharactersAndTrailingDotsOrSpaces() {
        assertEquals(Optional.of("Windows does not allow “:” in a file name; choose another name"),
                FileNames.windowsProblem("clinic 22:11.pdf"));
        for (String name : List.of("what?.csv", "a*b.json", "\"quoted\".pdf", "a|b", "a<b>", "tab\there",
                "journal.", "journal ")) {
            assertTrue(FileNames.windowsProblem(name).isPresent(), name);
        }
    }

    @Test
    void spacesAccentsDrivesAndNamesThatOnlyStartLikeADeviceAreFine() {
        for (String fine : List.of("C:\\Users\\Zoë\\Documents\\Relevé été 2026.csv", "D:", "C:/journal export",
                "\\\\server\\share\\Leio Journal\\backup.sqlite", "Console.csv", "CONTACTS.csv", "COM10.txt",
                "Łukasz – clinic report (22 Nov).pdf", "日記.json", "../exports/./x.csv")) {
            assertEquals(Optional.empty(), FileNames.windowsProblem(fine), fine);
        }
    }
}
