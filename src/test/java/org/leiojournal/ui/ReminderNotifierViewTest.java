package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.domain.appointment.PreparationStep;
import org.leiojournal.domain.appointment.ReminderState;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.appointment.ReminderNotifier;
import org.leiojournal.ui.appointment.ReminderPopups;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.testing.FxSettle;

/**
 * Reminders while the app runs, with the clock fixed at 09:30 on Sunday 22 November 2026 and the notifications
 * recorded instead of shown: a CT scan tomorrow is shown once, "Done" keeps it away after a restart, "Remind me in
 * 1 hour" puts it off, and an appointment saved while the app runs is noticed at once.
 */
class ReminderNotifierViewTest extends ScreenViewTest {

    private final Recorder popups = new Recorder();
    private ReminderNotifier notifier;
    private long ctId;

    @Override
    Screen screen() {
        return Screen.TODAY;
    }

    @Override
    void prepare(JournalStore fresh) {
        super.prepare(fresh);
        fresh.profile().save(new Profile("Ana", Profile.NEW.usualRecorder(), Profile.NEW.temperatureUnit(),
                Profile.NEW.weightUnit(), Profile.DEFAULT_THRESHOLD_CELSIUS, true));
        ctId = fresh.appointments().save(appointment(AppointmentKind.CT, "", LocalDateTime.of(2026, 11, 23, 9, 30),
                "St Mary’s", PreparationStep.hoursBefore("Nothing to eat after midnight", 10))).id();
    }

    private static Appointment appointment(AppointmentKind kind, String title, LocalDateTime start, String place,
                                           PreparationStep... steps) {
        return new Appointment(0, kind, title, start, Optional.empty(), CLOCK.getZone(), place, "", List.of(steps),
                List.of(), AppointmentStatus.BOOKED, "");
    }

    @Override
    void open() throws Exception {
        if (notifier != null) {
            notifier.stop(); // the old window's reminders, as closing the app stops them
        }
        super.open();
        notifier = screens.startReminders(popups, stage, new Messages(Locale.UK)); // as the window starts them
    }

    @Test
    void aDueReminderIsShownOnceAndDoneKeepsItAwayAfterRestart() {
        assertEquals(List.of("Tomorrow at 09:30 | CT scan at St Mary’s"), popups.shownTexts());
        interact(notifier::checkNow);
        assertEquals(1, popups.shown.size(), "not shown again every minute while it is on screen");

        ReminderPopups.ReminderNotice notice = popups.shown.get(0);
        assertEquals("Done", notice.doneLabel());
        assertEquals("Remind me in 1 hour", notice.laterLabel());
        interact(notice.onDone());
        assertEquals(List.of(notice.id()), popups.closed);
        assertEquals(List.of(new ReminderState(ctId, "TOMORROW@2026-11-23T09:30[Europe/London]", true,
                Optional.empty())), store.reminders().all());

        restart();
        FxSettle.settle();
        assertEquals(1, popups.shown.size(), "done is done, also after starting again");
    }

    @Test
    void theRemindersDueNowAreAlsoOnTheAppointmentsScreenWhereTheKeyboardCanMarkThemDone() {
        visit(Screen.APPOINTMENTS);
        javafx.scene.Node card = lookup("#due-reminders").query();
        assertTrue(card.isVisible());
        assertTrue(lookup("#due-reminders .label").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().equals("Tomorrow at 09:30")));
        javafx.scene.control.Button done = lookup("#reminder-done-0").queryButton();
        interact(done::requestFocus);
        type(javafx.scene.input.KeyCode.SPACE);
        assertEquals(List.of(new ReminderState(ctId, "TOMORROW@2026-11-23T09:30[Europe/London]", true,
                Optional.empty())), store.reminders().all());
        assertTrue(!card.isVisible(), "nothing else is due, so the card goes away");
    }

    @Test
    void remindMeLaterPutsItOffForAnHour() {
        ReminderPopups.ReminderNotice notice = popups.shown.get(0);
        interact(notice.onLater());
        assertEquals(List.of(notice.id()), popups.closed);
        assertEquals(Optional.of(Instant.parse("2026-11-22T10:30:00Z")), store.reminders().all().get(0).snoozedUntil());
        interact(notifier::checkNow);
        restart();
        assertEquals(1, popups.shown.size(), "not before 10:30");
    }

    @Test
    void anAppointmentSavedWhileTheAppRunsRemindsAtOnce() {
        Appointment blood = appointment(AppointmentKind.BLOOD_TEST, "", LocalDateTime.of(2026, 11, 22, 11, 0), "",
                PreparationStep.hoursBefore("Drink two glasses of water", 2));
        interact(() -> {
            Appointment saved = store.appointments().save(blood);
            screens.state().appointments().setAll(store.appointments().all());
            assertTrue(saved.id() > 0);
        });
        assertEquals(List.of("Tomorrow at 09:30 | CT scan at St Mary’s", "Today at 11:00 | Blood test",
                "Preparation for Blood test today at 11:00 | Drink two glasses of water"), popups.shownTexts());

        interact(() -> screens.state().appointments().setAll(store.appointments().all().stream()
                .map(a -> a.id() == ctId ? a.withStatus(AppointmentStatus.CANCELLED) : a).toList()));
        assertEquals(List.of(popups.shown.get(0).id()), popups.closed, "a cancelled appointment’s reminder closes");
    }

    /** Records what would be shown, and what was closed again. */
    private static final class Recorder implements ReminderPopups {
        final List<ReminderNotice> shown = new ArrayList<>();
        final List<String> closed = new ArrayList<>();

        @Override
        public Runnable show(ReminderNotice notice) {
            shown.add(notice);
            return () -> closed.add(notice.id());
        }

        List<String> shownTexts() {
            return shown.stream().map(n -> n.title() + " | " + n.text()).toList();
        }
    }
}
