package org.leiojournal.ui;

import org.leiojournal.ui.common.SampleSwitch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import java.util.Locale;
import org.leiojournal.settings.WindowSettings;
import org.leiojournal.ui.common.FxDialogService;
import org.leiojournal.ui.common.Messages;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.symptom.EsasItem;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.common.ScoreScale;
import org.leiojournal.ui.common.UiContexts;
import org.leiojournal.ui.testing.FxSettle;

/**
 * The check-in's 0–10 scale: one click or one key per score, the field beside it in step, read out as a slider.
 * Mounts Today alone; the smallest window, with its sidebar, is a whole window of its own in its test.
 */
class ScoreScaleViewTest extends ScreenViewTest {

    @Override
    Screen screen() {
        return Screen.TODAY;
    }

    @Override
    void prepare(JournalStore fresh) {
        fresh.profile().save(fresh.profile().load().withWelcomeCompleted());
        store = fresh;
    }

    private ScoreScale pain() {
        return lookup("#item-esas-pain-scale").queryAs(ScoreScale.class);
    }

    private TextField painField() {
        return lookup("#item-esas-pain").queryAs(TextField.class);
    }

    private void click(ScoreScale scale, int score) {
        reveal("#item-esas-pain-scale");
        Point2D centre = scale.localToScreen(scale.cellCenter(score));
        clickOn(centre);
        FxSettle.settle();
    }

    @Test
    void oneClickPicksAScoreTheFieldShowsItAndASecondClickClearsIt() {
        ScoreScale scale = pain();
        click(scale, 7);
        assertEquals("7", painField().getText());
        assertEquals("Pain: 7 of 10", scale.getAccessibleText());
        click(scale, 10);
        assertEquals("10", painField().getText(), "the last cell is 10, not cut off");
        click(scale, 0);
        assertEquals("0", painField().getText(), "0 is an answer");
        click(scale, 0);
        assertEquals("", painField().getText(), "clicking the chosen score again leaves it unanswered");
        assertEquals("Pain: not answered", scale.getAccessibleText());
    }

    @Test
    void typingInTheFieldMovesTheScaleAndTheSavedAnswerIsTheClickedOne() {
        interact(() -> painField().requestFocus());
        write("4");
        assertEquals(4, pain().score());
        assertEquals("Pain: 4 of 10", pain().getAccessibleText());
        push(KeyCode.CONTROL, KeyCode.A);
        write("12");
        assertEquals(-1, pain().score(), "a number outside 0–10 chooses no cell; the field says why on leaving");

        click(pain(), 6);
        saveCheckIn();
        assertEquals(6, store.checkIns().all().get(0).answer(itemId(EsasItem.PAIN)).orElseThrow());
    }

    @Test
    void withTheFocusOneKeyPicksAScore() {
        ScoreScale scale = pain();
        interact(scale::requestFocus);
        type(KeyCode.DIGIT7);
        assertEquals("7", painField().getText());
        type(KeyCode.DIGIT1);
        type(KeyCode.DIGIT0);
        assertEquals("10", painField().getText(), "1 then 0 is ten");
        type(KeyCode.LEFT);
        assertEquals("9", painField().getText());
        type(KeyCode.HOME);
        assertEquals("0", painField().getText());
        type(KeyCode.END);
        assertEquals("10", painField().getText());
        type(KeyCode.DELETE);
        assertEquals("", painField().getText());
        type(KeyCode.RIGHT);
        assertEquals("0", painField().getText(), "from unanswered an arrow starts at 0");
    }

    @Test
    void aScreenReaderSeesASliderFromZeroToTen() {
        ScoreScale scale = pain();
        assertEquals(AccessibleRole.SLIDER, scale.getAccessibleRole());
        interact(() -> scale.executeAccessibleAction(AccessibleAction.SET_VALUE, 5.0));
        assertEquals("5", painField().getText());
        interact(() -> scale.executeAccessibleAction(AccessibleAction.INCREMENT));
        assertEquals("6", painField().getText());
        assertEquals(6.0, scale.queryAccessibleAttribute(AccessibleAttribute.VALUE));
        assertEquals(10.0, scale.queryAccessibleAttribute(AccessibleAttribute.MAX_VALUE));
        assertEquals("Pain: 6 of 10", scale.getAccessibleText());
    }

    @Test
    void atTheSmallestWindowAllElevenCellsShowWithTenUncut() {
        // a window of its own at that size: resizing the shared test stage trips Monocle's buffer for later tests
        Stage[] made = new Stage[1];
        interact(() -> {
            made[0] = new Stage();
        });
        Stage small = made[0];
        interact(() -> {
            Messages messages = new Messages(Locale.UK);
            new MainWindow(small, new WindowSettings(1024, 600, false), store,
                    UiContexts.inline(new FxDialogService(small, messages), messages, CLOCK), openedFolders::add,
                    SampleSwitch.NONE, null);
            small.show();
        });
        FxSettle.settle();
        try {
            assertEquals(1024, small.getScene().getWidth(), 20);
            var scales = small.getScene().getRoot().lookupAll(".score-scale");
            assertTrue(scales.size() >= 10, "the nine ESAS-r items and the other problem: " + scales.size());
            for (var node : scales) {
                ScoreScale scale = (ScoreScale) node;
                Bounds inScene = scale.localToScene(scale.getLayoutBounds());
                assertTrue(inScene.getMaxX() <= small.getScene().getWidth(), scale.getId() + " ends in the window");
                assertTrue(scale.getWidth() >= scale.minWidth(-1) - 0.5, scale.getId() + " not below its minimum");
                double cell = scale.cellCenter(1).getX() - scale.cellCenter(0).getX();
                Text ten = new Text("10");
                ten.setFont(Font.font(Font.getDefault().getFamily(), 0.42 * scale.getHeight()));
                assertTrue(ten.getLayoutBounds().getWidth() < cell * 0.9, scale.getId() + " has room for 10");
            }
        } finally {
            interact(small::close);
        }
    }

    @Test
    void squeezedBelowItsWidthItShrinksItsCellsAndKeepsAllEleven() {
        ScoreScale scale = pain();
        double wide = scale.cellCenter(1).getX() - scale.cellCenter(0).getX();
        double[] measured = new double[3];
        interact(() -> { // measured before the next pulse lays the window out again
            scale.resize(scale.minWidth(-1), scale.getHeight());
            scale.layout();
            measured[0] = scale.cellCenter(1).getX() - scale.cellCenter(0).getX();
            measured[1] = scale.cellCenter(10).getX();
            measured[2] = scale.getWidth();
        });
        double narrow = measured[0];
        assertTrue(narrow < wide, "cells shrink");
        assertTrue(measured[1] < measured[2], "the eleventh cell, 10, is still inside");
        Text ten = new Text("10");
        ten.setFont(Font.font(Font.getDefault().getFamily(), Math.min(0.42 * scale.getHeight(), 0.5 * narrow)));
        assertTrue(ten.getLayoutBounds().getWidth() < narrow * 0.9, "10 fits its narrowest cell");
    }

    @Test
    void itGrowsWithTheTextSize() {
        double small = pain().getHeight();
        interact(() -> stage.getScene().getRoot().setStyle("-fx-font-size: 21px;"));
        FxSettle.settle();
        assertEquals(small * 1.5, pain().getHeight(), 1.5, "21 px text makes the scale half as tall again");
    }

    private long itemId(EsasItem item) {
        return store.items().all().stream().filter(i -> item.code().equals(i.code())).findFirst().orElseThrow()
                .id();
    }
}
