package org.leiojournal.ui.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.leiojournal.catalog.GuidanceCatalog;
import org.leiojournal.domain.trend.ChartKind;
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
 * The two charts a first view nearly always shows are made, hidden, in the frame after the screen's, while the journal
 * is read (issue 21). Made on their axes' defaults (0 to 100 by 5, the epoch's days), their labels were styled and
 * laid out then, and thrown away for the view's when the lines came: 21 value labels a chart instead of the scores'
 * six.
 */
@Tag("ui")
class ChartsMadeBeforeTheReadTest extends WindowTest {

    private Path folder;
    private JournalStore store;
    private final AppState state = new AppState();
    /** The read's results, held back from the UI thread until the test hands them over. */
    private final List<Runnable> readsEnd = new ArrayList<>();
    private TrendsViewModel model;
    private DateChartsPane pane;

    @Override
    public void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("charts-before-read");
        store = JournalStore.open(folder, TrendsViewModelTest.CLOCK);
        TrendJournal.fill(store);
        state.profileProperty().set(store.profile().load());
        state.items().setAll(store.items().all());
        state.courses().setAll(store.courses().all());
        model = new TrendsViewModel(state, store.checkIns(), store.alerts(), new UiContext(
                new BackgroundTasks(Runnable::run, readsEnd::add), new RecordingDialogs(),
                new Messages(Locale.UK), TrendsViewModelTest.CLOCK), GuidanceCatalog.bundled());
        pane = new DateChartsPane(model, model.words(), new Messages(Locale.UK));
        state.screenProperty().set(Screen.TRENDS); // read at once; its end waits in readsEnd
        showAtItsSize(stage, new Scene(pane, 800, 600));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theScoresChartIsMadeOnItsScaleAndTheRangeShown() {
        FxSettle.settle(); // the frame after the first: the two charts made, hidden
        TimeChart scores = pane.chart(ChartKind.SCORES);
        assertNotNull(scores, "made while the journal is read");
        assertEquals(1, readsEnd.size(), "the read's end not handed over yet");
        NumberAxis values = scores.values();
        assertEquals(List.of(0.0, 10.0, 2.0), List.of(values.getLowerBound(), values.getUpperBound(),
                values.getTickUnit()), "the scores' scale");
        assertEquals(LocalDate.of(2026, 10, 24).toEpochDay(), scores.dates().getLowerBound(), 1.0,
                "the 30 days shown, not the epoch's");
        assertEquals(List.of("0", "2", "4", "6", "8", "10"), labels(values).stream().map(Text::getText).toList(),
                "six labels, not the default's 21");

        interact(() -> readsEnd.forEach(Runnable::run));
        FxSettle.settle();

        assertTrue(scores.isVisible(), "drawn");
        assertEquals(List.of("0", "2", "4", "6", "8", "10"), labels(values).stream().map(Text::getText).toList(),
                "the same scale once the lines are in");
    }

    private static List<Text> labels(NumberAxis axis) {
        List<Text> labels = new ArrayList<>();
        for (Node child : axis.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                labels.add(text);
            }
        }
        labels.sort(java.util.Comparator.comparingDouble(t -> Double.parseDouble(t.getText())));
        return labels;
    }
}
