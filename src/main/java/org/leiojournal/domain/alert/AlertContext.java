package org.leiojournal.domain.alert;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.leiojournal.domain.lab.BloodPressureLevels;
import org.leiojournal.domain.lab.HomeVital;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.treatment.Course;

/**
 * What a check-in is judged against: the items (to know their codes), each item's previous answer by item id
 * (absent when never answered before), the user's call threshold in °C and usual stools a day, the courses,
 * whether anthracycline given before this journal is recorded (the heart sign then stays on for good), and the
 * home blood pressure taken with the check-in (if any) with the levels the care team gave for it.
 */
public record AlertContext(List<SymptomItem> items, Map<Long, Integer> previousAnswers, BigDecimal thresholdCelsius,
                           int usualStools, List<Course> courses, boolean priorAnthracycline,
                           Optional<HomeVital> bloodPressure, BloodPressureLevels bloodPressureLevels) {

    public AlertContext {
        items = List.copyOf(items);
        previousAnswers = Map.copyOf(previousAnswers);
        Objects.requireNonNull(thresholdCelsius, "thresholdCelsius");
        courses = List.copyOf(courses);
        bloodPressure = bloodPressure == null ? Optional.empty() : bloodPressure;
        bloodPressureLevels = bloodPressureLevels == null ? BloodPressureLevels.NONE : bloodPressureLevels;
    }

    /** A context without a home blood pressure reading. */
    public AlertContext(List<SymptomItem> items, Map<Long, Integer> previousAnswers, BigDecimal thresholdCelsius,
                        int usualStools, List<Course> courses, boolean priorAnthracycline) {
        this(items, previousAnswers, thresholdCelsius, usualStools, courses, priorAnthracycline, Optional.empty(),
                BloodPressureLevels.NONE);
    }

    /** A context with no anthracycline recorded from before this journal. */
    public AlertContext(List<SymptomItem> items, Map<Long, Integer> previousAnswers, BigDecimal thresholdCelsius,
                        int usualStools, List<Course> courses) {
        this(items, previousAnswers, thresholdCelsius, usualStools, courses, false);
    }
}
