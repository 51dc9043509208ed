package org.leiojournal.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.CompoundSelector;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.SimpleSelector;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, the Journal's rows: JavaFX matches every rule that ends at a table cell or row against each new cell and
 * row, and for a rule with a descendant step (".table-view .table-cell") it walks up the node's parents one by one,
 * copying each parent's style classes into a new set at every step, until one fits. A cell is always in a table
 * (".table-view" added nothing) and always a row's child (">"): written without the walk, the Journal's two rows'
 * frames allocated about 0.3 MB less each, with every cell looking the same. Reads the stylesheets without a toolkit.
 */
class TableCellRulesTest {

    /** The style classes of the nodes made in the hundreds on a table's first rows. */
    private static final List<String> ROW_PARTS = List.of("table-cell", "table-row-cell");

    @Test
    void noRuleForATablesCellsOrRowsWalksUpTheirParents() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> sheets = Files.list(ThemeTokens.CSS)) {
            for (Path sheet : sheets.filter(p -> p.toString().endsWith(".css")).sorted().toList()) {
                found.addAll(walkingRowPartRules(new CssParser().parse(sheet.toUri().toURL())));
            }
        }
        assertTrue(found.isEmpty(), "rules for cells or rows with a descendant step: " + found);
    }

    @Test
    void aDescendantStepIsFoundAndAChildStepIsNot() {
        Stylesheet sheet = new CssParser().parse(".table-view .table-cell.band-mild { -fx-text-fill: red; } "
                + ".table-row-cell:selected > .table-cell { -fx-text-fill: red; } .table-cell { -fx-alignment: center; } "
                + ".list-view .label { -fx-text-fill: red; }");
        assertEquals(List.of("*.table-view *.table-cell.band-mild"), walkingRowPartRules(sheet));
    }

    private static List<String> walkingRowPartRules(Stylesheet sheet) {
        List<String> found = new ArrayList<>();
        for (Rule rule : sheet.getRules()) {
            for (Selector selector : rule.getSelectors()) {
                if (selector instanceof CompoundSelector compound && endsAtARowPart(compound)
                        && hasADescendantStep(compound)) {
                    found.add(selector.toString());
                }
            }
        }
        return found;
    }

    /**
     * JavaFX's combinators are not public; its selector reads "A>B" for a child step and "A B" for a descendant
     * step: fewer ">" than steps means a descendant one.
     */
    private static boolean hasADescendantStep(CompoundSelector compound) {
        int steps = compound.getSelectors().size() - 1;
        int childSteps = compound.toString().split(">", -1).length - 1;
        return childSteps < steps;
    }

    private static boolean endsAtARowPart(CompoundSelector compound) {
        List<SimpleSelector> parts = compound.getSelectors();
        List<String> classes = parts.get(parts.size() - 1).getStyleClasses();
        return ROW_PARTS.stream().anyMatch(classes::contains);
    }
}
