package org.leiojournal.domain.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.validation.Required;

/**
 * The follow-up plan after treatment: the day treatment ended, the care team's intervals (which may have started
 * from a labelled preset, {@code presetId}), and the scan planned beside each clinic visit, if any. The lines
 * follow each other without gaps from month 0.
 */
public record FollowUpPlan(LocalDate treatmentEnd, List<FollowUpInterval> intervals,
                           Optional<AppointmentKind> scanKind, Optional<String> presetId) {

    /** Enough for any source's phases and a team's own, short enough to stay readable. */
    public static final int MAX_INTERVALS = 10;

    public FollowUpPlan {
        Required.all("treatmentEnd, scanKind, presetId", treatmentEnd, scanKind, presetId);
        intervals = List.copyOf(intervals);
        if (intervals.isEmpty() || intervals.size() > MAX_INTERVALS) {
            throw new IllegalArgumentException("a plan has 1–" + MAX_INTERVALS + " lines");
        }
        if (!contiguous(intervals)) {
            throw new IllegalArgumentException("the lines must follow each other from month 0");
        }
        if (scanKind.filter(k -> !k.isScan()).isPresent()) {
            throw new IllegalArgumentException(scanKind.get() + " is not a scan");
        }
        presetId = presetId.filter(id -> !id.isBlank());
    }

    /** True when each line starts where the one before ends, and the first at month 0. */
    public static boolean contiguous(List<FollowUpInterval> intervals) {
        int expected = 0;
        for (FollowUpInterval interval : intervals) {
            if (interval.fromMonth() != expected) {
                return false;
            }
            expected = interval.untilMonth();
        }
        return true;
    }

    /** The last month the plan covers. */
    public int lastMonth() {
        return intervals.get(intervals.size() - 1).untilMonth();
    }
}
