package org.leiojournal.domain.treatment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One course of treatment as the team planned it: the regimen (a template the user may have edited), day 1 of
 * cycle 1, the number of cycles planned in each phase, the body surface area the doses are worked out from, and
 * what has happened since. An id of 0 means not saved yet.
 */
public record Course(long id, Regimen plan, LocalDate start, List<Integer> plannedCycles, BodySurfaceArea bsa,
                     String note, CourseHistory history) {

    public Course {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(bsa, "bsa");
        plannedCycles = List.copyOf(plannedCycles);
        note = note == null ? "" : note;
        history = history == null ? CourseHistory.EMPTY : history;
        if (plannedCycles.size() != plan.phases().size()) {
            throw new IllegalArgumentException("one planned cycle count per phase");
        }
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
