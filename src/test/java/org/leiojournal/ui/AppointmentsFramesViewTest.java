package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.testing.FxSettle;

/**
 * Issue 21, eighth session: Appointments' first visit in four short frames instead of two long ones: the list, then
 * the past visits awaiting an outcome, then the form's fields, then the rest of the form; a save before the rest
 * is there builds it at once, so no problem goes unshown. Tenth session: the form's kind and status boxes make
 * their drop-down lists when first opened. Eleventh: with no past visit awaiting an outcome (most users), its list
 * is not made and the form takes its frame; the time-zone box makes its list when first opened too. Twelfth: the
 * header, the tabs and New come first, the 30-day list the frame after (its skin and cells were half of the first
 * frame).
 */
class AppointmentsFramesViewTest extends ScreenViewTest {

    /** Today first: each test then goes to Appointments, as the sidebar or Ctrl+5 does, and watches its first visit. */
    @Override
    Screen screen() {
        return Screen.TODAY;
    }

    @Test
    void eachPartComesInItsOwnFrameNewFirstThenTheListThenAwaitingThenFieldsThenTheRestOfTheForm() throws Exception {
        interact(() -> store.appointments().save(pastVisitStillToCome()));
        restart();
        List<String> parts = List.of("#appointment-new", "#upcoming-list", "#awaiting-list", "#appointment-kind",
                "#appointment-save");
        assertEquals(List.of(List.of("#appointment-new"), List.of("#upcoming-list"), List.of("#awaiting-list"),
                List.of("#appointment-kind"), List.of("#appointment-save")), firstSeen(framesUntilAllThere(parts)),
                "one part a frame, in this order");
        partsBuilt();
        assertTrue(lookup("#upcoming-list").query().isFocused(), "the list keeps the keyboard");
    }

    /** Eleventh session: the hidden "What happened?" list cost a frame of its own; with no visit awaiting, none. */
    @Test
    void withNoVisitAwaitingAnOutcomeTheFormComesTheFrameAfterTheListAndNoAwaitingListIsMade() throws Exception {
        List<String> parts = List.of("#appointment-new", "#upcoming-list", "#appointment-kind", "#appointment-save");
        List<List<String>> frames = framesUntilAllThere(parts);
        assertEquals(List.of(List.of("#appointment-new"), List.of("#upcoming-list"), List.of("#appointment-kind"),
                List.of("#appointment-save")), firstSeen(frames), "one part a frame, in this order");
        assertEquals(1, firstWith("#appointment-kind", frames) - firstWith("#upcoming-list", frames),
                "the form's fields the very frame after the list: " + frames);
        partsBuilt();
        assertTrue(lookup("#awaiting-list").tryQuery().isEmpty(), "nothing awaits an outcome: no list for it");
        assertTrue(lookup("#upcoming-list").query().isFocused(), "the list keeps the keyboard");
    }

    @Test
    void aVisitComingToAwaitItsOutcomeWhileTheScreenIsOpenBringsTheAwaitingListAboveTheUpcomingOne() {
        goToAppointments();
        partsBuilt();
        interact(() -> screens.state().appointments().add(pastVisitStillToCome()));
        FxSettle.settle();
        ListView<?> awaiting = lookup("#awaiting-list").queryAs(ListView.class);
        assertEquals(1, awaiting.getItems().size());
        assertTrue(awaiting.isVisible(), "shown");
        Node upcoming = lookup("#upcoming-list").query();
        assertTrue(awaiting.localToScene(awaiting.getLayoutBounds()).getMaxY()
                <= upcoming.localToScene(upcoming.getLayoutBounds()).getMinY(), "above the 30-day list");
    }

    /** A CT four days before the tests' clock, still marked booked: what happened there is not written down. */
    private static Appointment pastVisitStillToCome() {
        return new Appointment(0, AppointmentKind.CT, "CT chest", LocalDateTime.of(2026, 11, 18, 9, 0),
                Optional.empty(), ZoneId.of("Europe/London"), "", "", List.of(), List.of(), AppointmentStatus.BOOKED,
                "");
    }

    private static int firstWith(String id, List<List<String>> frames) {
        return frames.indexOf(frames.stream().filter(frame -> frame.contains(id)).findFirst().orElseThrow());
    }

    /** For each frame that brought some of the ids, the ones it brought. */
    private static List<List<String>> firstSeen(List<List<String>> frames) {
        List<List<String>> firstSeen = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (List<String> frame : frames) {
            List<String> added = frame.stream().filter(id -> !seen.contains(id)).toList();
            if (!added.isEmpty()) {
                firstSeen.add(added);
                seen.addAll(added);
            }
        }
        return firstSeen;
    }

    @Test
    void saveBeforeTheFormsLowerHalfCameBuildsItAtOnce() throws Exception {
        goToAppointments();
        FxSettle.settle();
        boolean[] lowerHalf = new boolean[1];
        interact(() -> {
            Scene scene = stage.getScene();
            ((Button) scene.lookup("#appointment-new")).fire(); // the form, at once, without its lower half yet
            scene.lookup("#appointment-kind").fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.S,
                    false, true, false, false));
            lowerHalf[0] = scene.lookup("#appointment-save") != null && scene.lookup("#appointment-result") != null;
        });
        assertTrue(lowerHalf[0], "Ctrl+S built the outcome and Save before checking the form");
        partsBuilt();
        assertEquals(1, lookupAll("#appointment-save").size(), "the lower half once, not twice");
    }

    @Test
    void theKindStatusAndZoneBoxesMakeTheirListsWhenFirstOpenedNotInTheFormsFrame() {
        goToAppointments();
        partsBuilt();
        for (String box : List.of("#appointment-kind", "#appointment-status", "#appointment-zone")) {
            Node shown = lookup(box).query();
            assertNull(get(() -> shown.lookup(".list-view")), box + ": no drop-down list styled with the form");
        }
        assertEquals(List.of(AppointmentKind.values().length), rowsOpened("#appointment-kind"),
                "opened, it lists every kind");
        ComboBox<?> zone = lookup("#appointment-zone").queryAs(ComboBox.class);
        assertEquals(List.of(zone.getItems().size()), rowsOpened("#appointment-zone"), "and every time zone");
        assertTrue(zone.getItems().size() > 100, "the system's zones: " + zone.getItems().size());
    }

    /** Opens the box, counts the rows of the drop-down list shown, closes it. */
    private List<Integer> rowsOpened(String box) {
        interact(() -> ((ComboBox<?>) lookup(box).query()).show());
        FxSettle.settle();
        List<Integer> rows = get(() -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && w instanceof PopupWindow)
                .map(w -> w.getScene().getRoot().lookup(".list-view")).filter(ListView.class::isInstance)
                .map(l -> ((ListView<?>) l).getItems().size()).toList());
        interact(() -> ((ComboBox<?>) lookup(box).query()).hide());
        return rows;
    }

    private <T> T get(java.util.concurrent.Callable<T> read) {
        CompletableFuture<T> value = new CompletableFuture<>();
        interact(() -> {
            try {
                value.complete(read.call());
            } catch (Exception e) {
                value.completeExceptionally(e);
            }
        });
        return value.join();
    }

    private List<String> lookupAll(String id) {
        return lookup(id).queryAll().stream().map(n -> n.getId()).toList();
    }

    /** Chooses Appointments, as the sidebar does, without waiting for the parts that come a frame after. */
    private void goToAppointments() {
        interact(() -> screens.state().screenProperty().set(Screen.APPOINTMENTS));
    }

    /** Goes to Appointments and returns, for each frame laid out, which of {@code ids} it has, until all are there. */
    private List<List<String>> framesUntilAllThere(List<String> ids) throws Exception {
        Scene scene = stage.getScene();
        List<List<String>> frames = new ArrayList<>();
        CompletableFuture<List<List<String>>> done = new CompletableFuture<>();
        interact(() -> scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                if (scene.lookup("#appointments-view") == null) {
                    return;
                }
                List<String> there = ids.stream().filter(id -> scene.lookup(id) != null).toList();
                frames.add(there);
                if (there.size() == ids.size()) {
                    scene.removePostLayoutPulseListener(this);
                    done.complete(frames);
                }
            }
        }));
        goToAppointments();
        return done.get(60, TimeUnit.SECONDS);
    }
}
