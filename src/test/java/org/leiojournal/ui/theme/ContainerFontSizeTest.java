package org.leiojournal.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.ParsedValue;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.Size;
import javafx.css.SizeUnits;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, the Journal's first visit: a font size in em or % on a control that holds many labelled nodes (a table,
 * a list) makes the first styling of every node under it look up through its parents, one by one, for a font that
 * is not relative, copying each parent's pseudo-class states at every step (JavaFX 21's CssStyleHelper); the table's
 * "1em" cost each of the Journal's two rows' frames about 1.5 MB. Such a control takes the window's text size by
 * inheritance: restating it as 1em changed nothing on screen. Reads the stylesheets without a toolkit.
 */
class ContainerFontSizeTest {

    /** Controls whose rows or cells are styled in the hundreds on a first visit. */
    private static final Set<String> CONTAINERS = Set.of("table-view", "tree-table-view", "list-view", "tree-view",
            "table-row-cell", "list-cell", "scroll-pane", "tab-pane", "screen");

    @Test
    void noManyNodedControlHasARelativeFontSize() throws IOException {
        List<String> found = relativeContainerFontSizes(
                new CssParser().parse(ThemeTokens.CSS.resolve("leio.css").toUri().toURL()));
        assertTrue(found.isEmpty(), "relative font sizes on many-noded controls: " + found);
    }

    @Test
    void aTablesRelativeFontSizeIsFoundAndAnItemsIsNot() {
        Stylesheet sheet = new CssParser().parse(
                ".table-view { -fx-font-size: 1em; } .list-view { -fx-font-size: 14px; } .item-hint { -fx-font-size: 0.9em; }");
        assertEquals(List.of("*.table-view"), relativeContainerFontSizes(sheet));
    }

    private static List<String> relativeContainerFontSizes(Stylesheet sheet) {
        List<String> found = new ArrayList<>();
        for (Rule rule : sheet.getRules()) {
            for (Declaration declaration : rule.getDeclarations()) {
                if (!declaration.getProperty().equals("-fx-font-size") || !relative(declaration.getParsedValue())) {
                    continue;
                }
                for (Selector selector : rule.getSelectors()) {
                    String text = selector.toString();
                    if (CONTAINERS.stream().anyMatch(name -> text.endsWith("." + name))) {
                        found.add(text);
                    }
                }
            }
        }
        return found;
    }

    private static boolean relative(ParsedValue<?, ?> value) {
        Object inner = value.getValue();
        if (inner instanceof Size size) {
            return size.getUnits() == SizeUnits.EM || size.getUnits() == SizeUnits.PERCENT;
        }
        return inner instanceof ParsedValue<?, ?> nested && relative(nested);
    }
}
