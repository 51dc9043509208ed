package org.leiojournal.rulecheck;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.lab.BloodPressureLevels;
import org.leiojournal.domain.lab.HomeVital;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.treatment.Course;

/**
 * A clinician's test case for the alert rules: the profile's threshold (°C), usual stools a day and the team's
 * home blood pressure level (none unless given), the courses
 * as the app builds them from their templates, and the check-ins in time order, each with its "at" as written.
 */
record Scenario(BigDecimal thresholdCelsius, int usualStools, BloodPressureLevels teamBloodPressure,
                List<Course> courses, List<Entry> checkIns) {

    /** One check-in, its "at" exactly as the file gave it (for the output to echo), and a home blood pressure. */
    record Entry(String at, CheckIn checkIn, Optional<HomeVital> bloodPressure) {
    }

    Scenario {
        courses = List.copyOf(courses);
        checkIns = List.copyOf(checkIns);
    }
}
