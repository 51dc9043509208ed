package org.leiojournal.domain.treatment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.domain.validation.Validated;

/**
 * C3: supportive medicines, checks and low-count days belong to the user's course. Each supportive medicine is tied
 * to the drug day it goes with, so it moves when that day or its date moves; every line can be edited or removed.
 * Dates counted by hand from day 1 = Mon 4 Jan 2027.
 */
class SupportScheduleTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    private static Regimen template(String id) {
        return RegimenCatalog.bundled().find(id).orElseThrow();
    }

    private static CourseDraft draft(String id) {
        CourseDraft d = CourseDraft.fromTemplate(template(id), START);
        return withBsa(d, d.drugs(), d.care());
    }

    private static CourseDraft withBsa(CourseDraft d, List<DrugDraft> drugs, CareDrafts care) {
        List<String> counts = d.cycleCountTexts().stream().map(c -> c.isEmpty() ? "3" : c).toList();
        return new CourseDraft(0, d.template(), d.name(), d.cycleLengthTexts(), counts, drugs, d.start(), false,
                "1.80", "", "", "", care);
    }

    private static Course valid(CourseDraft draft) {
        Validated<Course> result = new CourseValidator().validate(draft, List.of());
        assertTrue(result.problems().isEmpty(), () -> "problems: " + result.problems());
        return result.value().orElseThrow();
    }

    private static List<Problem> problems(CourseDraft draft) {
        return new CourseValidator().validate(draft, List.of()).problems();
    }

    private static List<LocalDate> dates(Course course, EntryKind kind, int cycle) {
        return course.calendar().entries().stream().filter(e -> e.kind() == kind && e.cycle() == cycle)
                .map(CalendarEntry::date).toList();
    }

    private static List<LocalDate> run(int fromDay, int toDay) {
        List<LocalDate> dates = new ArrayList<>();
        for (int d = fromDay; d <= toDay; d++) {
            dates.add(START.plusDays(d - 1L));
        }
        return dates;
    }

    private static CareDrafts replaceSupport(CareDrafts care, int row, SupportDraft line) {
        List<SupportDraft> support = new ArrayList<>(care.support());
        support.set(row, line);
        return new CareDrafts(support, care.checks(), care.lowCounts());
    }

    private static SupportDraft withDays(SupportDraft d, String offsets) {
        return new SupportDraft(d.phase(), d.kind(), d.name(), d.detail(), d.drug(), offsets, d.fromLastDose(),
                d.strength(), d.confirmed(), d.fixedDays(), d.sources());
    }

    @Test
    void hensleyTemplateTiesDexamethasoneAndGcsfToDocetaxelOnTheSameDaysAsBefore() {
        Course course = valid(draft("gemcitabine-docetaxel-hensley"));
        Phase phase = course.plan().phases().get(0);
        SupportPlan dex = phase.support().get(0);
        assertEquals("Docetaxel", dex.drug());
        assertEquals(List.of(-1, 0, 1), dex.offsets());
        assertEquals(List.of(7, 8, 9), phase.supportDays(dex));
        assertEquals(List.of(9, 10, 11, 12, 13, 14, 15), phase.supportDays(phase.support().get(1)));
        assertEquals(run(7, 9), dates(course, EntryKind.PREMEDICATION, 1));
        assertEquals(run(9, 15), dates(course, EntryKind.GROWTH_FACTOR, 1));
        assertFalse(dex.confirmed(), "a template line is not the user's prescription");
    }

    @Test
    void aDelayedDocetaxelTakesItsDexamethasoneAndGcsfAlong() {
        Course planned = valid(draft("gemcitabine-docetaxel-hensley"));
        // docetaxel day 8 (Mon 11 Jan) moved a week, to Mon 18 Jan
        Course delayed = planned.withHistory(new CourseHistory(List.of(new Delay(1, 8, START.plusDays(14), "counts")),
                List.of(), Optional.empty()));
        assertEquals(run(14, 16), dates(delayed, EntryKind.PREMEDICATION, 1));
        assertEquals(run(16, 22), dates(delayed, EntryKind.GROWTH_FACTOR, 1));
    }

    @Test
    void movingDocetaxelToDayOneMovesItsSupportToo() {
        CourseDraft d = draft("gemcitabine-docetaxel-hensley");
        List<DrugDraft> drugs = new ArrayList<>(d.drugs());
        DrugDraft doc = drugs.get(1);
        drugs.set(1, new DrugDraft(doc.phase(), doc.name(), doc.amountText(), doc.unit(), doc.route(), "1"));
        Course course = valid(withBsa(d, drugs, d.care()));
        assertEquals(List.of(START.minusDays(1), START, START.plusDays(1)), dates(course, EntryKind.PREMEDICATION, 1),
                "the day before docetaxel is the day before day 1");
        assertEquals(run(2, 8), dates(course, EntryKind.GROWTH_FACTOR, 1));
    }

    @Test
    void oneInjectionOfPegfilgrastimTheDayAfterDocetaxelReplacesSevenDays() {
        CourseDraft d = draft("gemcitabine-docetaxel-hensley");
        CareDrafts care = replaceSupport(d.care(), 1, withDays(d.care().support().get(1), "+1"));
        Course course = valid(withBsa(d, d.drugs(), care));
        assertEquals(run(9, 9), dates(course, EntryKind.GROWTH_FACTOR, 1));
    }

    @Test
    void removedLinesLeaveTheCalendar() {
        CourseDraft d = draft("gemcitabine-docetaxel-hensley");
        Course course = valid(withBsa(d, d.drugs(), CareDrafts.NONE));
        assertTrue(dates(course, EntryKind.PREMEDICATION, 1).isEmpty());
        assertTrue(dates(course, EntryKind.GROWTH_FACTOR, 1).isEmpty());
        assertTrue(dates(course, EntryKind.MONITORING, 1).isEmpty());
        assertTrue(dates(course, EntryKind.LOW_COUNTS, 1).isEmpty());
    }

    @Test
    void checksAndLowCountDaysAreEditable() {
        CourseDraft d = draft("gemcitabine-docetaxel-hensley");
        CheckDraft check = d.care().checks().get(0);
        LowCountDraft low = d.care().lowCounts().get(0);
        assertEquals("Gemcitabine", check.drug());
        assertEquals("0", check.offsetsText());
        assertEquals("Docetaxel", low.drug());
        assertEquals("+6 to +8", low.daysText(), "days 14–16 are 6 to 8 days after docetaxel on day 8");
        CareDrafts care = new CareDrafts(d.care().support(),
                List.of(new CheckDraft(0, "Blood count", "Docetaxel", "0", false, List.of(), check.original())),
                List.of(new LowCountDraft(0, "Docetaxel", "+4 to +9", List.of(), low.sources())));
        Course course = valid(withBsa(d, d.drugs(), care));
        assertEquals(run(8, 8), dates(course, EntryKind.MONITORING, 1));
        assertEquals(run(12, 17), dates(course, EntryKind.LOW_COUNTS, 1));
    }

    private static CourseDraft withDocetaxelOn(CourseDraft d, String days) {
        List<DrugDraft> drugs = new ArrayList<>(d.drugs());
        DrugDraft doc = drugs.get(1);
        drugs.set(1, new DrugDraft(doc.phase(), doc.name(), doc.amountText(), doc.unit(), doc.route(), days));
        return withBsa(d, drugs, d.care());
    }

    /** The template's blood count before each gemcitabine, and a check of the user's own the day before docetaxel. */
    private static CourseDraft withADocetaxelCheck(CourseDraft d) {
        CheckDraft gem = d.care().checks().get(0);
        List<CheckDraft> checks = List.of(gem, new CheckDraft(0, "Blood test before docetaxel", "Docetaxel", "−1",
                false, List.of(), gem.original()));
        return withBsa(d, d.drugs(), new CareDrafts(d.care().support(), checks, d.care().lowCounts()));
    }

    private static List<LocalDate> checkDates(Course course, String what, int cycle) {
        return course.calendar().entries().stream().filter(e -> e.kind() == EntryKind.MONITORING
                && e.cycle() == cycle && e.label().equals(what)).map(CalendarEntry::date).toList();
    }

    @Test
    void movingDocetaxelFromDayEightToNineMovesItsLowCountDaysAndItsChecksByOneDay() {
        CourseDraft d = withADocetaxelCheck(draft("gemcitabine-docetaxel-hensley"));
        Course onEight = valid(d);
        assertEquals(run(14, 16), dates(onEight, EntryKind.LOW_COUNTS, 1));
        assertEquals(run(7, 7), checkDates(onEight, "Blood test before docetaxel", 1));

        Course onNine = valid(withDocetaxelOn(d, "9"));
        assertEquals(run(15, 17), dates(onNine, EntryKind.LOW_COUNTS, 1), "the window follows docetaxel");
        assertEquals(run(8, 8), checkDates(onNine, "Blood test before docetaxel", 1));
        assertEquals(List.of(START, START.plusDays(7)), checkDates(onNine, "Blood count before gemcitabine", 1),
                "the blood count before gemcitabine stays with gemcitabine on days 1 and 8");
        assertEquals(run(8, 10), dates(onNine, EntryKind.PREMEDICATION, 1));
    }

    @Test
    void aCycleOfTwentyEightDaysKeepsChecksAndLowCountDaysWithTheirDrug() {
        CourseDraft d = withADocetaxelCheck(draft("gemcitabine-docetaxel-hensley"));
        Course course = valid(new CourseDraft(0, d.template(), d.name(), List.of("28"), d.cycleCountTexts(),
                d.drugs(), d.start(), false, "1.80", "", "", "", d.care()));
        LocalDate cycle2 = START.plusDays(28);
        assertEquals(List.of(cycle2.plusDays(13), cycle2.plusDays(14), cycle2.plusDays(15)),
                dates(course, EntryKind.LOW_COUNTS, 2), "days 14–16 of cycle 2, which starts on day 29");
        assertEquals(List.of(cycle2.plusDays(6)), checkDates(course, "Blood test before docetaxel", 2));
        assertEquals(List.of(cycle2, cycle2.plusDays(7)), checkDates(course, "Blood count before gemcitabine", 2));
        LowCountWindow window = course.plan().phases().get(0).lowCounts().get(0);
        assertEquals(LowCountWindow.after("Docetaxel", 6, 8, window.sources()), window);
    }

    @Test
    void aDelayedDocetaxelTakesItsLowCountDaysAndItsCheckAlong() {
        Course planned = valid(withADocetaxelCheck(draft("gemcitabine-docetaxel-hensley")));
        Course delayed = planned.withHistory(new CourseHistory(List.of(new Delay(1, 8, START.plusDays(14), "counts")),
                List.of(), Optional.empty()));
        assertEquals(run(21, 23), dates(delayed, EntryKind.LOW_COUNTS, 1));
        assertEquals(run(14, 14), checkDates(delayed, "Blood test before docetaxel", 1));
    }

    @Test
    void lowCountDaysAreARunFromTheDrugsDayOnAtTheirBoundary() {
        CourseDraft d = draft("gemcitabine-docetaxel-hensley");
        LowCountDraft low = d.care().lowCounts().get(0);
        for (String ok : List.of("0", "+6 to +8", "+28")) {
            CareDrafts care = new CareDrafts(d.care().support(), d.care().checks(),
                    List.of(new LowCountDraft(0, "Docetaxel", ok, List.of(), low.sources())));
            assertTrue(problems(withBsa(d, d.drugs(), care)).isEmpty(), ok);
        }
        for (String bad : List.of("", "−1 to +3", "+29", "+6, +8", "+8 to +6", "day 14")) {
            CareDrafts care = new CareDrafts(d.care().support(), d.care().checks(),
                    List.of(new LowCountDraft(0, "Docetaxel", bad, List.of(), low.sources())));
            assertEquals(List.of(CourseValidator.lowDaysField(0)), problems(withBsa(d, d.drugs(), care)).stream()
                    .map(Problem::field).toList(), bad);
        }
    }

    @Test
    void aCheckOrLowCountWindowMustGoWithADrugStillInThePlan() {
        CourseDraft d = draft("gemcitabine-docetaxel-hensley");
        CareDrafts care = new CareDrafts(d.care().support(),
                List.of(new CheckDraft(0, "Blood count", "Paclitaxel", "0", false, List.of(),
                        d.care().checks().get(0).original())),
                List.of(new LowCountDraft(0, "", "+6 to +8", List.of(), List.of())));
        assertEquals(List.of(CourseValidator.checkDrugField(0), CourseValidator.lowDrugField(0)),
                problems(withBsa(d, d.drugs(), care)).stream().map(Problem::field).toList());
    }

    @Test
    void anOldCheckOnFixedDaysStaysSoUntilGivenDaysAroundADrug() {
        CourseDraft d = draft("gemcitabine-docetaxel-hensley");
        MonitoringPlan original = d.care().checks().get(0).original();
        CareDrafts kept = new CareDrafts(d.care().support(), List.of(new CheckDraft(0, "Old test", "", "", false,
                List.of(7), original)), d.care().lowCounts());
        assertEquals(run(7, 7), dates(valid(withBsa(d, d.drugs(), kept)), EntryKind.MONITORING, 1));
        CareDrafts noDrug = new CareDrafts(d.care().support(), List.of(new CheckDraft(0, "Old test", "", "+1", false,
                List.of(7), original)), d.care().lowCounts());
        assertEquals(List.of(CourseValidator.checkDrugField(0)), problems(withBsa(d, d.drugs(), noDrug)).stream()
                .map(Problem::field).toList(), "days around a drug need the drug");
    }

    @Test
    void theCombinedLms04PhaseTiesItsChecksToTrabectedinAndTheyStayOnTheirDays() {
        Course course = valid(draft("doxorubicin-trabectedin-lms04"));
        Phase phase = course.plan().phases().get(0);
        for (MonitoringPlan check : phase.monitoring()) {
            assertEquals("Trabectedin", check.drug(), check.what());
        }
        assertEquals(List.of(1, 8, 15), phase.checkDays(phase.monitoring().get(1)));
        assertArrayEquals(new int[] {10, 14}, phase.lowCountDays(phase.lowCounts().get(0)).orElseThrow());
        assertArrayEquals(new int[] {8, 21}, phase.lowCountDays(phase.lowCounts().get(1)).orElseThrow());
    }

    @Test
    void mesnaWithEachIfosfamideDoseAndPegfilgrastimOnlyAfterTheLastOne() {
        CourseDraft d = draft("doxorubicin-ifosfamide");
        assertEquals("Ifosfamide", d.care().support().get(0).drug());
        CareDrafts care = replaceSupport(d.care(), 1, withDays(d.care().support().get(1), "+1"));
        Course course = valid(withBsa(d, d.drugs(), care));
        assertEquals(run(1, 4), dates(course, EntryKind.PROTECTIVE, 1), "mesna on every ifosfamide day");
        assertEquals(run(5, 5), dates(course, EntryKind.GROWTH_FACTOR, 1), "ifosfamide days 1–4, then day 5");
    }

    @Test
    void aLineMustGoWithADrugStillInThePlan() {
        CourseDraft d = draft("gemcitabine-docetaxel-hensley");
        SupportDraft dex = d.care().support().get(0);
        CareDrafts care = replaceSupport(d.care(), 0, new SupportDraft(0, dex.kind(), dex.name(), dex.detail(),
                "Paclitaxel", dex.offsetsText(), false, "", false, List.of(), dex.sources()));
        assertEquals(List.of(CourseValidator.supportDrugField(0)),
                problems(withBsa(d, d.drugs(), care)).stream().map(Problem::field).toList());
    }

    @Test
    void daysFromTheDrugAreCheckedAtTheirBoundary() {
        CourseDraft d = draft("gemcitabine-docetaxel-hensley");
        SupportDraft gcsf = d.care().support().get(1);
        assertTrue(problems(withBsa(d, d.drugs(), replaceSupport(d.care(), 1, withDays(gcsf, "+1 to +28"))))
                .isEmpty());
        assertEquals(List.of(CourseValidator.supportDaysField(1)),
                problems(withBsa(d, d.drugs(), replaceSupport(d.care(), 1, withDays(gcsf, "+1 to +29"))))
                        .stream().map(Problem::field).toList());
        assertEquals(List.of(CourseValidator.supportDaysField(1)),
                problems(withBsa(d, d.drugs(), replaceSupport(d.care(), 1, withDays(gcsf, "day nine"))))
                        .stream().map(Problem::field).toList());
    }

    @Test
    void aNamelessLineOrAnUnnamedCheckIsRefusedAtItsField() {
        CourseDraft d = draft("gemcitabine-docetaxel-hensley");
        SupportDraft dex = d.care().support().get(0);
        CareDrafts care = new CareDrafts(List.of(new SupportDraft(0, dex.kind(), " ", "", "Docetaxel", "0", false,
                "", false, List.of(), List.of())), List.of(new CheckDraft(0, "", "Gemcitabine", "0", false, List.of(),
                d.care().checks().get(0).original())), List.of(new LowCountDraft(0, "Docetaxel", "+8 to +6", List.of(),
                List.of())));
        assertEquals(List.of(CourseValidator.supportNameField(0), CourseValidator.checkWhatField(0),
                CourseValidator.lowDaysField(0)), problems(withBsa(d, d.drugs(), care)).stream().map(Problem::field)
                .toList());
    }

    @Test
    void aConfirmedLineKeepsTheStrengthFromThePrescriptionAndSurvivesEditing() {
        CourseDraft d = draft("gemcitabine-docetaxel-hensley");
        SupportDraft dex = d.care().support().get(0);
        CareDrafts care = replaceSupport(d.care(), 0, new SupportDraft(0, dex.kind(), dex.name(), dex.detail(),
                dex.drug(), dex.offsetsText(), false, "4 mg", true, List.of(), dex.sources()));
        Course course = valid(withBsa(d, d.drugs(), care));
        SupportPlan line = course.plan().phases().get(0).support().get(0);
        assertTrue(line.confirmed());
        assertEquals("4 mg", line.shownStrength());
        CourseDraft again = CourseDraft.of(course);
        assertEquals(care.support().get(0), again.care().support().get(0), "the form opens on the saved line");
    }

    @Test
    void anUnconfirmedLineShowsNoStrength() {
        SupportPlan line = new SupportPlan(SupportKind.PREMEDICATION, "Dexamethasone", "", List.of(), "Docetaxel",
                List.of(-1, 0, 1), false, "8 mg", false, List.of());
        assertEquals("", line.shownStrength());
    }

    @Test
    void offsetsReadAsPeopleWriteThem() {
        assertEquals(Optional.of(List.of(-1, 0, 1)), OffsetList.parse("−1 to +1"));
        assertEquals(Optional.of(List.of(-1, 0, 1)), OffsetList.parse("-1, 0, 1"));
        assertEquals(Optional.of(List.of(1, 2, 3)), OffsetList.parse("+1..+3"));
        assertEquals(Optional.of(List.of()), OffsetList.parse(" "));
        assertEquals(Optional.empty(), OffsetList.parse("+3 to +1"));
        assertEquals("−1 to +1", OffsetList.format(List.of(-1, 0, 1)));
        assertEquals("0, +2", OffsetList.format(List.of(0, 2)));
        assertEquals("+1, +2", OffsetList.format(List.of(1, 2)));
    }

    @Test
    void aLineSavedWithFixedDaysIsTiedToTheDrugWhoseDaysItFits() {
        DrugPlan gem = new DrugPlan("Gemcitabine", Dose.of("900", DoseUnit.MG_PER_M2), Route.INTRAVENOUS, "",
                List.of(1, 8), false, "", List.of());
        DrugPlan doc = new DrugPlan("Docetaxel", Dose.of("100", DoseUnit.MG_PER_M2), Route.INTRAVENOUS, "",
                List.of(8), false, "", List.of());
        SupportPlan old = new SupportPlan(SupportKind.PREMEDICATION, "Dexamethasone", "", List.of(7, 8, 9),
                List.of());
        Phase phase = new Phase("Gem + doc", 21, Optional.empty(), "", List.of(gem, doc), List.of(old), null, null);
        assertEquals("Docetaxel", phase.support().get(0).drug());
        assertEquals(List.of(7, 8, 9), phase.supportDays(phase.support().get(0)));
        SupportPlan odd = new SupportPlan(SupportKind.PREMEDICATION, "Other", "", List.of(2, 9), List.of());
        Phase gemOnly = new Phase("Gem", 21, Optional.empty(), "", List.of(gem), List.of(odd), null, null);
        assertFalse(gemOnly.support().get(0).tiedToDrug(), "no drug fits days 2 and 9: they stay as they were");
        Course course = new Course(0, new Regimen("x", "x", List.of(gemOnly), List.of()), START, List.of(1),
                BodySurfaceArea.entered(new BigDecimal("1.8")), "", null);
        assertEquals(List.of(START.plusDays(1), START.plusDays(8)), dates(course, EntryKind.PREMEDICATION, 1));
    }
}
