package org.leiojournal.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.ParsedValue;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, the start: the build makes each stylesheet's binary form (.bss, pom.xml), which JavaFX loads in place of the
 * .css beside it. A missing one would only cost start time; a stale or wrong one would change the look, so both forms
 * must give the same rules, in order, with the same values. Reads them without a toolkit.
 */
class BinaryStylesheetTest {

    @Test
    void everyStylesheetHasABinaryFormWithTheSameRules() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(ThemeTokens.CSS)) {
            sources = files.filter(file -> file.toString().endsWith(".css")).sorted().toList();
        }
        assertFalse(sources.isEmpty(), "the stylesheets are found");
        for (Path source : sources) {
            String name = source.getFileName().toString();
            URL binary = getClass().getResource("/org/leiojournal/css/" + name.replace(".css", ".bss"));
            assertNotNull(binary, name + ": the build made its .bss (pom.xml, exec-maven-plugin binary-css-*)");
            List<String> parsed = rules(new CssParser().parse(source.toUri().toURL()));
            List<String> loaded = rules(Stylesheet.loadBinary(binary));
            assertEquals(parsed, loaded, name + ": the .bss says what the .css says (rebuild if the .css changed)");
        }
    }

    @Test
    void aChangedValueIsTold() throws IOException {
        Stylesheet one = new CssParser().parse(".x { -fx-padding: 4px; -leio-accent: #123456; }");
        Stylesheet other = new CssParser().parse(".x { -fx-padding: 4px; -leio-accent: #123457; }");
        assertFalse(rules(one).equals(rules(other)), "the comparison sees a one-digit change in a colour");
    }

    /** Each rule as text: its selectors, then each declaration's property, importance and value, nested values spelt out. */
    private static List<String> rules(Stylesheet stylesheet) {
        List<String> rules = new ArrayList<>();
        for (Rule rule : stylesheet.getRules()) {
            StringBuilder text = new StringBuilder(rule.getSelectors().toString()).append(" {");
            for (Declaration declaration : rule.getDeclarations()) {
                text.append(' ').append(declaration.getProperty()).append(declaration.isImportant() ? " !important" : "")
                        .append(": ").append(value(declaration.getParsedValue())).append(';');
            }
            rules.add(text.append(" }").toString());
        }
        return rules;
    }

    // ParsedValue's own toString prints nested arrays by identity, so the two forms are spelt out here instead
    private static String value(Object value) {
        if (value instanceof ParsedValue<?, ?> parsed) {
            return (parsed.getConverter() == null ? "" : parsed.getConverter().toString())
                    + (parsed.isLookup() ? " lookup" : "") + "(" + value(parsed.getValue()) + ")";
        }
        if (value instanceof Object[] values) {
            List<String> each = new ArrayList<>();
            for (Object one : values) {
                each.add(value(one));
            }
            return each.toString();
        }
        return String.valueOf(value);
    }
}
