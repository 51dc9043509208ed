package org.leiojournal.domain.emergency;

import java.time.LocalDate;
import java.util.List;

/**
 * The last day chemotherapy was given (or planned and not recorded otherwise) on or before today, its regimen and
 * the drugs of that day. A drug recorded as skipped is named with " (skipped)": the risk still counts from that day.
 */
public record LastTreatment(String regimen, LocalDate date, List<String> drugs) {

    public LastTreatment {
        drugs = List.copyOf(drugs);
    }
}
