package org.leiojournal.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.treatment.CalendarEntry;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseCalendar;
import org.leiojournal.domain.treatment.DrugPlan;
import org.leiojournal.domain.treatment.EntryKind;
import org.leiojournal.domain.treatment.TreatmentDay;

/**
 * How rough a day of the story is, read from the courses' own calendars: the days after a drug day, the expected
 * low-count window, the weeks after the operation, daily tablets, a scan coming up. Scores follow from this.
 */
final class DayBurden {

    /** How hard the days after a drug day are: the day itself, then the next six. */
    private static final double[] AFTER_DRUG_DAY = {0.5, 1.0, 0.8, 0.6, 0.4, 0.25, 0.15};

    private final Map<LocalDate, Double> drugDays = new HashMap<>();
    private final Set<LocalDate> lowCounts = new HashSet<>();
    private final TreeSet<LocalDate> docetaxelDays = new TreeSet<>();
    private final List<CourseCalendar> calendars;
    private final TreeSet<LocalDate> scans = new TreeSet<>();
    private final LocalDate operation;

    DayBurden(List<Course> courses, SampleStory story) {
        this.calendars = courses.stream().map(Course::calendar).toList();
        this.operation = story.surgery().date();
        for (CourseCalendar calendar : calendars) {
            for (TreatmentDay day : calendar.treatmentDays()) {
                double weight = day.drugs().stream().mapToDouble(DayBurden::weight).max().orElse(0);
                drugDays.merge(day.date(), weight, Math::max);
                if (day.drugs().stream().anyMatch(d -> d.drug().equals("Docetaxel"))) {
                    docetaxelDays.add(day.date());
                }
            }
            calendar.entries().stream().filter(e -> e.kind() == EntryKind.LOW_COUNTS).map(CalendarEntry::date)
                    .forEach(lowCounts::add);
        }
        story.visits().stream().filter(v -> v.kind() == AppointmentKind.CT).forEach(v -> scans.add(
                v.start().toLocalDate()));
    }

    /** Doxorubicin and docetaxel hit hardest; gemcitabine alone on day 1 less. */
    private static double weight(DrugPlan drug) {
        return switch (drug.drug()) {
            case "Doxorubicin", "Docetaxel" -> 1.0;
            case "Trabectedin" -> 0.8;
            case "Gemcitabine" -> 0.6;
            default -> 0.3;
        };
    }

    /** 0 to 1: how much the last drug day still weighs on this day. */
    double afterTreatment(LocalDate day) {
        double worst = 0;
        for (int k = 0; k < AFTER_DRUG_DAY.length; k++) {
            worst = Math.max(worst, drugDays.getOrDefault(day.minusDays(k), 0.0) * AFTER_DRUG_DAY[k]);
        }
        return worst;
    }

    boolean lowCounts(LocalDate day) {
        return lowCounts.contains(day);
    }

    /** 0 to 1: the weeks after the operation, fading over three weeks. */
    double afterOperation(LocalDate day) {
        long since = ChronoUnit.DAYS.between(operation, day);
        return since < 0 || since > 21 ? 0 : 1 - since / 22.0;
    }

    /** Docetaxel doses given up to this day: numbness and tingling build up with them. */
    int docetaxelDoses(LocalDate day) {
        return docetaxelDays.headSet(day, true).size();
    }

    /** The last docetaxel dose on or before this day, if any. */
    LocalDate lastDocetaxel(LocalDate day) {
        return docetaxelDays.floor(day);
    }

    boolean inTreatment(LocalDate day) {
        return calendars.stream().anyMatch(c -> c.covers(day));
    }

    boolean onDailyTablets(LocalDate day) {
        return calendars.stream().anyMatch(c -> c.course().plan().continuous() && c.covers(day));
    }

    /** A CT within the next three days: the waiting is its own worry. */
    boolean scanComing(LocalDate day) {
        LocalDate next = scans.higher(day);
        return next != null && !next.isAfter(day.plusDays(3));
    }
}
