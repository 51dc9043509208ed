package org.leiojournal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** On a Mac the shortcuts are ⌘ keys, and the screens name them so; elsewhere Ctrl. */
class ShortcutKeysTest {

    @Test
    void aMacNamesTheCommandKeyWhereOtherSystemsSayCtrl() {
        String keys = "Keys: Ctrl+1…7 open these screens in order · Ctrl+S saves · Ctrl+P clinic report";
        assertEquals("Keys: ⌘1…7 open these screens in order · ⌘S saves · ⌘P clinic report",
                ShortcutKeys.named(keys, true));
        assertEquals(keys, ShortcutKeys.named(keys, false));
        assertEquals("Control your symptoms", ShortcutKeys.named("Control your symptoms", true), "only Ctrl+");
    }

    @Test
    void macOsIsRecognisedByItsName() {
        assertTrue(ShortcutKeys.isMac("Mac OS X"));
        assertTrue(!ShortcutKeys.isMac("Linux") && !ShortcutKeys.isMac("Windows 11"));
    }

    /**
     * SHORTCUT_DOWN and isShortcutDown() are Ctrl on Windows and Linux and ⌘ on a Mac. A hard-coded CONTROL_DOWN
     * would make a Mac user press Control, which Mac apps never ask for. Checking that Control is NOT down (an
     * Alt+letter that must come alone) declares no shortcut, so a negated check is fine.
     */
    @Test
    void everyShortcutIsDeclaredWithTheSystemsShortcutKey() throws IOException {
        List<String> found;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            found = sources.filter(p -> p.toString().endsWith(".java")).flatMap(ShortcutKeysTest::lines)
                    .map(l -> l.replaceAll("!\\s*\\w+\\.is(Control|Meta)Down\\(\\)", ""))
                    .filter(l -> l.matches(".*(CONTROL_DOWN|META_DOWN|isControlDown|isMetaDown).*")).toList();
        }
        assertEquals(List.of(), found);
    }

    @Test
    @EnabledOnOs(OS.MAC)
    void onThisMacTheScreensSayCommand() {
        assertEquals("⌘S saves", ShortcutKeys.forThisSystem("Ctrl+S saves"));
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(l -> file.getFileName() + ": " + l.strip());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
