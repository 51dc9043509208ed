package org.leiojournal.domain.emergency;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.leiojournal.domain.alert.AlertRule;
import org.leiojournal.domain.alert.AlertRuleSet;
import org.leiojournal.domain.treatment.CalendarEntry;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseCalendar;
import org.leiojournal.domain.treatment.CyclePosition;
import org.leiojournal.domain.treatment.DoseOutcome;
import org.leiojournal.domain.treatment.DrugPlan;
import org.leiojournal.domain.treatment.EntryKind;
import org.leiojournal.domain.treatment.TreatmentDay;

/**
 * Where the user stands with chemotherapy on one day, for the emergency sheet: whether a course runs (and its
 * cycle and day), the last treatment day and its drugs, whether the day lies in an expected low-count window
 * (education only), and until when the sheet still says "possible neutropenic sepsis" after the last treatment.
 *
 * <p>After the last treatment day the sheet keeps saying it for the wording's days after (six weeks), or longer when
 * an alert rule keeps a drug's signs on longer after its last dose. Calendar dates only, so no clock change moves it.
 */
public record ChemotherapyNow(ChemoStatus status, Optional<CyclePosition> position, Optional<LastTreatment> last,
                              List<String> lowCountDrugs, Optional<LocalDate> riskUntil) {

    public ChemotherapyNow {
        position = position == null ? Optional.empty() : position;
        last = last == null ? Optional.empty() : last;
        lowCountDrugs = List.copyOf(lowCountDrugs);
        riskUntil = riskUntil == null ? Optional.empty() : riskUntil;
    }

    public boolean inLowCountWindow() {
        return !lowCountDrugs.isEmpty();
    }

    public static ChemotherapyNow on(LocalDate today, List<Course> courses, SheetWording wording, AlertRuleSet rules) {
        Optional<Course> running = courses.stream().filter(c -> c.calendar().covers(today))
                .max(Comparator.comparing(c -> c.calendar().firstDay()));
        Optional<LastTreatment> last = courses.stream().flatMap(c -> lastOf(c, today).stream())
                .max(Comparator.comparing(LastTreatment::date));
        List<String> lowCounts = courses.stream().flatMap(c -> c.calendar().entriesOn(today).stream())
                .filter(e -> e.kind() == EntryKind.LOW_COUNTS).map(CalendarEntry::label).distinct().toList();
        Optional<LocalDate> riskUntil = last.map(l -> l.date().plusDays(daysAfter(l, wording, rules)));
        ChemoStatus status = running.isPresent() ? ChemoStatus.DURING_COURSE
                : riskUntil.filter(until -> !today.isAfter(until)).isPresent() ? ChemoStatus.AFTER_COURSE
                : ChemoStatus.NONE;
        return new ChemotherapyNow(status, running.flatMap(c -> c.calendar().positionOn(today)), last, lowCounts,
                status == ChemoStatus.DURING_COURSE ? Optional.empty() : riskUntil);
    }

    /** The course's last treatment day on or before today: a cycle's drug day, or today for daily tablets. */
    private static Optional<LastTreatment> lastOf(Course course, LocalDate today) {
        CourseCalendar calendar = course.calendar();
        String regimen = course.plan().name();
        if (course.plan().continuous()) {
            if (calendar.firstDay().isAfter(today)) {
                return Optional.empty();
            }
            LocalDate last = calendar.lastDay().filter(d -> d.isBefore(today)).orElse(today);
            return Optional.of(new LastTreatment(regimen, last, course.plan().drugNames()));
        }
        return calendar.treatmentDays().stream().filter(t -> !t.date().isAfter(today))
                .max(Comparator.comparing(TreatmentDay::date))
                .map(t -> new LastTreatment(regimen, t.date(), t.drugs().stream().map(d -> named(course, t, d))
                        .toList()));
    }

    private static String named(Course course, TreatmentDay day, DrugPlan drug) {
        boolean skipped = course.history().doseOf(day.cycle(), day.day(), drug.drug())
                .filter(r -> r.outcome() == DoseOutcome.SKIPPED).isPresent();
        return skipped ? drug.drug() + " (skipped)" : drug.drug();
    }

    /** The wording's days, or a rule's days after a drug of that day when longer. */
    private static int daysAfter(LastTreatment last, SheetWording wording, AlertRuleSet rules) {
        int days = wording.daysAfterLastTreatment();
        for (AlertRule rule : rules.rules()) {
            for (var entry : rule.daysAfterLastDose().entrySet()) {
                Pattern name = Pattern.compile("\\b" + Pattern.quote(entry.getKey()) + "\\b",
                        Pattern.CASE_INSENSITIVE);
                if (last.drugs().stream().anyMatch(d -> name.matcher(d).find())) {
                    days = Math.max(days, entry.getValue());
                }
            }
        }
        return days;
    }
}
