package org.leiojournal.domain.trend;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.measure.Weight;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.symptom.Vital;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseDraft;
import org.leiojournal.domain.treatment.CourseHistory;
import org.leiojournal.domain.treatment.CourseStop;
import org.leiojournal.domain.treatment.CourseValidator;
import org.leiojournal.domain.treatment.Delay;

/** Check-ins and courses for the trend tests, built the way the app builds them. */
final class TrendFixtures {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final SymptomItem PAIN = new SymptomItem(1, "esas.pain", "", ItemKind.SCORE, false, 0);
    static final SymptomItem VOMITING = new SymptomItem(2, null, "Vomiting", ItemKind.COUNT, false, 1);
    static final ItemMeasure PAIN_MEASURE = new ItemMeasure(PAIN);
    static final VitalMeasure TEMPERATURE = new VitalMeasure(Vital.TEMPERATURE);
    static final VitalMeasure WEIGHT = new VitalMeasure(Vital.WEIGHT);

    private TrendFixtures() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** A check-in at a London wall-clock time ("2027-01-04T09:00") answering pain with the given score. */
    static CheckIn pain(String localTime, int score) {
        return checkIn(localTime, Map.of(PAIN.id(), score), null, null);
    }

    /** A check-in at a London wall-clock time that answered nothing. */
    static CheckIn blank(String localTime) {
        return checkIn(localTime, Map.of(), null, null);
    }

    static CheckIn checkIn(String localTime, Map<Long, Integer> answers, Temperature temperature, Weight weight) {
        return checkIn(ZonedDateTime.of(LocalDateTime.parse(localTime), LONDON), answers, temperature, weight);
    }

    static CheckIn checkIn(ZonedDateTime at, Map<Long, Integer> answers, Temperature temperature, Weight weight) {
        return new CheckIn(0, CheckIn.newUid(), at, Recorder.PATIENT, answers, "", temperature, weight, "");
    }

    /** A course from a bundled template through the course form, as the user saves it. */
    static Course course(String templateId, LocalDate start, long id) {
        return course(templateId, start, id, null);
    }

    /** As {@link #course(String, LocalDate, long)} with the number of cycles typed for each phase. */
    static Course course(String templateId, LocalDate start, long id, List<String> cycleCounts) {
        CourseDraft template = CourseDraft.fromTemplate(
                RegimenCatalog.bundled().find(templateId).orElseThrow(), start);
        CourseDraft draft = new CourseDraft(0, template.template(), template.name(), template.cycleLengthTexts(),
                cycleCounts == null ? template.cycleCountTexts().stream().map(c -> c.isEmpty() ? "6" : c).toList() : cycleCounts, template.drugs(), start, false,
                "1.80", "", "", "");
        return new CourseValidator().validate(draft, List.of()).value().orElseThrow().withId(id);
    }

    static Course delayed(Course course, Delay... delays) {
        return course.withHistory(new CourseHistory(List.of(delays), List.of(), Optional.empty()));
    }

    static Course stopped(Course course, LocalDate date) {
        return course.withHistory(new CourseHistory(List.of(), List.of(),
                Optional.of(new CourseStop(date, "side effects"))));
    }
}
