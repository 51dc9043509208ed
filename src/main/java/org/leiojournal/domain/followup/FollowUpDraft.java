package org.leiojournal.domain.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.appointment.AppointmentKind;

/** The follow-up form as typed: months are still text, the end date may be missing. */
public record FollowUpDraft(LocalDate treatmentEnd, List<Line> lines, Optional<AppointmentKind> scanKind,
                            Optional<String> presetId) {

    /** One line of intervals as typed: from month, until month, every N months. */
    public record Line(String from, String until, String every) {
        public Line {
            from = from == null ? "" : from;
            until = until == null ? "" : until;
            every = every == null ? "" : every;
        }
    }

    public FollowUpDraft {
        lines = List.copyOf(lines);
        scanKind = scanKind == null ? Optional.empty() : scanKind;
        presetId = presetId == null ? Optional.empty() : presetId;
    }
}
