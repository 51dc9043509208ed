package org.leiojournal.ui;

import org.leiojournal.ui.common.Screen;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.leiojournal.sample.SampleJournal;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.testing.FxSettle;

/**
 * The whole window on a year of sample journal, every screen, tab and the clinic report dialog rendered at a size
 * and checked: no word cut to "…", nothing outside the window, no sideways scroll bar, no control over another.
 * Screenshots of each go to target/layout/ for people to look at. Two classes share it, {@link LayoutTest} (100 %
 * text) and {@link LayoutScaledTest} (200 % text and a scale-2 screen), so two test JVMs share the slowest work
 * of the suite (docs/development.md, "Test speed").
 */
abstract class LayoutChecks extends JournalUiTest {

    private static final Path SHOTS = Path.of("target", "layout");
    private static Path sample;
    /** Pixels per layout unit in the screenshots. */
    double shotScale = 1;

    @BeforeAll
    static void writeSample() throws Exception {
        sample = Files.createTempDirectory("leio-layout").resolve("journal");
        SampleJournal.create(sample, ZonedDateTime.now(CLOCK), 1);
    }

    @AfterAll
    static void deleteSample() throws Exception {
        try (var files = Files.walk(sample.getParent())) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Override
    void prepare(JournalStore fresh) {
        fresh.close();
        try {
            store = JournalStore.open(sample, CLOCK);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    org.leiojournal.ui.today.TodayView today() {
        shortcut(KeyCode.DIGIT1);
        return lookup("#today-view").queryAs(org.leiojournal.ui.today.TodayView.class);
    }

    void assertFits(int width, int height) {
        assertFits(width, height, width + "x" + height);
    }

    void assertFits(int width, int height, String size) {
        interact(() -> {
            stage.setMinWidth(0);
            stage.setMinHeight(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        FxSettle.settle();
        assertEquals(width, stage.getScene().getWidth(), 0.5, "the window takes the size asked for");
        List<String> problems = new ArrayList<>();
        for (Screen screen : Screen.values()) {
            shortcut(KeyCode.valueOf("DIGIT" + (screen.ordinal() + 1)));
            String name = size + "-" + screen.name().toLowerCase();
            TabPane tabs = lookup(".tab-pane").tryQueryAs(TabPane.class).filter(LayoutChecks::showing).orElse(null);
            if (tabs == null) {
                check(stage.getScene(), name, problems);
            } else {
                for (Tab tab : List.copyOf(tabs.getTabs())) {
                    interact(() -> tabs.getSelectionModel().select(tab));
                    FxSettle.settle();
                    check(stage.getScene(), name + "-" + tab.getId(), problems);
                }
            }
        }
        shortcut(KeyCode.P);
        Stage report = dialogStage();
        check(report.getScene(), size + "-report-dialog", problems);
        interact(report::close);
        assertEquals("", String.join("\n", problems), "at " + size);
    }

    /**
     * The course plan form, opened from Treatment → Courses, scrolled to its drugs: no screen shows it until a
     * patient plans a course, and its drug rows once squeezed the dose to a sliver at 200 % text.
     */
    void assertCourseFormFits(String size) {
        shortcut(KeyCode.DIGIT4);
        TabPane tabs = lookup("#treatment-tabs").queryAs(TabPane.class);
        interact(() -> tabs.getSelectionModel().select(0));
        clickOn(reveal("#course-new"));
        reveal("#drug-dose-0");
        List<String> problems = new ArrayList<>();
        check(stage.getScene(), size + "-course-form", problems);
        interact(() -> lookup("#course-cancel").queryButton().fire()); // back to the course, for the next check
        assertEquals("", String.join("\n", problems), "the course form at " + size);
    }

    void check(Scene scene, String name, List<String> problems) {
        FxSettle.settle();
        partsBuilt(); // Today's right column comes a frame after the first when it starts as one column
        interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            LayoutProblems.of(scene).forEach(p -> problems.add(name + ": " + p));
            try {
                LayoutProblems.screenshot(scene, SHOTS.resolve(name + ".png"), shotScale);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static javafx.geometry.Bounds inScene(javafx.scene.Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    private Stage dialogStage() {
        FxSettle.settle();
        return Window.getWindows().stream().filter(w -> w != stage && w instanceof Stage && w.isShowing())
                .map(Stage.class::cast).findFirst().orElseThrow(() -> new AssertionError("no dialog opened"));
    }

    private static boolean showing(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
