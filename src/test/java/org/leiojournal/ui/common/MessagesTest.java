package org.leiojournal.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key the code uses exists in the bundle, and the bundle holds no key that nothing uses. */
class MessagesTest {

    private static final Pattern DOTTED_LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\"");

    @Test
    void keysUsedInCodeAndKeysInTheBundleMatch() throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle("org.leiojournal.i18n.messages", Locale.ROOT);
        Set<String> bundleKeys = new TreeSet<>(bundle.keySet());
        Set<String> prefixes = new TreeSet<>();
        bundleKeys.forEach(k -> prefixes.add(k.substring(0, k.indexOf('.'))));

        Set<String> used = new TreeSet<>();
        // User-facing text comes from the UI, the domain's problems, and the start-up dialogs.
        try (Stream<Path> files = Stream.of("ui", "domain", "JournalApp.java")
                .flatMap(MessagesTest::walk)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = DOTTED_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    String literal = m.group(1);
                    if (prefixes.contains(literal.substring(0, literal.indexOf('.')))) {
                        used.add(literal);
                    }
                }
            }
        }
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(bundleKeys);
        Set<String> unused = new TreeSet<>(bundleKeys);
        unused.removeAll(used);
        assertEquals(Set.of(), missing, "keys used in code but missing from messages.properties");
        assertEquals(Set.of(), unused, "keys in messages.properties that no code uses");
    }

    private static Stream<Path> walk(String part) {
        try {
            return Files.walk(Path.of("src/main/java/org/leiojournal", part));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyPatternFormatsWithoutError() {
        Messages messages = new Messages(Locale.UK);
        ResourceBundle bundle = ResourceBundle.getBundle("org.leiojournal.i18n.messages", Locale.ROOT);
        for (String key : bundle.keySet()) {
            String text = messages.get(key, 1, 2, 3, 4, 5, 6);
            assertTrue(!text.isBlank() && !text.contains("{"), key + " formats to: " + text);
        }
    }

    @Test
    void plainApostrophesWouldVanishSoNoneAreUsed() {
        ResourceBundle bundle = ResourceBundle.getBundle("org.leiojournal.i18n.messages", Locale.ROOT);
        for (String key : bundle.keySet()) {
            assertTrue(!bundle.getString(key).contains("'"), key + " uses ' : write ’ instead");
        }
    }
}
