package org.leiojournal.ui.appointment;

import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.leiojournal.domain.followup.FollowUpDraft;
import org.leiojournal.domain.followup.PresetPhase;

/**
 * One editable line of the follow-up plan. Its start is not typed: it is where the line above ends (month 0 for
 * the first), so the lines cannot leave a gap. A line filled from a preset keeps what the source said, shown
 * read-only beside the numbers the user may change.
 */
public final class IntervalLine {

    private final ReadOnlyStringWrapper from = new ReadOnlyStringWrapper("0");
    private final StringProperty until = new SimpleStringProperty("");
    private final StringProperty every = new SimpleStringProperty("");
    private final Optional<PresetPhase> source;

    IntervalLine(String until, String every, Optional<PresetPhase> source) {
        this.until.set(until);
        this.every.set(every);
        this.source = source;
    }

    static IntervalLine of(PresetPhase phase) {
        return new IntervalLine(String.valueOf(phase.untilMonth()), String.valueOf(phase.everyMonths()),
                Optional.of(phase));
    }

    public ReadOnlyStringProperty fromProperty() { return from.getReadOnlyProperty(); }
    public StringProperty untilProperty() { return until; }
    public StringProperty everyProperty() { return every; }
    /** What the source said for this line, when it came from a preset. */
    public Optional<PresetPhase> source() { return source; }

    void startAt(String month) {
        from.set(month);
    }

    FollowUpDraft.Line draft() {
        return new FollowUpDraft.Line(from.get(), until.get(), every.get());
    }

    /** True when the numbers are the source's own, as the preset drafted them. */
    boolean sameAs(PresetPhase phase) {
        return until.get().strip().equals(String.valueOf(phase.untilMonth()))
                && every.get().strip().equals(String.valueOf(phase.everyMonths()))
                && from.get().strip().equals(String.valueOf(phase.fromMonth()));
    }
}
