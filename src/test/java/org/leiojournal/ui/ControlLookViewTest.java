package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leiojournal.ui.testing.WindowTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 20, "a finished look": the sidebar's screens keep their own colours in every state, whatever the general
 * button style says (an earlier flat-button rule turned them into white blobs on hover and focus), and buttons are
 * flat, on the theme's tokens, with a focus ring that does not move anything and a disabled state that can be read.
 * Each colour is compared with the token itself, resolved by the same stylesheets, so a theme's change follows.
 */
@Tag("ui")
class ControlLookViewTest extends WindowTest {

    private static final PseudoClass HOVER = PseudoClass.getPseudoClass("hover");
    private static final PseudoClass FOCUSED = PseudoClass.getPseudoClass("focused");

    private Scene scene;
    private ToggleButton screen;
    private Button report;
    private Button secondary;
    private Button primary;
    private Button dialogDefault;
    private Region probe;
    private TextField field;
    private ComboBox<String> choice;
    private TabPane tabs;
    private TableView<String> table;
    private DialogPane dialog;

    @Override
    public void start(Stage stage) {
        screen = new ToggleButton("Treatment");
        screen.getStyleClass().add("nav-button");
        report = new Button("Clinic report…");
        report.getStyleClass().add("nav-button");
        VBox sidebar = new VBox(6, screen, report);
        sidebar.getStyleClass().add("sidebar");
        secondary = new Button("Use 38.0 °C");
        primary = new Button("Save check-in");
        primary.getStyleClass().add("primary");
        dialogDefault = new Button("OK");
        dialogDefault.setDefaultButton(true);
        probe = new Region();
        field = new TextField("37.8");
        choice = new ComboBox<>();
        choice.getItems().addAll("Light", "Dark");
        tabs = new TabPane(new Tab("Courses"), new Tab("Medicines"));
        table = new TableView<>();
        table.getColumns().add(new TableColumn<String, String>("Date"));
        table.setPrefHeight(80);
        // a confirmation as an Alert builds it: Modena gives that one its blue "?" picture
        dialog = new DialogPane();
        dialog.getStyleClass().addAll("alert", "confirmation");
        dialog.setHeaderText("Delete this check-in?");
        dialog.setContentText("It can be undone for a while.");
        VBox content = new VBox(12, secondary, primary, dialogDefault, probe, field, choice, tabs, table, dialog);
        content.getStyleClass().add("card");
        scene = new Scene(new HBox(sidebar, content), 900, 800);
        showAtItsSize(stage, scene);
    }

    /** Runs on the UI thread and hands back what it found. */
    private static <T> T fx(Callable<T> work) {
        return WaitForAsyncUtils.waitForAsyncFx(30_000, work);
    }

    private void theme(String theme) {
        interact(() -> scene.getStylesheets().setAll(
                getClass().getResource(Look.STYLESHEET).toExternalForm(),
                getClass().getResource("/org/leiojournal/css/theme-" + theme + ".css").toExternalForm()));
    }

    /** The colour a token has in the theme now on the scene, resolved by JavaFX as any rule would resolve it. */
    private Color token(String name) {
        return fx(() -> {
            probe.setStyle("-fx-background-color: " + name + ";");
            probe.applyCss();
            return (Color) probe.getBackground().getFills().get(0).getFill();
        });
    }

    /** The fill the eye sees in the middle of a control: its topmost background layer. */
    private Paint face(Region region) {
        return fx(() -> {
            region.applyCss();
            List<BackgroundFill> fills = region.getBackground().getFills();
            return fills.get(fills.size() - 1).getFill();
        });
    }

    private Paint words(Labeled labeled) {
        return fx(() -> {
            labeled.applyCss();
            return labeled.getTextFill();
        });
    }

    private Paint ring(Region region) {
        return fx(() -> {
            region.applyCss();
            return region.getBorder() == null || region.getBorder().getStrokes().isEmpty() ? Color.TRANSPARENT
                    : region.getBorder().getStrokes().get(0).getTopStroke();
        });
    }

    private double height(Region region) {
        return fx(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return region.getHeight();
        });
    }

    private void set(javafx.scene.Node button, PseudoClass state, boolean on) {
        interact(() -> button.pseudoClassStateChanged(state, on));
    }

    private void armed(ButtonBase button, boolean on) {
        interact(() -> {
            if (on) {
                button.arm();
            } else {
                button.disarm();
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark", "high-contrast"})
    void theSidebarsScreensKeepTheirOwnColoursInEveryState(String theme) {
        theme(theme);
        Color sidebarText = token("-leio-sidebar-text");
        assertEquals(Color.TRANSPARENT, face(screen), theme + ": a screen at rest shows the sidebar behind it");
        assertEquals(sidebarText, words(screen));
        double restHeight = height(screen);

        set(screen, HOVER, true);
        assertEquals(token("-leio-sidebar-hover"), face(screen), theme + ": under the pointer");
        assertEquals(sidebarText, words(screen), theme + ": its words under the pointer");
        armed(screen, true);
        assertEquals(token("-leio-sidebar-pressed"), face(screen), theme + ": pressed");
        armed(screen, false);
        set(screen, HOVER, false);

        set(screen, FOCUSED, true);
        assertEquals(Color.TRANSPARENT, face(screen), theme + ": focus alone does not fill it like a selection");
        assertEquals(token("-leio-sidebar-focus"), ring(screen), theme + ": focus is a ring");
        assertEquals(sidebarText, words(screen));
        assertEquals(restHeight, height(screen), 0.01, theme + ": the ring does not make the item taller");
        set(screen, FOCUSED, false);
        assertEquals(Color.TRANSPARENT, ring(screen), theme + ": no ring without the focus");

        interact(() -> screen.setSelected(true));
        assertEquals(token("-leio-sidebar-selected"), face(screen), theme + ": the open screen is filled");
        assertEquals(token("-leio-sidebar-selected-text"), words(screen));
        set(screen, HOVER, true);
        assertEquals(token("-leio-sidebar-selected"), face(screen), theme + ": the open screen under the pointer");
        set(screen, FOCUSED, true);
        assertEquals(token("-leio-sidebar-selected"), face(screen), theme + ": open, focused and under the pointer");
        assertEquals(token("-leio-sidebar-focus"), ring(screen));
        assertEquals(token("-leio-sidebar-selected-text"), words(screen));
        assertEquals(restHeight, height(screen), 0.01);

        // the report is a plain Button in the sidebar: the general button rules must not paint it either
        assertEquals(Color.TRANSPARENT, face(report), theme + ": the report button at rest");
        set(report, HOVER, true);
        set(report, FOCUSED, true);
        assertEquals(token("-leio-sidebar-hover"), face(report), theme + ": the report button under the pointer");
        assertEquals(token("-leio-sidebar-focus"), ring(report));
        assertEquals(sidebarText, words(report));
        set(secondary, HOVER, true);
        assertNotEquals(face(secondary), face(report), theme + ": a screen is not drawn as a general button");
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark", "high-contrast"})
    void buttonsAreFlatOnTheThemesTokens(String theme) {
        theme(theme);
        for (Button button : List.of(secondary, primary, dialogDefault)) {
            interact(() -> button.getBackground().getFills().forEach(fill ->
                    assertInstanceOf(Color.class, fill.getFill(), theme + ": no gradient on " + button.getText())));
        }
        assertEquals(token("-leio-control"), face(secondary), theme + ": a secondary button");
        assertEquals(token("-leio-text"), words(secondary));
        set(secondary, HOVER, true);
        assertEquals(token("-leio-control-hover"), face(secondary), theme + ": under the pointer");
        armed(secondary, true);
        assertEquals(token("-leio-control-pressed"), face(secondary), theme + ": pressed");
        armed(secondary, false);

        for (Button main : List.of(primary, dialogDefault)) {
            assertEquals(token("-leio-accent"), face(main), theme + ": " + main.getText() + " is the main button");
            assertEquals(token("-leio-accent-text"), words(main));
            set(main, HOVER, true);
            assertEquals(token("-leio-accent-hover"), face(main), theme + ": " + main.getText() + " under the pointer");
            armed(main, true);
            assertEquals(token("-leio-accent-pressed"), face(main), theme + ": " + main.getText() + " pressed");
            armed(main, false);
            set(main, HOVER, false);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark", "high-contrast"})
    void theFocusRingShowsWithoutMovingAnythingAndADisabledButtonStaysReadable(String theme) {
        theme(theme);
        for (Button button : List.of(secondary, primary)) {
            double rest = height(button);
            Paint face = face(button);
            set(button, FOCUSED, true);
            assertEquals(token("-leio-focus-ring"), ring(button), theme + ": " + button.getText() + " focused");
            assertEquals(face, face(button), theme + ": the ring is around the button, its face unchanged");
            assertEquals(rest, height(button), 0.01, theme + ": the ring does not change the button's size");
            assertTrue(fx(() -> button.getBorder().getOutsets().getTop()) > 0,
                    theme + ": the ring is drawn outside the button, so it shows on the main button's fill too");
            set(button, FOCUSED, false);
        }

        interact(() -> primary.setDisable(true));
        assertEquals(1.0, fx(() -> {
            primary.applyCss();
            return primary.getOpacity();
        }), theme + ": not faded to Modena's 40 %");
        assertEquals(token("-leio-muted"), words(primary), theme + ": its words in the hint colour");
        assertEquals(token("-leio-disabled-bg"), face(primary));
        assertNotEquals(face(secondary), face(primary), theme + ": it does not look like a button that works");
    }

    /** Modena fades a disabled field to 40 %: here its words stay in the hint colour, on the window's colour. */
    @ParameterizedTest
    @ValueSource(strings = {"light", "dark", "high-contrast"})
    void aDisabledFieldKeepsItsWordsReadableAndNoLongerLooksLikeABoxToTypeIn(String theme) {
        theme(theme);
        interact(() -> {
            field.setDisable(true);
            choice.setDisable(true);
        });
        try {
            for (Region region : List.of(field, choice)) {
                assertEquals(1.0, fx(() -> {
                    region.applyCss();
                    return region.getOpacity();
                }), theme + ": not faded to Modena's 40 %");
                assertEquals(token("-leio-bg"), face(region), theme + ": on the window's colour, not a card's");
                assertEquals(token("-leio-border"), edge(region), theme + ": with a faint edge");
            }
            assertEquals(token("-leio-muted"), fx(() -> {
                field.applyCss();
                return lookupText(field);
            }), theme + ": its words in the hint colour");
        } finally {
            interact(() -> {
                field.setDisable(false);
                choice.setDisable(false);
            });
        }
    }

    /** A field with an error shows it in its edge without growing, so nothing beside or below it moves. */
    @ParameterizedTest
    @ValueSource(strings = {"light", "dark", "high-contrast"})
    void aFieldWithAnErrorShowsItInItsEdgeWithoutMovingAnything(String theme) {
        theme(theme);
        PseudoClass invalid = PseudoClass.getPseudoClass("invalid");
        double height = height(field);
        double width = fx(() -> field.prefWidth(-1));
        double textAt = fx(() -> field.snappedTopInset());
        set(field, invalid, true);
        try {
            assertEquals(token("-leio-error"), edge(field), theme + ": the edge in the error colour");
            assertEquals(height, height(field), 0.01, theme + ": the field keeps its height");
            assertEquals(width, fx(() -> field.prefWidth(-1)), 0.01, theme + ": and its width");
            assertEquals(textAt, fx(() -> field.snappedTopInset()), 0.01, theme + ": its text does not move");
            set(field, FOCUSED, true);
            assertEquals(token("-leio-error"), edge(field), theme + ": focused, the error edge stays outside");
            assertEquals(height, height(field), 0.01);
            set(field, FOCUSED, false);
        } finally {
            set(field, invalid, false);
        }
    }

    /** The colour a text field draws its words in. */
    private static Paint lookupText(TextField field) {
        return ((javafx.scene.text.Text) field.lookup(".text")).getFill();
    }

    /** The colour under everything else: a field's edge, a ring drawn as the first background layer. */
    private Paint edge(Region region) {
        return fx(() -> {
            region.applyCss();
            return region.getBackground().getFills().get(0).getFill();
        });
    }

    private void noGradient(String theme, Region region) {
        fx(() -> {
            region.applyCss();
            if (region.getBackground() != null) {
                region.getBackground().getFills().forEach(fill -> assertInstanceOf(Color.class, fill.getFill(),
                        theme + ": no gradient on " + region.getStyleClass()));
            }
            return null;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark", "high-contrast"})
    void fieldsTabsTablesAndDialogsShareTheFlatLook(String theme) {
        theme(theme);
        for (Region region : List.of(field, choice)) {
            assertEquals(token("-leio-surface"), face(region), theme + ": a field is a card-coloured box");
            assertEquals(token("-leio-control-edge"), edge(region), theme + ": with a clear edge");
            set(region, FOCUSED, true);
            assertEquals(token("-leio-focus-ring"), edge(region), theme + ": focused, the edge is the ring");
            set(region, FOCUSED, false);
            noGradient(theme, region);
        }
        Region selectedTab = fx(() -> {
            tabs.applyCss();
            tabs.layout();
            return (Region) tabs.lookup(".tab:selected");
        });
        assertEquals(token("-leio-selected-bg"), face(selectedTab), theme + ": the open tab on a pale accent");
        assertEquals(token("-leio-accent"), edge(selectedTab), theme + ": with an accent bar under it");
        Region header = fx(() -> {
            table.applyCss();
            table.layout();
            return (Region) table.lookup(".column-header");
        });
        noGradient(theme, header);
        noGradient(theme, selectedTab);

        assertEquals(null, fx(() -> {
            dialog.applyCss();
            return dialog.getGraphic();
        }), theme + ": no stock \"?\" picture; the header says what the dialog is in words");
        assertEquals(token("-leio-surface"), face(dialog), theme + ": a dialog is a card");
        Region headerPanel = fx(() -> (Region) dialog.lookup(".header-panel"));
        assertEquals(token("-leio-bg"), face(headerPanel), theme + ": its header a calm band");
        noGradient(theme, headerPanel);
    }
}
