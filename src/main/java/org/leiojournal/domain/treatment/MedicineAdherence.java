package org.leiojournal.domain.treatment;

import java.util.List;
import java.util.Optional;

/**
 * How many fixed-time doses were due over some days and how many of them were marked taken, with the missed ones
 * in date and time order. A count for the user and their team to talk about, not a judgement.
 */
public record MedicineAdherence(int due, int taken, List<MedicineDue> missed) {

    public MedicineAdherence {
        missed = List.copyOf(missed);
        if (due < 0 || taken < 0 || taken > due || missed.size() != due - taken) {
            throw new IllegalArgumentException("inconsistent counts");
        }
    }

    /** Taken as a whole percentage of due, rounded half up; empty when nothing was due. */
    public Optional<Integer> percentTaken() {
        return due == 0 ? Optional.empty() : Optional.of((int) Math.round(100.0 * taken / due));
    }
}
