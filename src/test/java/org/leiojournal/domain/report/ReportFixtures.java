package org.leiojournal.domain.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.domain.appointment.Question;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.measure.Weight;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseDraft;
import org.leiojournal.domain.treatment.CourseHistory;
import org.leiojournal.domain.treatment.CourseValidator;
import org.leiojournal.domain.treatment.Delay;
import org.leiojournal.domain.treatment.DoseRecord;

/** Items, check-ins, courses and appointments for the report tests, built as the app builds them. */
public final class ReportFixtures {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final SymptomItem PAIN = new SymptomItem(1, "esas.pain", "", ItemKind.SCORE, false, 10);
    public static final SymptomItem NAUSEA = new SymptomItem(4, "esas.nausea", "", ItemKind.SCORE, false, 40);
    public static final SymptomItem VOMITING = new SymptomItem(12, "count.vomiting", "Vomiting (times in 24 hours)",
            ItemKind.COUNT, false, 102);

    private ReportFixtures() {
    }

    public static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** A moment at a London wall-clock time such as "2026-11-02T09:00". */
    public static ZonedDateTime at(String localTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localTime), LONDON);
    }

    public static CheckIn answers(String localTime, Map<Long, Integer> answers) {
        return checkIn(localTime, answers, null, null, "");
    }

    public static CheckIn pain(String localTime, int score) {
        return answers(localTime, Map.of(PAIN.id(), score));
    }

    public static CheckIn temperature(String localTime, Temperature temperature) {
        return checkIn(localTime, Map.of(), temperature, null, "");
    }

    public static CheckIn weight(String localTime, Weight weight) {
        return checkIn(localTime, Map.of(), null, weight, "");
    }

    public static CheckIn checkIn(String localTime, Map<Long, Integer> answers, Temperature temperature,
                                  Weight weight, String note) {
        return new CheckIn(0, CheckIn.newUid(), at(localTime), Recorder.PATIENT, answers, "", temperature, weight,
                note);
    }

    /** A course from a bundled template through the course form, with a body surface area of 1.80 m². */
    public static Course course(String templateId, LocalDate start, long id) {
        CourseDraft template = CourseDraft.fromTemplate(
                RegimenCatalog.bundled().find(templateId).orElseThrow(), start);
        CourseDraft draft = new CourseDraft(0, template.template(), template.name(), template.cycleLengthTexts(),
                template.cycleCountTexts().stream().map(c -> c.isEmpty() ? "6" : c).toList(), template.drugs(), start, false, "1.80", "", "", "");
        return new CourseValidator().validate(draft, List.of()).value().orElseThrow().withId(id);
    }

    public static Course withHistory(Course course, List<Delay> delays, List<DoseRecord> doses) {
        return course.withHistory(new CourseHistory(delays, doses, Optional.empty()));
    }

    public static DoseRecord given(int cycle, int day, String drug) {
        return new DoseRecord(cycle, day, drug, org.leiojournal.domain.treatment.DoseOutcome.GIVEN, Optional.empty(),
                "");
    }

    public static DoseRecord reduced(int cycle, int day, String drug, String amount, String note) {
        return new DoseRecord(cycle, day, drug, org.leiojournal.domain.treatment.DoseOutcome.REDUCED,
                Optional.of(new BigDecimal(amount)), note);
    }

    public static Appointment appointment(long id, AppointmentKind kind, String localStart, AppointmentStatus status,
                                          List<Question> questions) {
        return new Appointment(id, kind, "", LocalDateTime.parse(localStart), Optional.empty(), LONDON, "", "",
                List.of(), questions, status, "");
    }
}
