package org.leiojournal.ui.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.BackgroundTasks;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.UiContext;
import org.leiojournal.ui.testing.FxSettle;
import org.leiojournal.ui.testing.WindowTest;
import org.leiojournal.ui.treatment.RecordingDialogs;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 21, eighteenth session: the 30-day list filled its height under its last appointment with empty cells
 * (thirteen under three appointments at 1366 × 768), each made and styled in the list's frame though an empty cell
 * shows nothing; one empty cell as tall as the list now fills it.
 */
@Tag("ui")
class AppointmentListFillerViewTest extends WindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:30:00Z"), ZoneId.of("Europe/London"));

    private StackPane root;

    @Override
    public void start(Stage stage) {
        root = new StackPane();
        Scene scene = new Scene(root, 400, 600);
        scene.getStylesheets().add(getClass().getResource("/org/leiojournal/css/leio.css").toExternalForm());
        showAtItsSize(stage, scene);
    }

    @Test
    void oneEmptyCellFillsTheListUnderItsAppointmentsAndShowsNothing() {
        Messages messages = new Messages(Locale.UK);
        List<Runnable> ignored = new ArrayList<>();
        UiContext ui = new UiContext(new BackgroundTasks(ignored::add, ignored::add), new RecordingDialogs(),
                messages, CLOCK);
        AppointmentsViewModel model = new AppointmentsViewModel(new AppointmentBook(new AppState(), null, ui), ui);
        List<Appointment> three = List.of(appointment(1, "CT chest", 23), appointment(2, "Bloods", 25),
                appointment(3, "Oncology clinic", 30));
        ListView<Appointment> list = get(() -> new ListView<>(FXCollections.observableArrayList(three)));
        interact(() -> {
            list.setCellFactory(v -> new UpcomingPane.AppointmentCell(model, messages));
            root.getChildren().setAll(list);
        });
        FxSettle.settle();

        List<ListCell<?>> shown = new ArrayList<>();
        interact(() -> list.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> cell && cell.isVisible() && cell.getParent() != null
                        && cell.getParent().isVisible())
                .forEach(n -> shown.add((ListCell<?>) n)));
        List<ListCell<?>> empty = shown.stream().filter(ListCell::isEmpty).toList();
        assertEquals(3, shown.size() - empty.size(), "the three appointments");
        assertTrue(empty.size() <= 1, "one empty cell fills the rest, not one a row: " + empty.size());
        for (ListCell<?> cell : empty) {
            assertTrue(get(() -> cell.getBackground() == null || cell.getBackground().getFills().stream()
                    .allMatch(fill -> Color.TRANSPARENT.equals(fill.getFill()))), "an empty cell paints nothing");
            assertTrue(get(() -> cell.getText() == null && cell.getGraphic() == null), "and says nothing");
        }
        assertTrue(get(() -> list.lookupAll(".scroll-bar").stream().noneMatch(bar -> bar.isVisible())),
                "no scroll bar for three rows");
    }

    private static Appointment appointment(long id, String title, int day) {
        return new Appointment(id, AppointmentKind.CT, title, LocalDateTime.of(2026, 11, day, 9, 30),
                Optional.empty(), CLOCK.getZone(), "St Mary’s", "", List.of(), List.of(), AppointmentStatus.BOOKED,
                "");
    }

    private static <T> T get(Callable<T> read) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, read);
    }
}
