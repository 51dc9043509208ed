package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.PartsAfterFrame;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.testing.FxSettle;
import org.leiojournal.ui.trend.TrendJournal;

/**
 * Issue 21, ninth session: the Journal's first visit in shorter frames. Its first frame has the title and the table
 * with the upper half of the rows that fit, newest first; the frame after has the filters and every row that fits,
 * the first frame's rows kept (not made and styled again). Thirteenth session: the newest entries are often in before
 * the first frame, so the rows come a frame after the filters: title and table, then the filters, then the upper
 * half of the rows, then every row that fits. Sixteenth session: three eighths of them instead of half.
 */
class JournalFramesViewTest extends ScreenViewTest {

    @Override
    Screen screen() {
        return Screen.TODAY;
    }

    @Override
    void prepare(JournalStore fresh) {
        super.prepare(fresh); // the mount marks the welcome done (ScreenViewTest.build)
        TrendJournal.fill(fresh); // a check-in every day from 4 Oct to 21 Nov 2026: 49 entries
    }

    @Test
    void firstTheTitleThenTheFiltersThenTheUpperHalfOfTheRowsThenEveryRowThatFits() throws Exception {
        List<Frame> frames = framesUntilBuilt();
        Frame screen = frames.get(0);
        Frame last = frames.get(frames.size() - 1);

        assertTrue(screen.title, "the title in the first frame");
        assertFalse(screen.filters, "the filters come a frame later");
        assertTrue(screen.waiting, "something still marked as coming (the benchmark and the tests wait for it)");
        assertEquals(0, screen.rows.size(), "no rows with the screen's first styling");
        assertEquals(4, frames.size(), "the screen, the filters, the upper half, the rest: " + frames);
        assertTrue(frames.get(1).filters, "the filters in the second frame");
        assertEquals(0, frames.get(1).rows.size(), "no rows with the filters either");

        Frame first = frames.get(2); // the first frame with rows (before the thirteenth session, the screen's)
        assertTrue(first.rows.size() >= 3, "the first rows in the third frame: " + first.rows.size());
        assertEquals(List.of(0, 1, 2), indices(first.rows).subList(0, 3), "from the top, newest first");

        assertTrue(last.filters);
        assertFalse(last.waiting);
        int fit = (int) Math.floor(last.flowHeight / last.rowHeight);
        assertTrue(last.rows.size() >= fit, "every row that fits: " + last.rows.size() + " of " + fit);
        // sixteenth session: three eighths, not half, as that frame does the table's first-time work too
        assertTrue(first.rows.size() <= Math.ceil(fit * 3.0 / 8) + 1, "about three eighths of them first: "
                + first.rows.size() + " of " + fit);
        assertTrue(last.rows.containsAll(first.rows), "the first frame's rows are kept");
        assertEquals(indices(last.rows).subList(0, first.rows.size()), indices(first.rows), "in their places");
        assertTrue(last.flowBottom <= last.tableBottom + 0.5, "the rows end inside the table, above the buttons: "
                + last.flowBottom + " > " + last.tableBottom);
    }

    /**
     * Fourteenth session: a row's first layout moves its cells into place, and JavaFX then asks for the row's layout
     * again; the table took that for a sign that rows may change height and laid every row out anew a frame after the
     * last rows came, each resized twice, so the whole table was laid out and painted once more.
     */
    @Test
    void theRowsAreNotResizedAgainAfterTheirFrames() throws Exception {
        List<Frame> frames = framesUntilBuilt();
        List<TableRow<?>> rows = frames.get(frames.size() - 1).rows;
        List<String> resized = new ArrayList<>();
        interact(() -> rows.forEach(row -> row.widthProperty().addListener((o, was, now) ->
                resized.add("row " + row.getIndex() + ": " + was + " → " + now))));
        FxSettle.settle();
        FxSettle.settle();
        assertEquals(List.of(), resized, "no row resized in the frames after the rows'");
    }

    /**
     * Fourteenth session: the rest of the rows are made and styled just before the pulse that shows them, not in its
     * layout pass. Nodes styled as they join the scene mark its root for CSS; marked after the pulse's CSS pass, the
     * root stayed marked and the frame after the rows was painted whole, every node of the window again.
     */
    @Test
    void theRestOfTheRowsAreThereBeforeThePulseThatShowsThem() throws Exception {
        Scene scene = stage.getScene();
        List<Integer> beforeCss = new ArrayList<>();
        Runnable count = () -> beforeCss.add(shownRows(scene).size());
        interact(() -> scene.addPreLayoutPulseListener(count));
        List<Frame> frames = framesUntilBuilt();
        interact(() -> scene.removePreLayoutPulseListener(count));
        int last = frames.get(frames.size() - 1).rows.size();
        assertTrue(beforeCss.contains(last), "every row that fits (" + last + ") before a pulse's CSS pass: "
                + beforeCss);
    }

    /** The rows the Journal's table shows with an entry, or none while it is not shown. */
    private static List<TableRow<?>> shownRows(Scene scene) {
        Node view = scene.lookup("#journal-view");
        List<TableRow<?>> rows = new ArrayList<>();
        if (view == null || !view.isVisible()) {
            return rows;
        }
        TableView<?> table = (TableView<?>) view.lookup("#journal-table");
        Node flow = table.lookup(".virtual-flow");
        for (Node node : table.lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> row && row.isVisible() && !row.isEmpty() && row.getSkin() != null
                    && row.getLayoutY() < flow.getLayoutBounds().getHeight()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** What a frame laid out showed of the Journal. */
    private record Frame(boolean title, boolean filters, boolean waiting, List<TableRow<?>> rows, double rowHeight,
                         double flowHeight, double flowBottom, double tableBottom) {
        @Override
        public String toString() {
            return "filters " + filters + ", waiting " + waiting + ", rows " + rows.size();
        }
    }

    private static List<Integer> indices(List<TableRow<?>> rows) {
        return rows.stream().map(TableRow::getIndex).toList();
    }

    /** Shows the Journal and returns each frame laid out with the Journal in it, until nothing more is coming. */
    private List<Frame> framesUntilBuilt() throws Exception {
        Scene scene = stage.getScene();
        List<Frame> frames = new ArrayList<>();
        CompletableFuture<List<Frame>> done = new CompletableFuture<>();
        interact(() -> scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                Node view = scene.lookup("#journal-view");
                if (view == null || !view.isVisible()) {
                    return;
                }
                TableView<?> table = (TableView<?>) view.lookup("#journal-table");
                Node flow = table.lookup(".virtual-flow");
                List<TableRow<?>> rows = new ArrayList<>();
                for (Node node : table.lookupAll(".table-row-cell")) {
                    if (node instanceof TableRow<?> row && row.isVisible() && !row.isEmpty()
                            && row.getLayoutY() < flow.getLayoutBounds().getHeight()) {
                        rows.add(row);
                    }
                }
                rows.sort(java.util.Comparator.comparingInt(TableRow::getIndex));
                // a part still to come, or the table's "Loading…" until its rows are in
                boolean waiting = !view.lookupAll("." + PartsAfterFrame.PLACEHOLDER).isEmpty()
                        || view.lookupAll("." + org.leiojournal.ui.common.Loading.STYLE_CLASS).stream()
                        .anyMatch(Node::isVisible);
                frames.add(new Frame(view.lookup(".screen-title") != null, view.lookup("#journal-from") != null,
                        waiting, rows, table.getFixedCellSize(), flow.getLayoutBounds().getHeight(),
                        flow.localToScene(flow.getLayoutBounds()).getMaxY(),
                        table.localToScene(table.getLayoutBounds()).getMaxY()));
                if (!waiting) {
                    scene.removePostLayoutPulseListener(this);
                    done.complete(frames);
                } else {
                    javafx.application.Platform.requestNextPulse();
                }
            }
        }));
        // from Today, as the sidebar or Ctrl+2 choose the Journal (the shell's keys: KeyboardPathViewTest)
        interact(() -> screens.state().screenProperty().set(Screen.JOURNAL));
        return done.get(60, TimeUnit.SECONDS);
    }
}
