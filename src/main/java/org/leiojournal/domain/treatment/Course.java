package org.leiojournal.domain.treatment;

import java.time.LocalDate;
import java.util.List;
import org.leiojournal.domain.validation.Required;

/**
 * One course of treatment as the team planned it: the regimen (a template the user may have edited), day 1 of
 * cycle 1, the number of cycles planned in each phase, the body surface area the doses are worked out from, and
 * what has happened since. An id of 0 means not saved yet.
 */
public record Course(long id, Regimen plan, LocalDate start, List<Integer> plannedCycles, BodySurfaceArea bsa,
                     String note, CourseHistory history) {

    public Course {
        Required.all("plan, start, bsa", plan, start, bsa);
        plannedCycles = List.copyOf(plannedCycles);
        note = note == null ? "" : note;
        history = history == null ? CourseHistory.EMPTY : history;
        if (plannedCycles.size() != plan.phases().size()) {
            throw new IllegalArgumentException("one planned cycle count per phase");
        }
    }

    /**
     * A planned cycle count of 0: the last phase is given until the team stops it (sources give no number), or the
     * treatment is continuous.
     */
    public static final int UNTIL_STOPPED = 0;

    /** Cycles given until the team stops them: the calendar has no last day until a stop is recorded. */
    public boolean untilStopped() {
        return !plan.continuous() && plannedCycles.get(plannedCycles.size() - 1) == UNTIL_STOPPED;
    }

    public Course withHistory(CourseHistory newHistory) {
        return new Course(id, plan, start, plannedCycles, bsa, note, newHistory);
    }

    public Course withId(long newId) {
        return new Course(newId, plan, start, plannedCycles, bsa, note, history);
    }

    public CourseCalendar calendar() {
        return new CourseCalendar(this);
    }
}
