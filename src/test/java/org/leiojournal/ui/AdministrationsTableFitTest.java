package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.treatment.BodySurfaceArea;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseHistory;
import org.leiojournal.domain.treatment.Delay;
import org.leiojournal.domain.treatment.DoseOutcome;
import org.leiojournal.domain.treatment.DoseRecord;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.testing.FxSettle;

/**
 * Review D21: after a delay the course table's "Recorded" column read "Given as p…" and "— · Delaye…", and on a
 * 1024 × 600 screen it lay past the card, behind a sideways scroll bar. Now every column fits the card and every
 * cell reads its whole text in whole words, wrapped.
 */
class AdministrationsTableFitTest extends ScreenViewTest {

    private static final String DELAYED_AND_GIVEN = "Given as planned · Delayed (Blood counts)";

    @Override
    Screen screen() {
        return Screen.TREATMENT;
    }

    @Override
    boolean besideTheSidebar() {
        return true; // the width Treatment has in the window
    }

    @Override
    void prepare(JournalStore fresh) {
        super.prepare(fresh);
        Course course = fresh.courses().save(new Course(0,
                RegimenCatalog.bundled().find("gemcitabine-docetaxel-hensley").orElseThrow(), LocalDate.of(2026, 10, 25),
                List.of(0), BodySurfaceArea.entered(new BigDecimal("1.80")), "", CourseHistory.EMPTY));
        fresh.courses().recordDelay(course.id(), new Delay(2, 1, LocalDate.of(2026, 11, 22), Delay.BLOOD_COUNTS));
        fresh.courses().recordDose(course.id(), new DoseRecord(1, 8, "Docetaxel", DoseOutcome.REDUCED,
                Optional.of(new BigDecimal("75")), ""));
        fresh.courses().recordDose(course.id(), new DoseRecord(2, 1, "Gemcitabine", DoseOutcome.GIVEN,
                Optional.empty(), ""));
    }

    @Test
    void everyColumnFitsTheCardAndEveryCellReadsWholeWordsAt1024By600And1366By768() {
        assertFits(1024, 600);
        assertFits(1366, 768);
    }

    private void assertFits(int width, int height) {
        interact(() -> {
            stage.setMinWidth(0);
            stage.setMinHeight(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        FxSettle.settle();
        reveal("#administrations");
        FxSettle.settle();
        TableView<?> table = lookup("#administrations").queryAs(TableView.class);
        List<String> problems = new ArrayList<>();
        interact(() -> {
            table.applyCss();
            table.layout();
            for (Node bar : table.lookupAll(".scroll-bar")) {
                if (bar instanceof ScrollBar scroll && scroll.getOrientation() == Orientation.HORIZONTAL
                        && scroll.isVisible()) {
                    problems.add("a sideways scroll bar under the table");
                }
            }
            Bounds visible = table.localToScene(table.getLayoutBounds());
            boolean sawDelay = false;
            for (Node node : table.lookupAll(".table-cell")) {
                if (!(node instanceof TableCell<?, ?> cell) || cell.isEmpty() || cell.getItem() == null) {
                    continue;
                }
                String full = cell.getItem().toString();
                String shown = shownText(cell);
                sawDelay |= full.equals(DELAYED_AND_GIVEN);
                if (!shown.equals(full)) {
                    problems.add("\"" + full + "\" shows as \"" + shown + "\"");
                }
                Bounds bounds = cell.localToScene(cell.getLayoutBounds());
                if (bounds.getMaxX() > visible.getMaxX() + 1) {
                    problems.add("\"" + full + "\" lies past the table's right edge");
                }
                for (Text text : texts(cell)) {
                    if (text.getLayoutBounds().getWidth() > cell.getWidth() + 1) {
                        problems.add("\"" + full + "\" is wider than its column");
                    }
                }
            }
            if (!sawDelay) {
                problems.add("the delayed row was not drawn");
            }
        });
        assertEquals(List.of(), problems, "at " + width + " x " + height);
        assertFalse(table.getColumns().isEmpty());
        assertTrue(table.getColumns().stream().allMatch(c -> c.getWidth() >= c.getMinWidth()));
    }

    private static String shownText(Parent cell) {
        return String.join("", texts(cell).stream().map(Text::getText).toList());
    }

    private static List<Text> texts(Parent node) {
        List<Text> found = new ArrayList<>();
        for (Node child : node.getChildrenUnmodifiable()) {
            if (child instanceof Text text && text.isVisible()) {
                found.add(text);
            } else if (child instanceof Parent parent) {
                found.addAll(texts(parent));
            }
        }
        return found;
    }
}
