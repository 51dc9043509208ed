package org.leiojournal.domain.alert;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.treatment.Course;

/**
 * What a check-in is judged against: the items (to know their codes), each item's previous answer by item id
 * (absent when never answered before), the user's call threshold in °C and usual stools a day, the courses, and
 * whether anthracycline given before this journal is recorded (the heart sign then stays on for good).
 */
public record AlertContext(List<SymptomItem> items, Map<Long, Integer> previousAnswers, BigDecimal thresholdCelsius,
                           int usualStools, List<Course> courses, boolean priorAnthracycline) {

    public AlertContext {
        items = List.copyOf(items);
        previousAnswers = Map.copyOf(previousAnswers);
        Objects.requireNonNull(thresholdCelsius, "thresholdCelsius");
        courses = List.copyOf(courses);
    }

    /** A context with no anthracycline recorded from before this journal. */
    public AlertContext(List<SymptomItem> items, Map<Long, Integer> previousAnswers, BigDecimal thresholdCelsius,
                        int usualStools, List<Course> courses) {
        this(items, previousAnswers, thresholdCelsius, usualStools, courses, false);
    }
}
