package org.leiojournal.domain.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which reminders are due at a given moment: the day before, the day itself, preparation, and the user's choices. */
class RemindersTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Appointment booked(long id, LocalDateTime start, ZoneId zone, PreparationStep... steps) {
        return new Appointment(id, AppointmentKind.CT, "CT scan", start, Optional.empty(), zone, "St Mary’s", "",
                List.of(steps), List.of(), AppointmentStatus.BOOKED, "");
    }

    /** 09:30 in London on Tuesday 24 November 2026. */
    private static final Appointment CT = booked(7, LocalDateTime.of(2026, 11, 24, 9, 30), LONDON);

    private static ZonedDateTime london(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, LONDON);
    }

    private static List<ReminderKind> kindsDue(List<Appointment> all, List<ReminderState> states, ZonedDateTime now) {
        return Reminders.due(all, states, now).stream().map(Reminder::kind).toList();
    }

    private static List<ReminderKind> kindsDue(Appointment a, ZonedDateTime now) {
        return kindsDue(List.of(a), List.of(), now);
    }

    @Test
    void tomorrowIsDueAllOfTheDayBefore() {
        assertEquals(List.of(), kindsDue(CT, london(2026, 11, 22, 23, 59)), "two days before");
        assertEquals(List.of(ReminderKind.TOMORROW), kindsDue(CT, london(2026, 11, 23, 0, 0)));
        assertEquals(List.of(ReminderKind.TOMORROW), kindsDue(CT, london(2026, 11, 23, 23, 59)));
    }

    @Test
    void acrossMidnightTomorrowGivesWayToToday() {
        assertEquals(List.of(ReminderKind.TODAY), kindsDue(CT, london(2026, 11, 24, 0, 0)));
        assertEquals(List.of(ReminderKind.TODAY), kindsDue(CT, london(2026, 11, 24, 0, 1)));
        assertEquals(List.of(ReminderKind.TODAY), kindsDue(CT, london(2026, 11, 24, 9, 29)));
    }

    @Test
    void nothingIsDueOnceTheAppointmentHasStarted() {
        assertEquals(List.of(), kindsDue(CT, london(2026, 11, 24, 9, 30)));
        assertEquals(List.of(), kindsDue(CT, london(2026, 11, 24, 15, 0)));
    }

    @Test
    void fastingTwelveHoursBeforeAnEightOClockScanIsDueAtEightTheEveningBefore() {
        Appointment scan = booked(3, LocalDateTime.of(2026, 11, 24, 8, 0), LONDON,
                PreparationStep.hoursBefore("Nothing to eat after 20:00", 12),
                PreparationStep.withoutReminder("Bring the letter"));
        assertEquals(List.of(ReminderKind.TOMORROW), kindsDue(scan, london(2026, 11, 23, 19, 59)));
        List<Reminder> due = Reminders.due(List.of(scan), List.of(), london(2026, 11, 23, 20, 0));
        assertEquals(List.of(ReminderKind.TOMORROW, ReminderKind.PREPARATION), due.stream().map(Reminder::kind).toList());
        assertEquals("Nothing to eat after 20:00", due.get(1).stepText());
        assertEquals(scan.startMoment(), due.get(1).start());
        assertEquals(List.of(ReminderKind.TODAY, ReminderKind.PREPARATION), kindsDue(scan, london(2026, 11, 24, 7, 59)));
        assertEquals(List.of(), kindsDue(scan, london(2026, 11, 24, 8, 0)));
    }

    @Test
    void preparationWhenTheClocksGoForwardCountsRealHours() {
        // 29 March 2026: London goes from 01:00 GMT to 02:00 BST. 02:30 BST is 01:30 UTC; 3 h before is 22:30 GMT.
        Appointment early = booked(1, LocalDateTime.of(2026, 3, 29, 2, 30), LONDON,
                PreparationStep.hoursBefore("Take the first tablet", 3));
        assertEquals(List.of(ReminderKind.TOMORROW), kinds(early, Instant.parse("2026-03-28T22:29:00Z")));
        assertEquals(List.of(ReminderKind.TOMORROW, ReminderKind.PREPARATION),
                kinds(early, Instant.parse("2026-03-28T22:30:00Z")), "22:30 on the clock, not 23:30");
        assertEquals(List.of(ReminderKind.TODAY, ReminderKind.PREPARATION),
                kinds(early, Instant.parse("2026-03-29T01:29:00Z")), "02:29 BST");
        assertEquals(List.of(), kinds(early, Instant.parse("2026-03-29T01:30:00Z")));
    }

    @Test
    void preparationWhenTheClocksGoBackCountsRealHours() {
        // 25 October 2026: London goes from 02:00 BST back to 01:00 GMT. 02:30 GMT is 02:30 UTC; 3 h before is
        // 23:30 UTC on the 24th, which the clock on the wall shows as 00:30 BST on the 25th.
        Appointment early = booked(2, LocalDateTime.of(2026, 10, 25, 2, 30), LONDON,
                PreparationStep.hoursBefore("Take the first tablet", 3));
        assertEquals(List.of(ReminderKind.TODAY), kinds(early, Instant.parse("2026-10-24T23:29:00Z")),
                "midnight BST is 23:00 UTC, so it is already the day");
        assertEquals(List.of(ReminderKind.TODAY, ReminderKind.PREPARATION),
                kinds(early, Instant.parse("2026-10-24T23:30:00Z")));
        assertEquals(List.of(ReminderKind.TOMORROW), kinds(early, Instant.parse("2026-10-24T22:59:00Z")));
        assertEquals(List.of(), kinds(early, Instant.parse("2026-10-25T02:30:00Z")));
    }

    private static List<ReminderKind> kinds(Appointment a, Instant moment) {
        return kindsDue(a, moment.atZone(LONDON));
    }

    @Test
    void daysAreTheViewersDaysNotTheAppointmentsZone() {
        // 20:00 in New York on 23 Nov is 01:00 on 24 Nov in London: for a user in London it is on the 24th.
        Appointment call = booked(4, LocalDateTime.of(2026, 11, 23, 20, 0), NEW_YORK);
        assertEquals(List.of(ReminderKind.TOMORROW), kindsDue(call, london(2026, 11, 23, 10, 0)),
                "the 23rd in New York, but tomorrow in London");
        assertEquals(List.of(ReminderKind.TODAY), kindsDue(call, london(2026, 11, 24, 0, 30)));
        assertEquals(List.of(), kindsDue(call, london(2026, 11, 24, 1, 0)));
        assertEquals(List.of(ReminderKind.TODAY), kindsDue(call, london(2026, 11, 23, 10, 0).withZoneSameInstant(NEW_YORK)),
                "the same moment seen from New York");
    }

    @Test
    void onlyBookedAppointmentsRemind() {
        ZonedDateTime dayBefore = london(2026, 11, 23, 12, 0);
        for (AppointmentStatus status : List.of(AppointmentStatus.TO_BOOK, AppointmentStatus.ATTENDED,
                AppointmentStatus.CANCELLED)) {
            assertEquals(List.of(), kindsDue(CT.withStatus(status), dayBefore), status.name());
        }
    }

    @Test
    void aReminderMarkedDoneIsNeverDueAgain() {
        ZonedDateTime dayBefore = london(2026, 11, 23, 12, 0);
        Reminder tomorrow = Reminders.due(List.of(CT), List.of(), dayBefore).get(0);
        ReminderState done = new ReminderState(CT.id(), tomorrow.key(), true, Optional.empty());
        assertEquals(List.of(), kindsDue(List.of(CT), List.of(done), dayBefore));
        assertEquals(List.of(ReminderKind.TODAY), kindsDue(List.of(CT), List.of(done), london(2026, 11, 24, 8, 0)),
                "the day’s own reminder is another reminder");
        ReminderState otherAppointment = new ReminderState(99, tomorrow.key(), true, Optional.empty());
        assertEquals(List.of(ReminderKind.TOMORROW), kindsDue(List.of(CT), List.of(otherAppointment), dayBefore));
    }

    @Test
    void aReminderPutOffIsDueAgainWhenTheTimeComes() {
        ZonedDateTime noon = london(2026, 11, 23, 12, 0);
        String key = Reminders.due(List.of(CT), List.of(), noon).get(0).key();
        ReminderState later = new ReminderState(CT.id(), key, false, Optional.of(noon.plus(Reminders.LATER).toInstant()));
        assertEquals(List.of(), kindsDue(List.of(CT), List.of(later), noon.plusMinutes(59)));
        assertEquals(List.of(ReminderKind.TOMORROW), kindsDue(List.of(CT), List.of(later), noon.plusHours(1)));
    }

    @Test
    void movingTheAppointmentGivesNewKeysSoADismissedReminderComesBack() {
        ZonedDateTime dayBefore = london(2026, 11, 23, 12, 0);
        Reminder old = Reminders.due(List.of(CT), List.of(), dayBefore).get(0);
        assertEquals("TOMORROW@2026-11-24T09:30[Europe/London]", old.key());
        ReminderState done = new ReminderState(CT.id(), old.key(), true, Optional.empty());
        Appointment moved = booked(CT.id(), LocalDateTime.of(2026, 11, 24, 14, 0), LONDON);
        List<Reminder> due = Reminders.due(List.of(moved), List.of(done), dayBefore);
        assertEquals(List.of(ReminderKind.TOMORROW), due.stream().map(Reminder::kind).toList());
        assertNotEquals(old.key(), due.get(0).key());
    }

    @Test
    void editingAPreparationStepGivesItANewKey() {
        Appointment scan = booked(5, LocalDateTime.of(2026, 11, 24, 8, 0), LONDON,
                PreparationStep.hoursBefore("Nothing to eat", 12));
        Appointment edited = booked(5, LocalDateTime.of(2026, 11, 24, 8, 0), LONDON,
                PreparationStep.hoursBefore("Nothing to eat or drink", 12));
        Appointment earlier = booked(5, LocalDateTime.of(2026, 11, 24, 8, 0), LONDON,
                PreparationStep.hoursBefore("Nothing to eat", 14));
        String key = Reminders.of(scan, LONDON).get(2).key();
        assertTrue(key.startsWith("PREP:") && key.endsWith(":720@2026-11-24T08:00[Europe/London]"), key);
        assertNotEquals(key, Reminders.of(edited, LONDON).get(2).key());
        assertNotEquals(key, Reminders.of(earlier, LONDON).get(2).key());
    }

    @Test
    void dueRemindersComeEarliestAppointmentFirstInAStableOrder() {
        Appointment blood = new Appointment(8, AppointmentKind.BLOOD_TEST, "", LocalDateTime.of(2026, 11, 24, 8, 0),
                Optional.empty(), LONDON, "", "", List.of(PreparationStep.hoursBefore("Drink water", 2),
                PreparationStep.hoursBefore("Bring the form", 1)), List.of(), AppointmentStatus.BOOKED, "");
        List<Reminder> due = Reminders.due(List.of(CT, blood), List.of(), london(2026, 11, 24, 7, 30));
        assertEquals(List.of("8 TODAY", "8 PREPARATION Drink water", "8 PREPARATION Bring the form", "7 TODAY"),
                due.stream().map(r -> (r.appointmentId() + " " + r.kind() + " " + r.stepText()).strip()).toList());
    }
}
