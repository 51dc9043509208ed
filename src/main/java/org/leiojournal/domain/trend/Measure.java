package org.leiojournal.domain.trend;

import java.util.OptionalDouble;
import org.leiojournal.domain.symptom.CheckIn;

/** Something a trend can chart: a symptom item's answers, a vital sign or a blood test. */
public sealed interface Measure permits ItemMeasure, VitalMeasure, LabMeasure {

    /** A stable key for this measure ("item:12", "vital:TEMPERATURE"), for selections and colours. */
    String key();

    /** The words the user sees for it. */
    String name();

    /**
     * Returns this measure's value in one check-in, in the user's units, or empty when the check-in left the item
     * unanswered or has no such reading (never 0 for "not answered").
     */
    OptionalDouble valueIn(CheckIn checkIn, TrendUnits units);
}
