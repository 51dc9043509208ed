package org.leiojournal.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.ui.testing.FxSettle;
import org.leiojournal.ui.testing.WindowTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A field's error line: no label is made, styled or laid out until the form has a problem for the field (issue 21:
 * every form held one hidden label per field), and then the problem reads under the field as the label always did:
 * the same place and size, the field marked and given the problem as its accessible help, no room once it is gone.
 */
@Tag("ui")
class ErrorLineViewTest extends WindowTest {

    private enum Field implements FieldId { DOSE }

    private static final String LONG = "That is more than 5000 mg/m² in one cycle: check the dose your team gave you.";
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final ObservableMap<FieldId, String> errors = FXCollections.observableHashMap();
    private Stage stage;
    private TextField dose;
    private VBox form;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new VBox(), 500, 400));
        stage.getScene().getStylesheets().add(getClass().getResource("/org/leiojournal/css/leio.css").toExternalForm());
        stage.show();
    }

    private void mount() {
        interact(() -> {
            dose = new TextField();
            dose.setId("dose");
            form = new VBox(8, FormFields.withError(dose, Field.DOSE, errors), new Label("Next field"));
            stage.getScene().setRoot(form);
        });
    }

    private static <T> T fx(Callable<T> callable) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(callable));
    }

    private double fieldBoxHeight() {
        return fx(() -> ((Region) form.getChildren().get(0)).getHeight());
    }

    @Test
    void noLabelIsMadeUntilTheFieldHasAProblemAndTheLineTakesNoRoom() {
        mount();
        assertEquals(0, fx(() -> form.lookupAll("." + Style.FIELD_ERROR).size()), "no error label in the form");
        assertEquals(0, fx(() -> form.lookupAll(".label").stream().filter(n -> n != form.getChildren().get(1))
                .count()), "no label at all but the next field's name");
        assertEquals(fx(() -> dose.getHeight()), fieldBoxHeight(), 0.01, "no room kept under the field");
        assertFalse(fx(() -> dose.getPseudoClassStates().contains(INVALID)));
    }

    @Test
    void theProblemReadsUnderItsFieldMarksItAndGoesWithoutARoomLeft() {
        mount();
        double before = fieldBoxHeight();
        interact(() -> errors.put(Field.DOSE, "Enter the dose as a number."));
        Label problem = lookup("#dose-error").queryAs(Label.class);
        assertTrue(problem.isVisible());
        assertEquals("Enter the dose as a number.", problem.getText());
        Bounds field = fx(() -> dose.localToScene(dose.getLayoutBounds()));
        Bounds under = fx(() -> problem.localToScene(problem.getLayoutBounds()));
        assertTrue(under.getMinY() >= field.getMaxY() && under.getHeight() > 5, "under the field: " + under);
        assertTrue(fx(() -> dose.getPseudoClassStates().contains(INVALID)), "the field has the error look");
        assertEquals("Enter the dose as a number.", dose.getAccessibleHelp(), "a screen reader reads it with the field");
        assertSame(dose, fx(() -> FieldErrors.firstProblem(form).orElse(null)), "the form's first problem");

        interact(() -> errors.remove(Field.DOSE));
        assertFalse(problem.isVisible());
        assertEquals(before, fieldBoxHeight(), 0.01, "no room left where the problem was");
        assertFalse(fx(() -> dose.getPseudoClassStates().contains(INVALID)));
        assertNull(dose.getAccessibleHelp());
        assertEquals(null, fx(() -> FieldErrors.firstProblem(form).orElse(null)), "no problem left");
    }

    @Test
    void aLineMadeWhileItsFieldAlreadyHasAProblemMarksTheField() {
        errors.put(Field.DOSE, "Enter the dose as a number."); // a form's row built again with its problem kept
        mount();
        assertTrue(lookup("#dose-error").queryAs(Label.class).isVisible());
        assertTrue(fx(() -> dose.getPseudoClassStates().contains(INVALID)), "the field has the error look");
        assertEquals("Enter the dose as a number.", dose.getAccessibleHelp());
    }

    @Test
    void aLongProblemWrapsAsTheLabelItselfWouldInTheSamePlace() {
        interact(() -> {
            TextField ours = new TextField();
            ours.setId("dose");
            TextField theirs = new TextField();
            Label label = new Label(LONG); // the label as forms held it before: the same style, wrapping
            label.getStyleClass().add(Style.FIELD_ERROR);
            label.setWrapText(true);
            VBox plain = new VBox(4, theirs, label);
            VBox lazy = FormFields.withError(ours, Field.DOSE, errors);
            plain.setPrefWidth(180);
            lazy.setPrefWidth(180);
            stage.getScene().setRoot(new HBox(20, plain, lazy));
        });
        interact(() -> errors.put(Field.DOSE, LONG));
        HBox row = (HBox) stage.getScene().getRoot();
        Region plain = (Region) row.getChildren().get(0);
        Region lazy = (Region) row.getChildren().get(1);
        Node label = fx(() -> plain.getChildrenUnmodifiable().get(1));
        Label problem = lookup("#dose-error").queryAs(Label.class);
        assertTrue(fx(() -> problem.getHeight()) > 2.5 * fx(() -> problem.getFont().getSize()), "wrapped");
        assertEquals(fx(() -> label.getLayoutBounds().getHeight()), fx(() -> problem.getHeight()), 0.01);
        assertEquals(fx(() -> label.getLayoutBounds().getWidth()), fx(() -> problem.getWidth()), 0.01);
        assertEquals(fx(() -> plain.getHeight()), fx(() -> lazy.getHeight()), 0.01, "the form as tall as before");
        assertEquals(fx(() -> label.localToScene(0, 0).getY()), fx(() -> problem.localToScene(0, 0).getY()), 0.01);
        FxSettle.settle();
    }
}
