package org.leiojournal.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leiojournal.domain.report.ReportFixtures.NAUSEA;
import static org.leiojournal.domain.report.ReportFixtures.PAIN;
import static org.leiojournal.domain.report.ReportFixtures.appointment;
import static org.leiojournal.domain.report.ReportFixtures.at;
import static org.leiojournal.domain.report.ReportFixtures.course;
import static org.leiojournal.domain.report.ReportFixtures.d;
import static org.leiojournal.domain.report.ReportFixtures.pain;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.domain.alert.AlertRuleSet;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.alert.AlertSubject;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.domain.appointment.Question;
import org.leiojournal.domain.appointment.QuestionState;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.treatment.CyclePosition;
import org.leiojournal.domain.treatment.Medicine;
import org.leiojournal.domain.treatment.MedicineDose;
import org.leiojournal.domain.treatment.MedicineSchedule;
import org.leiojournal.domain.treatment.PriorAnthracycline;

class VisitSummaryTest {

    private static final AlertRuleSet RULES = AlertRuleCatalog.bundled();

    private static final SymptomItem RETIRED_ASKED = new SymptomItem(20, null, "Hot flushes", ItemKind.SCORE, true, 5);
    private static final SymptomItem RETIRED_SILENT = new SymptomItem(21, null, "Cramp", ItemKind.SCORE, true, 6);

    private static ReportInput input(List<org.leiojournal.domain.appointment.Appointment> appointments,
                                     List<Alert> alerts) {
        return new ReportInput(Profile.NEW, List.of(NAUSEA, RETIRED_SILENT, PAIN, RETIRED_ASKED),
                List.of(pain("2026-11-20T09:00", 3), pain("2026-11-20T20:00", 5),
                        ReportFixtures.answers("2026-11-21T09:00", Map.of(RETIRED_ASKED.id(), 2)),
                        pain("2026-10-01T09:00", 9)),
                List.of(course("gemcitabine-docetaxel-hensley", d("2026-11-01"), 3)), PriorAnthracycline.NONE,
                appointments, alerts, List.of(), List.of(), RULES,
                at("2026-11-22T09:30"));
    }

    @Test
    void theSummaryPicksTheRangesDaysItemsAndAlerts() {
        Alert inRange = new Alert(5, 1, "esas-severe", AlertSubject.item("esas.pain"), "7", new BigDecimal("7"),
                null, at("2026-11-20T20:00"), null);
        Alert before = new Alert(4, 1, "esas-severe", AlertSubject.item("esas.pain"), "9", new BigDecimal("7"),
                null, at("2026-10-01T09:00"), null);
        ReportInput input = input(List.of(appointment(1, AppointmentKind.CLINIC_VISIT, "2026-11-13T14:00",
                AppointmentStatus.ATTENDED, List.of())), List.of(before, inRange));
        VisitSummary summary = VisitSummary.of(input, input.defaultRange());
        assertEquals(d("2026-11-13"), summary.range().span().first());
        assertEquals(List.of(RETIRED_ASKED, PAIN, NAUSEA), summary.symptoms().stream().map(SymptomSummary::item)
                .toList(), "in the order asked; a retired item only when answered in the range");
        assertEquals(2, summary.checkInDays());
        assertEquals(List.of(inRange), summary.alerts());
        CyclePosition today = summary.today().get(0);
        assertEquals(List.of(2, 1), List.of(today.cycle(), today.day()), "1 November + 21 days: cycle 2, day 1");
        assertEquals(false, summary.empty());
    }

    @Test
    void aRangeWithNothingInItIsEmpty() {
        ReportInput input = new ReportInput(Profile.NEW, List.of(PAIN), List.of(), List.of(), PriorAnthracycline.NONE,
                List.of(), List.of(), List.of(), List.of(), RULES,
                at("2026-11-22T09:30"));
        VisitSummary summary = VisitSummary.of(input, input.defaultRange());
        assertEquals(true, summary.empty());
        assertEquals(0, summary.checkInDays());
        assertEquals(Optional.empty(), summary.weight());
        assertEquals(List.of(), summary.today());
    }

    @Test
    void theQuestionsAreThoseOfTheNextClinicVisitThenOfVisitsNeverWrittenUp() {
        Question open = Question.open("Can the next treatment day be on a Monday?");
        Question asked = new Question("How many cycles?", QuestionState.ANSWERED, "Six");
        List<VisitQuestions> questions = VisitQuestions.of(List.of(
                appointment(1, AppointmentKind.CLINIC_VISIT, "2026-11-13T14:00", AppointmentStatus.BOOKED,
                        List.of(open, asked)),
                appointment(2, AppointmentKind.CT, "2026-11-28T09:00", AppointmentStatus.BOOKED,
                        List.of(Question.open("Contrast?"))),
                appointment(3, AppointmentKind.CLINIC_VISIT, "2026-12-04T14:00", AppointmentStatus.BOOKED,
                        List.of(Question.open("What did the scan show?"))),
                appointment(4, AppointmentKind.CLINIC_VISIT, "2026-12-25T14:00", AppointmentStatus.BOOKED,
                        List.of(Question.open("Later question")))), at("2026-11-22T09:30"));
        assertEquals(List.of(3L, 1L), questions.stream().map(q -> q.appointment().id()).toList());
        assertEquals(List.of(open), questions.get(1).open());
        assertEquals(true, questions.get(1).unrecorded());
        assertEquals(List.of(), VisitQuestions.of(List.of(), at("2026-11-22T09:30")));
        List<VisitQuestions> noVisit = VisitQuestions.of(List.of(appointment(2, AppointmentKind.CT,
                "2026-11-28T09:00", AppointmentStatus.BOOKED, List.of(Question.open("Contrast?")))),
                at("2026-11-22T09:30"));
        assertEquals(List.of(2L), noVisit.stream().map(q -> q.appointment().id()).toList(),
                "without a clinic visit booked, the next appointment with questions");
    }

    @Test
    void medicinesCountWhatWasDueAndTakenInTheRange() {
        Medicine ondansetron = new Medicine(1, "Ondansetron", "8 mg", MedicineSchedule.FIXED_TIMES,
                List.of(LocalTime.of(8, 0), LocalTime.of(20, 0)), d("2026-11-20"), Optional.of(d("2026-11-21")), "");
        Medicine paracetamol = new Medicine(2, "Paracetamol", "1 g", MedicineSchedule.AS_NEEDED, List.of(),
                d("2026-01-01"), Optional.empty(), "");
        Medicine old = new Medicine(3, "Dexamethasone", "4 mg", MedicineSchedule.FIXED_TIMES,
                List.of(LocalTime.of(8, 0)), d("2026-01-01"), Optional.of(d("2026-01-03")), "");
        List<MedicineDose> doses = List.of(
                new MedicineDose(1, 1, at("2026-11-20T08:05"), Optional.of(LocalTime.of(8, 0)), "8 mg"),
                new MedicineDose(2, 1, at("2026-11-21T20:10"), Optional.of(LocalTime.of(20, 0)), "8 mg"),
                new MedicineDose(3, 2, at("2026-11-21T13:00"), Optional.empty(), "1 g"),
                new MedicineDose(4, 2, at("2026-11-21T19:00"), Optional.empty(), "1 g"),
                new MedicineDose(5, 2, at("2026-10-01T19:00"), Optional.empty(), "1 g"));
        List<MedicineSummary> summaries = MedicineSummary.of(List.of(paracetamol, ondansetron, old), doses,
                new org.leiojournal.domain.trend.DateSpan(d("2026-11-13"), d("2026-11-22")), at("2026-11-22T09:30"));
        assertEquals(List.of("Ondansetron", "Paracetamol"), summaries.stream().map(s -> s.medicine().name()).toList());
        assertEquals(4, summaries.get(0).adherence().orElseThrow().due());
        assertEquals(2, summaries.get(0).adherence().orElseThrow().taken());
        assertEquals(2, summaries.get(1).asNeededDoses());
        assertEquals(1, summaries.get(1).asNeededDays());
    }
}
