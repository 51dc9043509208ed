package org.leiojournal.ui.treatment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.leiojournal.TestClocks;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.treatment.BodySurfaceArea;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseHistory;
import org.leiojournal.storage.FreshJournals;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.UiContexts;
import org.leiojournal.ui.testing.WindowTest;

/**
 * With the course list above the course (a narrow screen, or large text), the course and its plan form keep a
 * usable height and the screen scrolls, instead of a few lines left under the list (seen at 200 % text in a
 * 1366×768 window: the plan's form in an 80-pixel strip, its doses cut).
 */
@Tag("ui")
class CoursesPaneNarrowViewTest extends WindowTest {

    private JournalStore store;
    private TreatmentViewModel model;

    @Override
    public void start(Stage stage) throws Exception {
        store = FreshJournals.open(Files.createTempDirectory("leio-courses-narrow"), TestClocks.SUNDAY);
        AppState state = new AppState();
        Course course = store.courses().save(new Course(0, RegimenCatalog.bundled()
                .find("gemcitabine-docetaxel-hensley").orElseThrow(), LocalDate.of(2026, 11, 1), List.of(6),
                BodySurfaceArea.entered(new BigDecimal("1.80")), "", CourseHistory.EMPTY));
        state.courses().setAll(store.courses().all());
        model = new TreatmentViewModel(state, store.courses(),
                UiContexts.inline(new RecordingDialogs(), TestClocks.SUNDAY), RegimenCatalog.bundled());
        model.selectedProperty().set(course);
        TreatmentView screen = new TreatmentView(model, new Messages(Locale.UK)); // the screen, as the window has it
        Scene scene = new Scene(screen, 640, 480); // narrower than the side-by-side layout, and short
        scene.getStylesheets().add(getClass().getResource("/org/leiojournal/css/leio.css").toExternalForm());
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        stage.setScene(scene);
        stage.setWidth(640);
        stage.setHeight(480);
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theCourseKeepsAUsableHeightUnderTheList() {
        assertTrue(lookup(".courses-narrow").tryQuery().isPresent(), "the list stands above the course");
        assertUsable(lookup(".course-main").query());
    }

    @Test
    void thePlanFormKeepsAUsableHeightUnderTheList() {
        interact(() -> model.newCourse(RegimenCatalog.bundled().all().get(0)));
        assertUsable(lookup(".course-main").match(Node::isVisible).query());
    }

    private static void assertUsable(Node main) {
        double lines = main.getLayoutBounds().getHeight() / Font.getDefault().getSize();
        assertTrue(lines >= 20, "the course's part is " + lines + " lines of text high");
    }
}
