package org.leiojournal.transfer.fhir;

import java.util.Objects;
import org.leiojournal.domain.trend.DateSpan;

/**
 * What a FHIR export holds: the days (both ends included; the form and the Patient always go in), and whether the
 * Patient carries the user's name and date of birth. Both are left out unless asked for.
 */
public record FhirChoices(DateSpan range, boolean name, boolean dateOfBirth) {

    public static final FhirChoices ALL = new FhirChoices(DateSpan.ALL, false, false);

    public FhirChoices {
        Objects.requireNonNull(range, "range");
    }
}
