package org.leiojournal.domain.trend;

/** Something a trend can chart: a symptom item's answers or a vital sign. */
public sealed interface Measure permits ItemMeasure, VitalMeasure {

    /** A stable key for this measure ("item:12", "vital:TEMPERATURE"), for selections and colours. */
    String key();

    /** The words the user sees for it. */
    String name();
}
