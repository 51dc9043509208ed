package org.leiojournal.sample;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseCalendar;
import org.leiojournal.domain.treatment.Medicine;
import org.leiojournal.domain.treatment.MedicineDose;
import org.leiojournal.domain.treatment.MedicineSchedule;
import org.leiojournal.storage.MedicineRepository;

/**
 * Supportive medicines with their taken log: anti-sickness tablets at fixed times through each course given in
 * cycles (a dose now and then forgotten), and a painkiller as needed from the operation on, taken on rough days.
 */
record SampleMedicines(MedicineRepository medicines, LocalDate today, ZoneId zone, Random random) {

    private static final List<LocalTime> MORNING_AND_EVENING = List.of(LocalTime.of(8, 0), LocalTime.of(20, 0));

    void write(List<Course> courses, LocalDate operation, DayBurden burden) {
        for (Course course : courses) {
            if (!course.plan().continuous()) {
                antiSickness(course.calendar());
            }
        }
        Medicine painkiller = medicines.add(new Medicine(0, "Paracetamol", "2 tablets", MedicineSchedule.AS_NEEDED,
                List.of(), operation, Optional.empty(), "For pain, as the team advised"));
        for (LocalDate day = operation; day.isBefore(today); day = day.plusDays(1)) {
            double rough = Math.max(burden.afterTreatment(day), burden.afterOperation(day));
            if (rough >= 0.5) {
                log(painkiller, day, LocalTime.of(12, 30), Optional.empty());
                if (rough >= 0.8) {
                    log(painkiller, day, LocalTime.of(21, 0), Optional.empty());
                }
            }
        }
    }

    /** Ondansetron from the course's first day to its last (still going if the course is). */
    private void antiSickness(CourseCalendar calendar) {
        Optional<LocalDate> last = calendar.lastDay().filter(d -> d.isBefore(today));
        Medicine tablets = medicines.add(new Medicine(0, "Ondansetron", "1 tablet", MedicineSchedule.FIXED_TIMES,
                MORNING_AND_EVENING, calendar.firstDay(), last, "For sickness after chemotherapy"));
        LocalDate end = last.map(d -> d.plusDays(1)).orElse(today);
        for (LocalDate day = calendar.firstDay(); day.isBefore(end); day = day.plusDays(1)) {
            for (LocalTime time : MORNING_AND_EVENING) {
                if (random.nextInt(25) != 0) {
                    log(tablets, day, time, Optional.of(time));
                }
            }
        }
    }

    private void log(Medicine medicine, LocalDate day, LocalTime time, Optional<LocalTime> scheduled) {
        ZonedDateTime takenAt = ZonedDateTime.of(day, time.plusMinutes(random.nextInt(30)), zone);
        medicines.logDose(new MedicineDose(0, medicine.id(), takenAt, scheduled, medicine.dose()));
    }
}
