package org.leiojournal.domain.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the Appointments screen lists and where open questions go. "Now" is Wednesday 10 June 2026, 09:30 in London
 * (UTC+1); New York is UTC−4, so 08:00 there is 13:00 in London.
 */
class AgendaTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);
    private static final ZonedDateTime NOW = ZonedDateTime.of(TODAY.atTime(9, 30), LONDON);

    private static Appointment at(long id, AppointmentKind kind, LocalDateTime start, ZoneId zone,
                                  AppointmentStatus status, Question... questions) {
        return new Appointment(id, kind, kind + " " + id, start, Optional.empty(), zone, "", "", List.of(),
                List.of(questions), status, "");
    }

    private static Appointment booked(long id, LocalDateTime start) {
        return at(id, AppointmentKind.CLINIC_VISIT, start, LONDON, AppointmentStatus.BOOKED);
    }

    private static Appointment visit(long id, LocalDateTime start, AppointmentStatus status) {
        return at(id, AppointmentKind.CLINIC_VISIT, start, LONDON, status);
    }

    private static List<Long> ids(List<Appointment> appointments) {
        return appointments.stream().map(Appointment::id).toList();
    }

    private static List<Appointment> upcoming(Appointment... all) {
        return Agenda.upcoming(List.of(all), NOW, Agenda.UPCOMING_DAYS);
    }

    // ---- upcoming ----

    @Test
    void thisMorningsVisitStaysOnTheListAfterItsTime() {
        Appointment thisMorning = booked(1, TODAY.atTime(9, 0));
        Appointment earlyMorning = booked(2, TODAY.atStartOfDay());
        assertEquals(List.of(2L, 1L), ids(upcoming(thisMorning, earlyMorning)));
    }

    @Test
    void theListRunsToTheLastMinuteOfDayThirty() {
        Appointment day30 = booked(1, TODAY.plusDays(30).atTime(23, 59));
        Appointment day31 = booked(2, TODAY.plusDays(31).atStartOfDay());
        Appointment day31Later = booked(3, TODAY.plusDays(31).atTime(9, 0));
        Appointment yesterday = booked(4, TODAY.minusDays(1).atTime(23, 59));
        assertEquals(List.of(1L), ids(upcoming(day31Later, day30, day31, yesterday)));
    }

    @Test
    void toBookCountsAsUpcomingButCancelledAndAttendedDoNot() {
        Appointment toBook = visit(1, TODAY.plusDays(14).atTime(10, 0), AppointmentStatus.TO_BOOK);
        Appointment cancelled = visit(2, TODAY.plusDays(2).atTime(10, 0), AppointmentStatus.CANCELLED);
        Appointment attended = visit(3, TODAY.atTime(9, 0), AppointmentStatus.ATTENDED);
        Appointment booked = visit(4, TODAY.plusDays(3).atTime(10, 0), AppointmentStatus.BOOKED);
        assertEquals(List.of(4L, 1L), ids(upcoming(toBook, cancelled, attended, booked)));
    }

    @Test
    void appointmentsInDifferentZonesAreOrderedByWhenTheyHappen() {
        LocalDate tomorrow = TODAY.plusDays(1);
        Appointment newYorkEight = at(1, AppointmentKind.CT, tomorrow.atTime(8, 0), NEW_YORK,
                AppointmentStatus.BOOKED);                        // 13:00 in London
        Appointment londonNine = booked(2, tomorrow.atTime(9, 0));
        Appointment londonNoon = booked(3, tomorrow.atTime(12, 0));
        Appointment londonHalfOne = booked(4, tomorrow.atTime(13, 30));
        assertEquals(List.of(2L, 3L, 1L, 4L), ids(upcoming(newYorkEight, londonHalfOne, londonNoon, londonNine)));
    }

    @Test
    void nothingBookedIsAnEmptyList() {
        assertEquals(List.of(), upcoming());
    }

    // ---- awaiting an outcome ----

    @Test
    void pastAppointmentsStillMarkedToComeAwaitTheirOutcomeEarliestFirst() {
        Appointment yesterday = booked(1, TODAY.minusDays(1).atTime(14, 0));
        Appointment lastMonthToBook = visit(2, TODAY.minusMonths(1).atTime(9, 0), AppointmentStatus.TO_BOOK);
        Appointment attended = visit(3, TODAY.minusDays(2).atTime(9, 0), AppointmentStatus.ATTENDED);
        Appointment cancelled = visit(4, TODAY.minusDays(2).atTime(9, 0), AppointmentStatus.CANCELLED);
        Appointment thisMorning = booked(5, TODAY.atTime(8, 0));
        Appointment nextWeek = booked(6, TODAY.plusDays(7).atTime(8, 0));
        List<Appointment> all = List.of(yesterday, lastMonthToBook, attended, cancelled, thisMorning, nextWeek);
        assertEquals(List.of(2L, 1L), ids(Agenda.awaitingOutcome(all, NOW)),
                "today's visit is still on the upcoming list, not yet asking for its outcome");
    }

    // ---- next visit after ----

    @Test
    void questionsGoToTheNextClinicVisitEvenIfAScanComesFirst() {
        Appointment from = visit(1, TODAY.atTime(9, 0), AppointmentStatus.ATTENDED);
        Appointment bloods = at(2, AppointmentKind.BLOOD_TEST, TODAY.plusDays(2).atTime(8, 0), LONDON,
                AppointmentStatus.BOOKED);
        Appointment ct = at(3, AppointmentKind.CT, TODAY.plusDays(10).atTime(8, 0), LONDON,
                AppointmentStatus.BOOKED);
        Appointment cancelledVisit = visit(4, TODAY.plusDays(14).atTime(9, 0), AppointmentStatus.CANCELLED);
        Appointment visitLater = visit(5, TODAY.plusDays(21).atTime(9, 0), AppointmentStatus.TO_BOOK);
        Appointment visitEvenLater = visit(6, TODAY.plusDays(42).atTime(9, 0), AppointmentStatus.BOOKED);
        Appointment visitBefore = visit(7, TODAY.minusDays(21).atTime(9, 0), AppointmentStatus.BOOKED);
        List<Appointment> all = List.of(visitEvenLater, from, ct, visitBefore, cancelledVisit, bloods, visitLater);
        assertEquals(Optional.of(visitLater), Agenda.nextVisitAfter(from, all));
    }

    @Test
    void withNoClinicVisitAheadQuestionsGoToTheNextAppointmentOfAnyKind() {
        Appointment from = visit(1, TODAY.atTime(9, 0), AppointmentStatus.ATTENDED);
        Appointment ct = at(2, AppointmentKind.CT, TODAY.plusDays(10).atTime(8, 0), LONDON,
                AppointmentStatus.BOOKED);
        Appointment bloods = at(3, AppointmentKind.BLOOD_TEST, TODAY.plusDays(2).atTime(8, 0), LONDON,
                AppointmentStatus.TO_BOOK);
        Appointment cancelledMri = at(4, AppointmentKind.MRI, TODAY.plusDays(1).atTime(8, 0), LONDON,
                AppointmentStatus.CANCELLED);
        Appointment cancelledVisit = visit(5, TODAY.plusDays(5).atTime(9, 0), AppointmentStatus.CANCELLED);
        assertEquals(Optional.of(bloods),
                Agenda.nextVisitAfter(from, List.of(from, ct, cancelledMri, cancelledVisit, bloods)));
    }

    @Test
    void theNextVisitIsTheEarliestByTheClockNotByTheTimeWritten() {
        Appointment from = visit(1, TODAY.atTime(9, 0), AppointmentStatus.ATTENDED);
        LocalDate later = TODAY.plusDays(30);
        Appointment newYork = at(2, AppointmentKind.CLINIC_VISIT, later.atTime(8, 0), NEW_YORK,
                AppointmentStatus.BOOKED);
        Appointment london = visit(3, later.atTime(11, 0), AppointmentStatus.BOOKED);
        assertEquals(Optional.of(london), Agenda.nextVisitAfter(from, List.of(newYork, london, from)));
    }

    @Test
    void anAppointmentIsNeverItsOwnNextVisit() {
        Appointment from = booked(1, TODAY.plusDays(3).atTime(9, 0));
        Appointment earlier = booked(2, TODAY.plusDays(1).atTime(9, 0));
        assertEquals(Optional.empty(), Agenda.nextVisitAfter(from, List.of(from)));
        assertEquals(Optional.empty(), Agenda.nextVisitAfter(from, List.of(earlier, from)));
        assertEquals(Optional.empty(), Agenda.nextVisitAfter(from, List.of()));
    }

    // ---- carrying open questions ----

    @Test
    void onlyOpenQuestionsMoveAndTheSourceKeepsThemAsCarriedOver() {
        Appointment from = at(1, AppointmentKind.CLINIC_VISIT, TODAY.atTime(9, 0), LONDON,
                AppointmentStatus.ATTENDED,
                Question.open("Is the tumour smaller?"),
                new Question("Can I travel in August?", QuestionState.ANSWERED, "Yes, with insurance"),
                Question.open("When is the next echo?"),
                new Question("Hair loss?", QuestionState.CARRIED_OVER, ""));
        Appointment to = at(2, AppointmentKind.CLINIC_VISIT, TODAY.plusDays(21).atTime(9, 0), LONDON,
                AppointmentStatus.BOOKED,
                Question.open("Results of the CT?"),
                new Question("Pain relief?", QuestionState.ANSWERED, "on the phone"));

        Agenda.CarryOver carried = Agenda.carryOpenQuestions(from, to);

        assertEquals(2, carried.moved());
        assertEquals(List.of(
                new Question("Is the tumour smaller?", QuestionState.CARRIED_OVER, ""),
                new Question("Can I travel in August?", QuestionState.ANSWERED, "Yes, with insurance"),
                new Question("When is the next echo?", QuestionState.CARRIED_OVER, ""),
                new Question("Hair loss?", QuestionState.CARRIED_OVER, "")), carried.from().questions());
        assertFalse(carried.from().hasOpenQuestions());
        assertEquals(List.of(
                Question.open("Results of the CT?"),
                new Question("Pain relief?", QuestionState.ANSWERED, "on the phone"),
                Question.open("Is the tumour smaller?"),
                Question.open("When is the next echo?")), carried.to().questions());

        assertEquals(from.withQuestions(carried.from().questions()), carried.from(), "nothing else changes");
        assertEquals(to.withQuestions(carried.to().questions()), carried.to(), "nothing else changes");
        assertTrue(from.hasOpenQuestions(), "the appointments given are not changed");
        assertEquals(2, to.questions().size());
    }

    @Test
    void carryingFromAVisitWithNoOpenQuestionsMovesNothing() {
        Appointment from = at(1, AppointmentKind.CLINIC_VISIT, TODAY.atTime(9, 0), LONDON,
                AppointmentStatus.ATTENDED,
                new Question("Scan results?", QuestionState.ANSWERED, "stable"),
                new Question("Hair loss?", QuestionState.CARRIED_OVER, ""));
        Appointment to = at(2, AppointmentKind.CLINIC_VISIT, TODAY.plusDays(21).atTime(9, 0), LONDON,
                AppointmentStatus.BOOKED, Question.open("Results of the CT?"));
        Agenda.CarryOver carried = Agenda.carryOpenQuestions(from, to);
        assertEquals(0, carried.moved());
        assertEquals(from, carried.from());
        assertEquals(to, carried.to());

        Appointment empty = booked(3, TODAY.atTime(9, 0));
        assertEquals(0, Agenda.carryOpenQuestions(empty, to).moved());
        assertEquals(to, Agenda.carryOpenQuestions(empty, to).to());
    }
}
