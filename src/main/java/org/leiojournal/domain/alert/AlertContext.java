package org.leiojournal.domain.alert;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.treatment.Course;

/**
 * What a check-in is judged against: the items (to know their codes), each item's previous answer by item id
 * (absent when never answered before), the user's call threshold in °C and usual stools a day, and the courses.
 */
public record AlertContext(List<SymptomItem> items, Map<Long, Integer> previousAnswers, BigDecimal thresholdCelsius,
                           int usualStools, List<Course> courses) {

    public AlertContext {
        items = List.copyOf(items);
        previousAnswers = Map.copyOf(previousAnswers);
        Objects.requireNonNull(thresholdCelsius, "thresholdCelsius");
        courses = List.copyOf(courses);
    }
}
