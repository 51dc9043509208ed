package org.leiojournal.domain.appointment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which reminders are due at a moment. The rules:
 * <ul>
 * <li>Only {@link AppointmentStatus#BOOKED} appointments remind. A {@link AppointmentStatus#TO_BOOK} date is a
 * proposal the hospital has not confirmed: "tomorrow 09:30" or "nothing to eat after midnight" for it could send
 * someone to fast or travel for nothing. The upcoming list already shows it as still to book. Attended and
 * cancelled appointments remind of nothing.</li>
 * <li>Days are the user's days: the appointment's date as seen in {@code now}'s zone, which may differ from the
 * appointment's own zone.</li>
 * <li>"Tomorrow" is due from 00:00 of the day before that date until the end of that day.</li>
 * <li>"Today" is due from 00:00 of that date until the appointment starts; after it starts, nothing.</li>
 * <li>A preparation step with a reminder {@code d} before is due from start − d until the start, counted on the
 * time line (instants), so a night when the clocks change is the right number of hours long.</li>
 * <li>A reminder marked done is never due again; one put off is not due before the moment it was put off to.</li>
 * <li>Keys name the start as wall-clock time with its zone ("TODAY@2026-11-24T09:30[Europe/London]"), so moving
 * the appointment gives its reminders new keys and a dismissed one comes back for the new time. A preparation
 * key also carries a hash of the step's text and its minutes before ("PREP:5e0b1c2d:720@…"): editing the step
 * brings its reminder back rather than silencing a step the user has not seen.</li>
 * </ul>
 * The list is ordered by appointment start, then appointment, then kind, then the order of the steps.
 */
public final class Reminders {

    /** How long "remind me later" waits. */
    public static final Duration LATER = Duration.ofHours(1);

    private static final Comparator<Reminder> ORDER = Comparator
            .comparing((Reminder r) -> r.start().toInstant())
            .thenComparingLong(Reminder::appointmentId)
            .thenComparing(Reminder::kind);

    private Reminders() {
    }

    /** The reminders due at {@code now}, in a stable order. */
    public static List<Reminder> due(List<Appointment> all, Collection<ReminderState> states, ZonedDateTime now) {
        Map<StateId, ReminderState> byId = states.stream()
                .collect(Collectors.toMap(s -> new StateId(s.appointmentId(), s.key()), Function.identity(),
                        (a, b) -> b));
        Instant moment = now.toInstant();
        return all.stream()
                .filter(a -> a.status() == AppointmentStatus.BOOKED)
                .flatMap(a -> of(a, now.getZone()).stream())
                .filter(r -> r.isInWindow(moment))
                .filter(r -> {
                    ReminderState state = byId.get(new StateId(r.appointmentId(), r.key()));
                    return state == null || !state.silences(moment);
                })
                .sorted(ORDER)
                .toList();
    }

    /** Every reminder an appointment has, due or not, for a user in {@code viewer}'s zone. */
    public static List<Reminder> of(Appointment a, ZoneId viewer) {
        Instant start = a.startMoment().toInstant();
        LocalDate day = a.dateIn(viewer);
        Instant dayStarts = day.atStartOfDay(viewer).toInstant();
        String at = "@" + a.start() + "[" + a.zone().getId() + "]";
        Map<String, Reminder> reminders = new LinkedHashMap<>(); // two identical steps are one reminder
        add(reminders, new Reminder(ReminderKind.TOMORROW, a, "", "TOMORROW" + at,
                day.minusDays(1).atStartOfDay(viewer).toInstant(), dayStarts));
        add(reminders, new Reminder(ReminderKind.TODAY, a, "", "TODAY" + at, dayStarts, start));
        for (PreparationStep step : a.preparation()) {
            step.remindBefore().ifPresent(before -> add(reminders, new Reminder(ReminderKind.PREPARATION, a,
                    step.text(), "PREP:" + Integer.toHexString(step.text().hashCode()) + ":" + before.toMinutes() + at,
                    start.minus(before), start)));
        }
        return new ArrayList<>(reminders.values());
    }

    private static void add(Map<String, Reminder> reminders, Reminder reminder) {
        reminders.putIfAbsent(reminder.key(), reminder);
    }

    /** A reminder's identity in the journal: its appointment and its key. */
    private record StateId(long appointmentId, String key) {
        StateId {
            Objects.requireNonNull(key, "key");
        }
    }
}
