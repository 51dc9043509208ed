package org.leiojournal.rulecheck;

import java.math.BigDecimal;
import java.util.List;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.treatment.Course;

/**
 * A clinician's test case for the alert rules: the profile's threshold (°C) and usual stools a day, the courses
 * as the app builds them from their templates, and the check-ins in time order, each with its "at" as written.
 */
record Scenario(BigDecimal thresholdCelsius, int usualStools, List<Course> courses, List<Entry> checkIns) {

    /** One check-in, and its "at" exactly as the file gave it, for the output to echo. */
    record Entry(String at, CheckIn checkIn) {
    }

    Scenario {
        courses = List.copyOf(courses);
        checkIns = List.copyOf(checkIns);
    }
}
