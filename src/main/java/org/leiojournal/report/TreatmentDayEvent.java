package org.leiojournal.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.DrugPlan;
import org.leiojournal.domain.treatment.TreatmentDay;

/**
 * One treatment day as an all-day VEVENT. All-day (VALUE=DATE) because the journal plans days, not hours, and
 * a date has no zone to get wrong; TRANSPARENT so that it does not mark the whole day busy.
 */
final class TreatmentDayEvent {

    /**
     * The reminder of a treatment day: 18:00 the evening before, six hours before the all-day start at midnight,
     * in the device's own zone. The evening is when tablets for the next morning and the bag are got ready; the day
     * before at midnight would ring in the night, the morning itself too late.
     */
    static final Duration REMINDER_BEFORE = Duration.ofHours(6);

    private final EventIdentity identity;

    TreatmentDayEvent(EventIdentity identity) {
        this.identity = identity;
    }

    VEvent of(CourseDays.Day planned, boolean alarms) {
        Course course = planned.course();
        TreatmentDay day = planned.day();
        VEvent event = identity.stamp(new VEvent(false),
                identity.treatmentDayUid(course.id(), day.cycle(), day.day()));
        event.add(new DtStart<>(day.date()));
        event.add(new DtEnd<>(day.date().plusDays(1)));
        String summary = summary(day);
        event.add(new Summary(summary));
        event.add(new Description(description(course, day)));
        event.add(ImmutableTransp.TRANSPARENT);
        event.add(planned.calledOff() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (alarms && !planned.calledOff()) {
            event.add(Alarms.relativeToStart(REMINDER_BEFORE.negated(), "Tomorrow: " + summary));
        }
        return event;
    }

    /** "Cycle 3, day 8 — Gemcitabine, Docetaxel": the planned day of the cycle, which a delay does not change. */
    static String summary(TreatmentDay day) {
        String drugs = day.drugs().stream().map(DrugPlan::drug).collect(Collectors.joining(", "));
        return "Cycle " + day.cycle() + ", day " + day.day() + " — " + drugs;
    }

    /** The course's plan and, for a day that was moved, where it was first planned and why. */
    static String description(Course course, TreatmentDay day) {
        List<String> lines = new ArrayList<>();
        lines.add(course.plan().name());
        if (day.moved()) {
            String reason = day.delay().map(d -> d.reason().strip()).filter(r -> !r.isEmpty())
                    .map(r -> " (" + r + ")").orElse("");
            lines.add("Moved from " + day.plannedDate() + reason);
        }
        return String.join("\n", lines);
    }
}
