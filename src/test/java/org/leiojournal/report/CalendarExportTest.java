package org.leiojournal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.domain.appointment.PreparationStep;
import org.leiojournal.domain.appointment.Question;
import org.leiojournal.domain.appointment.QuestionState;
import org.leiojournal.domain.treatment.BodySurfaceArea;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseHistory;
import org.leiojournal.domain.treatment.CourseStop;
import org.leiojournal.domain.treatment.Delay;
import org.leiojournal.domain.treatment.Dose;
import org.leiojournal.domain.treatment.DoseUnit;
import org.leiojournal.domain.treatment.DrugPlan;
import org.leiojournal.domain.treatment.Phase;
import org.leiojournal.domain.treatment.Regimen;
import org.leiojournal.domain.treatment.Route;
import org.leiojournal.domain.trend.DateSpan;

/** Every check reads the written file back with ical4j's own parser, as a calendar app would read it. */
class CalendarExportTest {

    private static final String JOURNAL = "5b0e3c9a-journal";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T10:15:30Z"), ZoneOffset.UTC);
    private static final Clock TWO_DAYS_LATER = Clock.offset(CLOCK, Duration.ofDays(2));
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String CLINICIAN = "Dr Ødegård, 東京";

    @TempDir
    Path dir;

    // --- what is exported ---

    /** 30 March 2025: the clocks in the UK go forward at 01:00, so 09:30 is 08:30 UTC. */
    private static Appointment ctOnTheDayTheClocksGoForward() {
        return new Appointment(1, AppointmentKind.CT, "", LocalDateTime.of(2025, 3, 30, 9, 30), Optional.empty(),
                LONDON, "Christie Hospital, Manchester", CLINICIAN,
                List.of(PreparationStep.hoursBefore("Nothing to eat after midnight", 12),
                        PreparationStep.withoutReminder("Bring the list of medicines")),
                List.of(Question.open("Is the tumour smaller?"),
                        new Question("Next scan?", QuestionState.ANSWERED, "In 3 months")),
                AppointmentStatus.BOOKED, "");
    }

    /** 2 November 2025: New York goes back to EST (UTC−5) at 02:00, so 09:00 is 14:00 UTC. */
    private static Appointment visitInNewYorkOnTheDayTheClocksGoBack() {
        return new Appointment(2, AppointmentKind.CLINIC_VISIT, "Second opinion, Sloan Kettering",
                LocalDateTime.of(2025, 11, 2, 9, 0), Optional.of(LocalDateTime.of(2025, 11, 2, 9, 45)), NEW_YORK,
                "1275 York Ave", "", List.of(), List.of(), AppointmentStatus.BOOKED, "");
    }

    private static Appointment cancelledBloodTest() {
        return new Appointment(3, AppointmentKind.BLOOD_TEST, "", LocalDateTime.of(2025, 4, 10, 8, 0),
                Optional.empty(), LONDON, "", "", List.of(), List.of(), AppointmentStatus.CANCELLED, "");
    }

    private static Appointment mriToBook() {
        return new Appointment(4, AppointmentKind.MRI, "", LocalDateTime.of(2025, 6, 2, 14, 0), Optional.empty(),
                LONDON, "", "", List.of(), List.of(), AppointmentStatus.TO_BOOK, "");
    }

    private static List<Appointment> appointments() {
        return List.of(ctOnTheDayTheClocksGoForward(), visitInNewYorkOnTheDayTheClocksGoBack(), cancelledBloodTest(),
                mriToBook());
    }

    private static DrugPlan drug(String name, List<Integer> days) {
        return new DrugPlan(name, Dose.of("900", DoseUnit.MG_PER_M2), Route.INTRAVENOUS, "", days, false, "",
                List.of("test"));
    }

    /** Gemcitabine days 1 and 8, docetaxel day 8, every 21 days, two cycles from Monday 3 March 2025. */
    private static Course gemDoc(CourseHistory history) {
        Phase phase = new Phase("Gemcitabine + docetaxel", 21, Optional.empty(), "",
                List.of(drug("Gemcitabine", List.of(1, 8)), drug("Docetaxel", List.of(8))), null, null, null);
        Regimen plan = new Regimen("gem-doc", "Gemcitabine + docetaxel (Hensley)", List.of(phase), List.of());
        return new Course(7, plan, LocalDate.of(2025, 3, 3), List.of(2),
                BodySurfaceArea.entered(new BigDecimal("1.80")), "", history);
    }

    private static Course gemDoc() {
        return gemDoc(CourseHistory.EMPTY);
    }

    private static CalendarExport.Request request(List<Appointment> appointments, List<Course> courses,
                                                  DateSpan range, boolean alarms) {
        return new CalendarExport.Request(appointments, courses, JOURNAL, range, alarms);
    }

    private static CalendarExport.Request everything(boolean alarms) {
        return request(appointments(), List.of(gemDoc()), DateSpan.ALL, alarms);
    }

    // --- reading it back ---

    private Path export(CalendarExport.Request request, Clock clock, String name) throws IOException {
        Path file = dir.resolve(name);
        new CalendarExport("1.2.3", clock).write(request, file);
        return file;
    }

    private Path export(CalendarExport.Request request) throws IOException {
        return export(request, CLOCK, "journal.ics");
    }

    private static Calendar parse(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new CalendarBuilder().build(reader);
        }
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    private static Map<String, VEvent> byUid(Calendar calendar) {
        return events(calendar).stream().collect(Collectors.toMap(e -> value(e, Property.UID), Function.identity()));
    }

    private static VEvent event(Calendar calendar, String uid) {
        VEvent event = byUid(calendar).get(uid);
        assertTrue(event != null, () -> uid + " not in " + byUid(calendar).keySet());
        return event;
    }

    private static String value(PropertyContainer component, String property) {
        return component.<Property>getProperty(property).map(Property::getValue).orElse(null);
    }

    private static String parameter(Component component, String property, String parameter) {
        return component.<Property>getProperty(property).orElseThrow()
                .<Parameter>getParameter(parameter).map(Parameter::getValue).orElse(null);
    }

    private static Instant start(VEvent event) {
        Temporal date = event.getDateTimeStart().getDate();
        return Instant.from(date);
    }

    private static String appointmentUid(long id) {
        return "appointment-" + id + "-" + JOURNAL + "@leio-journal";
    }

    private static String dayUid(int cycle, int day) {
        return "treatment-7-cycle-" + cycle + "-day-" + day + "-" + JOURNAL + "@leio-journal";
    }

    // --- the tests ---

    @Test
    void appointmentsKeepTheirOwnZoneAndTheRightMomentOnDaysTheClocksChange() throws Exception {
        Calendar calendar = parse(export(everything(false)));

        VEvent london = event(calendar, appointmentUid(1));
        assertEquals("Europe/London", parameter(london, Property.DTSTART, Parameter.TZID));
        assertEquals("20250330T093000", value(london, Property.DTSTART));
        assertEquals(Instant.parse("2025-03-30T08:30:00Z"), start(london));

        VEvent newYork = event(calendar, appointmentUid(2));
        assertEquals("America/New_York", parameter(newYork, Property.DTSTART, Parameter.TZID));
        assertEquals(Instant.parse("2025-11-02T14:00:00Z"), start(newYork));
        assertEquals("America/New_York", parameter(newYork, Property.DTEND, Parameter.TZID));
        assertEquals("20251102T094500", value(newYork, Property.DTEND));

        List<String> zones = calendar.<VTimeZone>getComponents(Component.VTIMEZONE).stream()
                .map(z -> value(z, Property.TZID)).toList();
        assertEquals(List.of("Europe/London", "America/New_York"), zones, "one VTIMEZONE per zone used");
    }

    @Test
    void anAppointmentWithoutAnEndLastsAnAssumedHourAndOneWithAnEndKeepsIt() throws Exception {
        Calendar calendar = parse(export(everything(false)));
        VEvent noEnd = event(calendar, appointmentUid(1));
        assertEquals("PT1H", value(noEnd, Property.DURATION));
        assertEquals(null, value(noEnd, Property.DTEND));
        assertEquals(null, value(event(calendar, appointmentUid(2)), Property.DURATION));
    }

    @Test
    void summaryLocationAndDescriptionSayWhatTheAppointmentIs() throws Exception {
        Calendar calendar = parse(export(everything(false)));
        VEvent ct = event(calendar, appointmentUid(1));
        assertEquals("CT scan", value(ct, Property.SUMMARY), "no title: the kind in plain words");
        assertEquals("Christie Hospital, Manchester", value(ct, Property.LOCATION));
        assertEquals(String.join("\n", "With: " + CLINICIAN, "Preparation:", "- Nothing to eat after midnight",
                "- Bring the list of medicines", "Questions to ask:", "- Is the tumour smaller?"),
                value(ct, Property.DESCRIPTION), "only open questions");
        assertEquals("Second opinion, Sloan Kettering", value(event(calendar, appointmentUid(2)), Property.SUMMARY));
        assertEquals("MRI scan (to book)", value(event(calendar, appointmentUid(4)), Property.SUMMARY));
    }

    @Test
    void statusFollowsTheAppointmentAndCancelledOnesAreStillExported() throws Exception {
        Calendar calendar = parse(export(everything(true)));
        assertEquals("CONFIRMED", value(event(calendar, appointmentUid(1)), Property.STATUS));
        VEvent cancelled = event(calendar, appointmentUid(3));
        assertEquals("CANCELLED", value(cancelled, Property.STATUS));
        assertTrue(cancelled.getAlarms().isEmpty(), "a cancelled appointment must not ring");
        assertEquals("TENTATIVE", value(event(calendar, appointmentUid(4)), Property.STATUS));
    }

    @Test
    void treatmentDaysAreAllDayFreeTimeEventsNamedByCycleDayAndDrugs() throws Exception {
        Calendar calendar = parse(export(everything(false)));
        VEvent day8 = event(calendar, dayUid(1, 8));
        assertEquals("DATE", parameter(day8, Property.DTSTART, Parameter.VALUE));
        assertEquals("20250310", value(day8, Property.DTSTART));
        assertEquals("20250311", value(day8, Property.DTEND));
        assertEquals("Cycle 1, day 8 — Gemcitabine, Docetaxel", value(day8, Property.SUMMARY));
        assertEquals("Gemcitabine + docetaxel (Hensley)", value(day8, Property.DESCRIPTION));
        assertEquals("TRANSPARENT", value(day8, Property.TRANSP));
        assertEquals("Cycle 2, day 1 — Gemcitabine", value(event(calendar, dayUid(2, 1)), Property.SUMMARY));
        assertEquals(4, events(calendar).stream().filter(e -> value(e, Property.UID).startsWith("treatment-")).count());
    }

    @Test
    void uidsStayTheSameAcrossExportsWhileSequenceAndStampMoveOn() throws Exception {
        Calendar first = parse(export(everything(true), CLOCK, "first.ics"));
        Calendar second = parse(export(everything(true), TWO_DAYS_LATER, "second.ics"));

        assertEquals(byUid(first).keySet(), byUid(second).keySet());
        assertEquals(8, byUid(first).size(), "4 appointments and 4 treatment days, each UID once");
        for (String uid : byUid(first).keySet()) {
            int before = Integer.parseInt(value(event(first, uid), Property.SEQUENCE));
            int after = Integer.parseInt(value(event(second, uid), Property.SEQUENCE));
            assertEquals(2 * 24 * 60, after - before, uid);
            assertEquals("20250301T101530Z", value(event(first, uid), Property.DTSTAMP));
            assertEquals("20250303T101530Z", value(event(second, uid), Property.DTSTAMP));
        }
    }

    @Test
    void theUidBelongsToTheJournalSoTwoJournalsNeverShareOne() throws Exception {
        Path other = dir.resolve("other.ics");
        new CalendarExport("1.2.3", CLOCK).write(new CalendarExport.Request(appointments(), List.of(gemDoc()),
                "another-journal", DateSpan.ALL, false), other);
        assertTrue(byUid(parse(other)).keySet().stream().noneMatch(byUid(parse(export(everything(false))))
                .keySet()::contains));
    }

    @Test
    void aDelayedTreatmentDayKeepsItsUidAndMovesToItsNewDate() throws Exception {
        Calendar before = parse(export(everything(false), CLOCK, "before.ics"));
        Course delayed = gemDoc(new CourseHistory(List.of(new Delay(1, 8, LocalDate.of(2025, 3, 13), "low counts")),
                List.of(), Optional.empty()));
        Calendar after = parse(export(request(appointments(), List.of(delayed), DateSpan.ALL, false),
                TWO_DAYS_LATER, "after.ics"));

        assertEquals(byUid(before).keySet(), byUid(after).keySet());
        assertEquals("20250310", value(event(before, dayUid(1, 8)), Property.DTSTART));
        assertEquals("20250313", value(event(after, dayUid(1, 8)), Property.DTSTART));
        assertEquals("Gemcitabine + docetaxel (Hensley)\nMoved from 2025-03-10 (low counts)",
                value(event(after, dayUid(1, 8)), Property.DESCRIPTION));
        assertEquals("20250327", value(event(after, dayUid(2, 1)), Property.DTSTART), "later days move too");
    }

    @Test
    void daysAfterAnEarlyStopAreCalledOffUnderTheirOwnUids() throws Exception {
        Course stopped = gemDoc(new CourseHistory(List.of(), List.of(),
                Optional.of(new CourseStop(LocalDate.of(2025, 3, 12), "side effects"))));
        Calendar calendar = parse(export(request(List.of(), List.of(stopped), DateSpan.ALL, true)));

        assertEquals("CONFIRMED", value(event(calendar, dayUid(1, 8)), Property.STATUS));
        VEvent calledOff = event(calendar, dayUid(2, 1));
        assertEquals("CANCELLED", value(calledOff, Property.STATUS));
        assertTrue(calledOff.getAlarms().isEmpty());
        assertEquals("CANCELLED", value(event(calendar, dayUid(2, 8)), Property.STATUS));
    }

    @Test
    void rangeKeepsBothEndDaysAndJudgesAppointmentsByTheirOwnDate() throws Exception {
        // 23:30 in New York on 30 March is already 31 March in UTC and in London: still inside the range.
        Appointment lateInNewYork = new Appointment(5, AppointmentKind.OTHER, "Late call",
                LocalDateTime.of(2025, 3, 30, 23, 30), Optional.empty(), NEW_YORK, "", "", List.of(), List.of(),
                AppointmentStatus.BOOKED, "");
        Appointment nextDay = new Appointment(6, AppointmentKind.OTHER, "Next day",
                LocalDateTime.of(2025, 3, 31, 0, 30), Optional.empty(), LONDON, "", "", List.of(), List.of(),
                AppointmentStatus.BOOKED, "");
        List<Appointment> all = Stream.concat(appointments().stream(), Stream.of(lateInNewYork, nextDay)).toList();
        DateSpan range = new DateSpan(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 30));

        Calendar calendar = parse(export(request(all, List.of(gemDoc()), range, false)));

        assertEquals(List.of(appointmentUid(1), appointmentUid(5), dayUid(1, 8), dayUid(2, 1)),
                events(calendar).stream().map(e -> value(e, Property.UID)).toList());
    }

    @Test
    void alarmsAreAddedOnlyWhenAsked() throws Exception {
        assertTrue(events(parse(export(everything(false)))).stream().allMatch(e -> e.getAlarms().isEmpty()));

        Calendar calendar = parse(export(everything(true), CLOCK, "with-alarms.ics"));
        List<VAlarm> ct = event(calendar, appointmentUid(1)).getAlarms();
        assertEquals(List.of("-P1D", "-PT12H"), ct.stream().map(a -> value(a, Property.TRIGGER)).toList());
        assertEquals(List.of("Tomorrow: CT scan", "Nothing to eat after midnight"),
                ct.stream().map(a -> value(a, Property.DESCRIPTION)).toList());
        assertTrue(ct.stream().allMatch(a -> "DISPLAY".equals(value(a, Property.ACTION))));
        List<VAlarm> day = event(calendar, dayUid(1, 8)).getAlarms();
        assertEquals(List.of("-PT6H"), day.stream().map(a -> value(a, Property.TRIGGER)).toList(),
                "18:00 the evening before");
    }

    @Test
    void nonLatinTextAndEmojiSurvive() throws Exception {
        Appointment a = new Appointment(9, AppointmentKind.OTHER, "Консультация 🩺", LocalDateTime.of(2025, 5, 5,
                10, 0), Optional.empty(), ZoneId.of("Asia/Tokyo"), "東京都中央区築地5-1-1", CLINICIAN, List.of(),
                List.of(), AppointmentStatus.BOOKED, "");
        VEvent event = event(parse(export(request(List.of(a), List.of(), DateSpan.ALL, false))), appointmentUid(9));
        assertEquals("Консультация 🩺", value(event, Property.SUMMARY));
        assertEquals("東京都中央区築地5-1-1", value(event, Property.LOCATION));
        assertEquals("With: " + CLINICIAN, value(event, Property.DESCRIPTION));
    }

    @Test
    void longTextIsFoldedIntoShortCrlfLinesAndUnfoldsToTheSameText() throws Exception {
        String result = ("Stable disease; no new lesions, 腫瘍は縮小 🩺 \\ back-slash. ").repeat(60)
                + "\nSecond paragraph, Ødegård.";
        Appointment a = new Appointment(10, AppointmentKind.CT, "", LocalDateTime.of(2025, 1, 20, 9, 0),
                Optional.empty(), LONDON, "", "", List.of(), List.of(), AppointmentStatus.ATTENDED, result);
        Path file = export(request(List.of(a), List.of(), DateSpan.ALL, false));

        String raw = strictUtf8(Files.readAllBytes(file));
        assertTrue(raw.endsWith("END:VCALENDAR\r\n"));
        assertFalse(raw.replace("\r\n", "").contains("\n"), "every line ends in CRLF");
        assertFalse(raw.replace("\r\n", "").contains("\r"), "every line ends in CRLF");
        assertTrue(raw.lines().allMatch(line -> line.length() <= 75), "folded");
        assertTrue(raw.lines().filter(line -> line.startsWith(" ")).count() > 30, "the description was folded");
        assertEquals("Result: " + result.strip(), value(event(parse(file), appointmentUid(10)),
                Property.DESCRIPTION));
    }

    @Test
    void anEmptyJournalGivesAValidCalendarWithNoEvents() throws Exception {
        Path file = export(request(List.of(), List.of(), DateSpan.ALL, true));
        Calendar calendar = parse(file);
        assertTrue(events(calendar).isEmpty());
        assertEquals(List.of("Etc/UTC"), calendar.<VTimeZone>getComponents(Component.VTIMEZONE).stream()
                .map(z -> value(z, Property.TZID)).toList(), "RFC 5545 wants one component at least");
        assertEquals("-//Leio Journal//Leio Journal 1.2.3//EN", value(calendar, Property.PRODID));
        assertEquals("2.0", value(calendar, Property.VERSION));
        assertEquals("PUBLISH", value(calendar, Property.METHOD));
        assertEquals("Leio Journal", value(calendar, "X-WR-CALNAME"));
        assertFalse(calendar.validate().hasErrors(), () -> calendar.validate().toString());
    }

    /**
     * RFC 5545 alone: ical4j's RFC 5546 rules for METHOD:PUBLISH also want an ORGANIZER, an address the journal
     * does not have and that Google, Apple and Outlook do not need to import a published event.
     */
    @Test
    void theWholeCalendarFollowsRfc5545() throws Exception {
        Calendar calendar = parse(export(everything(true)));
        Calendar withoutMethod = calendar.copy();
        withoutMethod.removeAll(Property.METHOD);
        assertFalse(withoutMethod.validate().hasErrors(), () -> withoutMethod.validate().toString());
    }

    @Test
    void aZoneIcal4jDoesNotKnowIsWrittenInUtcAndAnAliasUnderItsCanonicalName() throws Exception {
        Appointment offset = new Appointment(11, AppointmentKind.OTHER, "Offset", LocalDateTime.of(2025, 7, 1, 9,
                0), Optional.empty(), ZoneOffset.ofHours(2), "", "", List.of(), List.of(), AppointmentStatus.BOOKED,
                "");
        Appointment alias = new Appointment(12, AppointmentKind.OTHER, "Alias", LocalDateTime.of(2025, 7, 1, 9,
                0), Optional.empty(), ZoneId.of("US/Eastern"), "", "", List.of(), List.of(), AppointmentStatus.BOOKED,
                "");
        Calendar calendar = parse(export(request(List.of(offset, alias, visitInNewYorkOnTheDayTheClocksGoBack()),
                List.of(), DateSpan.ALL, false)));

        assertEquals("20250701T070000Z", value(event(calendar, appointmentUid(11)), Property.DTSTART));
        VEvent aliased = event(calendar, appointmentUid(12));
        assertEquals("America/New_York", parameter(aliased, Property.DTSTART, Parameter.TZID));
        assertEquals(Instant.parse("2025-07-01T13:00:00Z"), start(aliased));
        assertEquals(1, calendar.getComponents(Component.VTIMEZONE).size());
    }

    @Test
    void exportingAgainReplacesTheFileAndLeavesNoTemporaryFileBehind() throws Exception {
        Path file = export(everything(false));
        Files.writeString(file, "old");
        new CalendarExport("1.2.3", CLOCK).write(everything(false), file);
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).startsWith("BEGIN:VCALENDAR"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void aMissingFolderOrAFolderAsTargetFailsWithoutWritingAnything() throws Exception {
        CalendarExport export = new CalendarExport("1.2.3", CLOCK);
        assertThrows(IOException.class, () -> export.write(everything(false), dir.resolve("no/such/file.ics")));
        Path folder = Files.createDirectory(dir.resolve("a-folder"));
        assertThrows(IOException.class, () -> export.write(everything(false), folder));
        assertTrue(Files.isDirectory(folder));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(folder), files.toList());
        }
    }

    @Test
    void aJournalWithoutACalendarIdIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CalendarExport("1.2.3", CLOCK)
                .write(new CalendarExport.Request(List.of(), List.of(), " ", DateSpan.ALL, false),
                        dir.resolve("x.ics")));
    }

    private static String strictUtf8(byte[] bytes) throws Exception {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    @Test
    void sequenceIsMinutesSinceTheEpochAndNeverNegative() {
        assertEquals(0, new EventIdentity(JOURNAL, Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"),
                ZoneOffset.UTC)).sequence());
        assertNotEquals(0, new EventIdentity(JOURNAL, CLOCK).sequence());
        assertEquals(Duration.between(EventIdentity.SEQUENCE_EPOCH, CLOCK.instant()).toMinutes(),
                new EventIdentity(JOURNAL, CLOCK).sequence());
    }
}
