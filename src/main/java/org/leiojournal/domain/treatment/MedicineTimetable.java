package org.leiojournal.domain.treatment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The supportive medicines laid out by day: which fixed-time doses are due on a day (a medicine is due from its
 * start to its end date, inclusive) and which of them were marked taken, which as-needed medicines may be logged,
 * and the adherence over a range of days. Times are the medicine's current times: changing a medicine's times
 * changes what counts as due on earlier days too.
 */
public final class MedicineTimetable {

    private static final Comparator<MedicineDue> BY_TIME = Comparator.comparing(MedicineDue::day)
            .thenComparing(MedicineDue::time)
            .thenComparing(d -> d.medicine().name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparingLong(d -> d.medicine().id());

    private final List<Medicine> medicines;
    private final List<MedicineDose> doses;

    public MedicineTimetable(List<Medicine> medicines, List<MedicineDose> doses) {
        this.medicines = List.copyOf(medicines);
        this.doses = List.copyOf(doses);
    }

    /** The fixed-time doses due on {@code day}, by time, each with its tick if it was taken. */
    public List<MedicineDue> dueOn(LocalDate day) {
        List<MedicineDue> due = new ArrayList<>();
        for (Medicine medicine : medicines) {
            if (medicine.isAsNeeded() || !medicine.isActiveOn(day)) {
                continue;
            }
            for (LocalTime time : medicine.times()) {
                due.add(new MedicineDue(medicine, day, time, doses.stream()
                        .filter(d -> d.fulfils(medicine.id(), day, time)).findFirst()));
            }
        }
        due.sort(BY_TIME);
        return due;
    }

    /** The as-needed medicines being taken on {@code day}, by name. */
    public List<Medicine> asNeededOn(LocalDate day) {
        return medicines.stream().filter(m -> m.isAsNeeded() && m.isActiveOn(day))
                .sorted(Comparator.comparing(Medicine::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The as-needed doses of one medicine logged on {@code day}, earliest first. */
    public List<MedicineDose> asNeededTakenOn(long medicineId, LocalDate day) {
        return doses.stream().filter(d -> d.medicineId() == medicineId && !d.isScheduled() && d.day().equals(day))
                .sorted(Comparator.comparing(MedicineDose::takenAt)).toList();
    }

    /**
     * Fixed-time doses due from {@code from} to {@code to} inclusive, against those marked taken. A dose whose time
     * is still to come at {@code now} counts only once it has been taken, so the morning does not show the
     * evening's dose as missed.
     */
    public MedicineAdherence adherence(LocalDate from, LocalDate to, LocalDateTime now) {
        int due = 0;
        int taken = 0;
        List<MedicineDue> missed = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (MedicineDue dose : dueOn(day)) {
                boolean isDue = !LocalDateTime.of(day, dose.time()).isAfter(now);
                if (dose.isTaken()) {
                    due++;
                    taken++;
                } else if (isDue) {
                    due++;
                    missed.add(dose);
                }
            }
        }
        return new MedicineAdherence(due, taken, missed);
    }
}
