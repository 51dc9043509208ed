package org.leiojournal.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leiojournal.TestClocks;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.BackgroundTasks;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.TextScale;
import org.leiojournal.ui.common.UiContext;
import org.leiojournal.ui.testing.WindowTest;

/**
 * Issue 21, fifteenth session: the Journal's columns are made in its constructor at 100 % text, and were all made
 * again when the table joined the window, on every first visit. They are made again only at another text size.
 */
class JournalColumnsViewTest extends WindowTest {

    private JournalStore store;
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void open() throws Exception {
        Path folder = Files.createTempDirectory("leio-journal-columns");
        store = JournalStore.open(folder, TestClocks.SUNDAY);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theColumnsMadeWithTheViewAreTheOnesShownAt100Percent() {
        Columns columns = shownAt(1.0);

        assertEquals(columns.made().size(), columns.shown().size());
        for (int i = 0; i < columns.shown().size(); i++) {
            assertSame(columns.made().get(i), columns.shown().get(i),
                    "column " + i + " made again as the table joined the window");
        }
    }

    @Test
    void atAnotherTextSizeTheyAreMadeAgainAsWideAsItsWords() {
        Columns columns = shownAt(2.0);

        TableColumn<?, ?> when = columns.shown().get(0);
        assertNotSame(columns.made().get(0), when, "made again at 200 %");
        assertEquals(2 * columns.made().get(0).getPrefWidth(), when.getPrefWidth(), 0.01, "twice as wide at 200 %");
    }

    /** The table's columns as the view made them, and as shown in a window at {@code textScale}. */
    private record Columns(List<TableColumn<?, ?>> made, List<TableColumn<?, ?>> shown) {
    }

    private Columns shownAt(double textScale) {
        AtomicReference<List<TableColumn<?, ?>>> made = new AtomicReference<>();
        AtomicReference<TableView<?>> table = new AtomicReference<>();
        interact(() -> {
            JournalView view = view();
            table.set((TableView<?>) view.lookup("#journal-table"));
            made.set(List.copyOf(table.get().getColumns()));
            Scene scene = new Scene(new StackPane(), 1024, 600);
            scene.getProperties().put(TextScale.KEY, textScale); // as the window's look keeps it
            scene.setRoot(view);
            showAtItsSize(stage, scene);
        });
        return new Columns(made.get(), List.copyOf(table.get().getColumns()));
    }

    private JournalView view() {
        Messages messages = new Messages(Locale.UK);
        JournalViewModel model = new JournalViewModel(new AppState(), store.checkIns(), store.alerts(),
                AlertRuleCatalog.bundled(), new UiContext(new BackgroundTasks(Runnable::run, Runnable::run),
                new org.leiojournal.ui.treatment.RecordingDialogs(), messages, TestClocks.SUNDAY));
        return new JournalView(model, messages);
    }
}
