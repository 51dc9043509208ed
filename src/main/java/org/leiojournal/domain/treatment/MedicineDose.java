package org.leiojournal.domain.treatment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.domain.validation.Validated;

/**
 * One dose taken. A scheduled dose names the time of day it was due ({@code scheduledTime}); an as-needed dose has
 * none. The dose text is copied from the medicine when the dose is logged, so editing the medicine later never
 * rewrites what was taken. A dose belongs to the day of {@code takenAt} in its own zone; the moment is kept to the
 * second. An id of 0 means not saved.
 */
public record MedicineDose(long id, long medicineId, ZonedDateTime takenAt, Optional<LocalTime> scheduledTime,
                           String doseText) {

    /** The fields its problems are about; the form shows each problem under its field. */
    public enum Field implements FieldId { TAKEN_AT }

    public MedicineDose {
        takenAt = Objects.requireNonNull(takenAt, "takenAt").truncatedTo(ChronoUnit.SECONDS);
        Objects.requireNonNull(scheduledTime, "scheduledTime");
        doseText = doseText == null ? "" : doseText.strip();
    }

    /** A fixed-time dose of {@code medicine}, due at {@code time}, marked as taken at {@code now}. */
    public static MedicineDose scheduled(Medicine medicine, LocalTime time, ZonedDateTime now) {
        if (medicine.isAsNeeded() || !medicine.times().contains(time)) {
            throw new IllegalArgumentException("not a scheduled time of this medicine");
        }
        return new MedicineDose(0, medicine.id(), now, Optional.of(time), medicine.dose());
    }

    /**
     * An as-needed dose taken at {@code takenAt}. Refused when that moment is later than now (a minute's grace for
     * a slow click) or falls on a day the medicine was not being taken.
     */
    public static Validated<MedicineDose> asNeeded(Medicine medicine, ZonedDateTime takenAt, Clock clock) {
        if (!medicine.isAsNeeded()) {
            throw new IllegalArgumentException("only as-needed medicines are logged freely");
        }
        if (takenAt.isAfter(ZonedDateTime.now(clock).plusMinutes(1))) {
            return Validated.invalid(List.of(Problem.of(Field.TAKEN_AT, "medicine.taken.future")));
        }
        if (!medicine.isActiveOn(takenAt.toLocalDate())) {
            return Validated.invalid(List.of(Problem.of(Field.TAKEN_AT, "medicine.taken.notActive")));
        }
        return Validated.valid(new MedicineDose(0, medicine.id(), takenAt, Optional.empty(), medicine.dose()));
    }

    public LocalDate day() {
        return takenAt.toLocalDate();
    }

    public boolean isScheduled() {
        return scheduledTime.isPresent();
    }

    /** True for the tick of {@code medicineId}'s dose due at {@code time} on {@code day}. */
    public boolean fulfils(long medicineId, LocalDate day, LocalTime time) {
        return this.medicineId == medicineId && day().equals(day) && scheduledTime.filter(time::equals).isPresent();
    }

    public MedicineDose withId(long newId) {
        return new MedicineDose(newId, medicineId, takenAt, scheduledTime, doseText);
    }
}
