package org.leiojournal.domain.treatment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A medicine as typed in its form, before validation. The times are still text ("08:00, 20:00"), so nothing the
 * user typed is lost when it is wrong. {@code start} and {@code end} may be null (not chosen; no end).
 */
public record MedicineDraft(long id, String name, String dose, MedicineSchedule schedule, String times,
                            LocalDate start, LocalDate end, String note) {

    public static final DateTimeFormatter TIME_FORMAT = DateTimeFormatter.ofPattern("HH:mm");

    public MedicineDraft {
        Objects.requireNonNull(schedule, "schedule");
        name = Objects.requireNonNullElse(name, "");
        dose = Objects.requireNonNullElse(dose, "");
        times = Objects.requireNonNullElse(times, "");
        note = Objects.requireNonNullElse(note, "");
    }

    /** An empty form for a new fixed-time medicine starting on {@code today}. */
    public static MedicineDraft blank(LocalDate today) {
        return new MedicineDraft(0, "", "", MedicineSchedule.FIXED_TIMES, "", today, null, "");
    }

    /** The form of a saved medicine, for editing. */
    public static MedicineDraft of(Medicine medicine) {
        return new MedicineDraft(medicine.id(), medicine.name(), medicine.dose(), medicine.schedule(),
                timesText(medicine), medicine.start(), medicine.end().orElse(null), medicine.note());
    }

    /** "08:00, 20:00"; empty for an as-needed medicine. */
    public static String timesText(Medicine medicine) {
        return medicine.times().stream().map(TIME_FORMAT::format).collect(Collectors.joining(", "));
    }

    public static String time(LocalTime time) {
        return TIME_FORMAT.format(time);
    }
}
