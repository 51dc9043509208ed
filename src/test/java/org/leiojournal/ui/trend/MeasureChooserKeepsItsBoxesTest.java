package org.leiojournal.ui.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.leiojournal.catalog.GuidanceCatalog;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.BackgroundTasks;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.common.UiContext;
import org.leiojournal.ui.testing.FxSettle;
import org.leiojournal.ui.testing.WindowTest;
import org.leiojournal.ui.treatment.RecordingDialogs;

/**
 * The blood tests to offer come with the journal's read, in the frame that draws the first lines. The measures' boxes
 * shown before it are kept and the blood tests' added under them: every box made again there, with its skin, styled
 * and laid out anew, was work thrown away (issue 21).
 */
@Tag("ui")
class MeasureChooserKeepsItsBoxesTest extends WindowTest {

    private Path folder;
    private JournalStore store;
    private final AppState state = new AppState();
    private final List<Runnable> readsEnd = new ArrayList<>();
    private MeasureChooser chooser;

    @Override
    public void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("chooser-boxes");
        store = JournalStore.open(folder, TrendsViewModelTest.CLOCK);
        LabTrendJournal.fill(store);
        state.profileProperty().set(store.profile().load());
        state.items().setAll(store.items().all());
        state.courses().setAll(store.courses().all());
        TrendsViewModel model = new TrendsViewModel(state, store.checkIns(), store.alerts(), store.bloodTests(),
                new UiContext(new BackgroundTasks(Runnable::run, readsEnd::add), new RecordingDialogs(),
                        new Messages(Locale.UK), TrendsViewModelTest.CLOCK), GuidanceCatalog.bundled());
        chooser = new MeasureChooser(model.measures(), model.words(), new Messages(Locale.UK));
        state.screenProperty().set(Screen.TRENDS); // read at once; its end waits in readsEnd
        showAtItsSize(stage, new Scene(chooser, 400, 700));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theBoxesShownBeforeTheReadAreKeptAndTheBloodTestsAddedUnderThem() {
        FxSettle.settle();
        List<Node> before = List.copyOf(chooser.getChildren());
        assertTrue(before.stream().noneMatch(n -> n.getId() != null && n.getId().startsWith("trend-measure-lab-")));

        interact(() -> readsEnd.forEach(Runnable::run));
        FxSettle.settle();

        List<Node> after = chooser.getChildren();
        assertTrue(after.size() > before.size(), "the blood tests offered");
        for (int i = 0; i < before.size(); i++) {
            assertTrue(before.get(i) == after.get(i), "kept: " + describe(before.get(i)));
        }
        assertEquals("Blood tests", ((Label) after.get(before.size())).getText(), "their heading, after the vitals");
        assertTrue(after.subList(before.size() + 1, after.size()).stream()
                .allMatch(n -> n instanceof CheckBox && n.getId().startsWith("trend-measure-lab-")));
        CheckBox temperature = (CheckBox) chooser.lookup("#trend-measure-temperature");
        assertTrue(temperature.isSelected(), "ticked by the first view, on the box kept");
    }

    private static String describe(Node node) {
        return node instanceof Label label ? label.getText() : String.valueOf(node.getId());
    }
}
