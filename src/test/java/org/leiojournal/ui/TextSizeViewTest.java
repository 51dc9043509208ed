package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.testing.FxSettle;

/**
 * Issue 20: the text size in 25 % steps from 100 to 200 % with Ctrl+plus, Ctrl+minus and Ctrl+0 or in Settings;
 * every screen and dialog follows it, and it is kept for the next start.
 */
class TextSizeViewTest extends ScreenViewTest {

    @Override
    Screen screen() {
        return Screen.TODAY;
    }

    /** The sidebar's report button opens a dialog over the window (Ctrl+P is the shell's: ReportDialogViewTest). */
    @Override
    boolean besideTheSidebar() {
        return true;
    }

    private double rootFontPx() {
        return stage.getScene().getRoot().getStyle().isEmpty() ? 0
                : Double.parseDouble(stage.getScene().getRoot().getStyle().replaceAll("[^0-9.]", ""));
    }

    private double titleFontPx() {
        Label title = lookup(".screen-title").queryAll().stream().filter(javafx.scene.Node::isVisible)
                .map(Label.class::cast).findFirst().orElseThrow();
        interact(() -> title.applyCss());
        return title.getFont().getSize();
    }

    @Test
    void ctrlPlusStepsFrom100To125AndStopsAt200CtrlMinusAndCtrl0GoBack() {
        assertEquals(14, rootFontPx(), 0.01, "100 %: the usual 14 px body text");
        double title = titleFontPx();
        shortcut(KeyCode.EQUALS);
        assertEquals(17.5, rootFontPx(), 0.01, "Ctrl+plus: 125 %");
        assertEquals(title * 1.25, titleFontPx(), 0.1, "sizes in em follow the root");
        for (int i = 0; i < 5; i++) {
            shortcut(KeyCode.ADD);
        }
        assertEquals(28, rootFontPx(), 0.01, "200 % is the largest");
        shortcut(KeyCode.MINUS);
        assertEquals(24.5, rootFontPx(), 0.01, "Ctrl+minus: 175 %");
        shortcut(KeyCode.DIGIT0);
        assertEquals(14, rootFontPx(), 0.01, "Ctrl+0: back to 100 %");
        shortcut(KeyCode.MINUS);
        assertEquals(14, rootFontPx(), 0.01, "never below 100 %");
    }

    @Test
    void theCheckInsScoreScaleIsMeasuredAgainAtANewTextSize() {
        javafx.scene.layout.Region scale = lookup("#item-esas-pain-scale").query();
        double at100 = scale.prefWidth(-1);
        for (int i = 0; i < 4; i++) {
            shortcut(KeyCode.EQUALS);
        }
        assertEquals(2 * at100, scale.prefWidth(-1), at100 * 0.05,
                "at 200 % the eleven cells are twice as wide, not kept at their 100 % width");
    }

    @Test
    void theJournalsColumnsWidenWithTheTextSoADateStaysWhole() {
        visit(Screen.JOURNAL);
        javafx.scene.control.TableView<?> table = lookup("#journal-table").queryAs(javafx.scene.control.TableView.class);
        double at100 = table.getColumns().get(0).getPrefWidth();
        for (int i = 0; i < 4; i++) {
            shortcut(KeyCode.EQUALS);
        }
        assertEquals(2 * at100, table.getColumns().get(0).getPrefWidth(), 0.5,
                "at 200 % the date column is twice as wide, as its words are");
        shortcut(KeyCode.DIGIT0);
        assertEquals(at100, table.getColumns().get(0).getPrefWidth(), 0.5, "and back at 100 %");
    }

    @Test
    void theSizeChosenInSettingsIsKeptForTheNextStart() {
        visit(Screen.SETTINGS);
        @SuppressWarnings("unchecked")
        ComboBox<Integer> size = lookup("#look-text-size").queryAs(ComboBox.class);
        assertEquals(100, size.getValue());
        interact(() -> size.setValue(150));
        assertEquals(21, rootFontPx(), 0.01, "applied at once");

        restart();
        assertEquals(21, rootFontPx(), 0.01, "150 % again after the journal is opened again");
        visit(Screen.SETTINGS);
        @SuppressWarnings("unchecked")
        ComboBox<Integer> again = lookup("#look-text-size").queryAs(ComboBox.class);
        assertEquals(150, again.getValue());
        shortcut(KeyCode.EQUALS);
        assertEquals(175, again.getValue(), "the keys and Settings show the same size");
    }

    @Test
    void aDialogOpenedOverTheWindowHasItsTextSize() {
        for (int i = 0; i < 4; i++) {
            shortcut(KeyCode.EQUALS);
        }
        clickOn(reveal("#nav-report"));
        FxSettle.settle();
        Stage report = Window.getWindows().stream().filter(w -> w != stage && w instanceof Stage && w.isShowing())
                .map(Stage.class::cast).findFirst().orElseThrow();
        try {
            assertEquals("-fx-font-size: 28.00px;", report.getScene().getRoot().getStyle());
            assertTrue(report.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("leio.css")),
                    "dialogs in the app's own style");
            java.util.List<String> problems = new java.util.ArrayList<>();
            interact(() -> {
                report.getScene().getRoot().applyCss();
                report.getScene().getRoot().layout();
                problems.addAll(LayoutProblems.of(report.getScene()));
            });
            assertEquals(java.util.List.of(), problems, "at 200 % the dialog grows: no word cut, Close and Save whole");
        } finally {
            interact(report::close);
        }
    }
}
