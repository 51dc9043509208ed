package org.leiojournal.domain.treatment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.validation.Required;

/**
 * A supportive medicine the user takes alongside treatment (anti-sickness tablets, steroids, painkillers,
 * laxatives, mouthwash). Fixed-time medicines have their times of day, sorted; as-needed medicines have none.
 * The medicine is taken from {@code start} to {@code end} inclusive; without an end it goes on. An id of 0 means
 * not saved yet. Ending a medicine sets its end date; it is never deleted, so its taken log keeps its meaning.
 */
public record Medicine(long id, String name, String dose, MedicineSchedule schedule, List<LocalTime> times,
                       LocalDate start, Optional<LocalDate> end, String note) {

    public static final int MAX_NAME_LENGTH = 80;
    public static final int MAX_DOSE_LENGTH = 80;
    public static final int MAX_NOTE_LENGTH = 2_000;

    public Medicine {
        Required.all("schedule, start, end", schedule, start, end);
        name = name == null ? "" : name.strip();
        dose = dose == null ? "" : dose.strip();
        note = note == null ? "" : note;
        times = times.stream().sorted().toList();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH || dose.length() > MAX_DOSE_LENGTH
                || note.length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("medicine text missing or too long");
        }
        if (end.filter(e -> e.isBefore(start)).isPresent()) {
            throw new IllegalArgumentException("a medicine cannot end before it starts");
        }
        if ((schedule == MedicineSchedule.FIXED_TIMES) == times.isEmpty()
                || new HashSet<>(times).size() != times.size()) {
            throw new IllegalArgumentException("fixed times need distinct times; as-needed medicines have none");
        }
    }

    /** Taken on this day: on or after the start, and on or before the end if there is one. */
    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(start) && end.map(e -> !day.isAfter(e)).orElse(true);
    }

    /** No longer taken: its last day lies before {@code today}. */
    public boolean hasEndedBy(LocalDate today) {
        return end.filter(e -> e.isBefore(today)).isPresent();
    }

    public boolean isAsNeeded() {
        return schedule == MedicineSchedule.AS_NEEDED;
    }

    public Medicine withId(long newId) {
        return new Medicine(newId, name, dose, schedule, times, start, end, note);
    }

    /** The same medicine with {@code lastDay} as its last day. */
    public Medicine endedOn(LocalDate lastDay) {
        return new Medicine(id, name, dose, schedule, times, start, Optional.of(lastDay), note);
    }
}
