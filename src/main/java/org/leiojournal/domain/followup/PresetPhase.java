package org.leiojournal.domain.followup;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One phase of a published follow-up schedule, as a source words it. Where the source gives a range of intervals
 * ("every 3–4 months") the draft uses the shorter one, {@link #everyMonths()}, and the range stays visible beside
 * it. {@code lengthNote} says which end of a range of years the phase uses; {@code untilIsAppHorizon} marks a
 * phase whose end the source does not give, ended at the app's drafting horizon. {@code checks} say what the
 * source says is checked, in its own terms; {@code sources} carry their addresses.
 */
public record PresetPhase(int fromMonth, int untilMonth, int shortestMonths, int longestMonths, String wording,
                          Optional<String> lengthNote, List<String> checks, boolean untilIsAppHorizon,
                          List<String> sources) {

    public PresetPhase {
        Objects.requireNonNull(wording, "wording");
        lengthNote = lengthNote == null ? Optional.empty() : lengthNote;
        checks = checks == null ? List.of() : List.copyOf(checks);
        sources = sources == null ? List.of() : List.copyOf(sources);
        if (longestMonths < shortestMonths) {
            throw new IllegalArgumentException("a range runs from the shorter interval to the longer");
        }
    }

    /** The interval drafted: the shorter end of the source's range. */
    public int everyMonths() {
        return shortestMonths;
    }

    public boolean isRange() {
        return longestMonths > shortestMonths;
    }

    public FollowUpInterval interval() {
        return new FollowUpInterval(fromMonth, untilMonth, everyMonths());
    }
}
