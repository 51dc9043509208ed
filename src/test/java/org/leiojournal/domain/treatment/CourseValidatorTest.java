package org.leiojournal.domain.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.domain.validation.Validated;

/**
 * The course form: a template as it comes, every field that can be typed wrong, and the rule that one drug is not
 * planned in two courses on the same days. Expected values were worked out by hand.
 */
class CourseValidatorTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);
    private static final CourseValidator VALIDATOR = new CourseValidator();

    private static Regimen template(String id) {
        return RegimenCatalog.bundled().find(id).orElseThrow(() -> new AssertionError("no template " + id));
    }

    private static Regimen hensley() {
        return template("gemcitabine-docetaxel-hensley");
    }

    /** The course form as the user fills it in, starting from a draft. */
    private static final class Form {
        long id;
        Optional<Regimen> template;
        String name;
        List<String> lengths;
        List<String> counts;
        List<DrugDraft> drugs;
        LocalDate start;
        boolean fromHeightAndWeight;
        String bsa;
        String height;
        String weight;
        String note;

        Form(CourseDraft d) {
            id = d.id();
            template = d.template();
            name = d.name();
            lengths = new ArrayList<>(d.cycleLengthTexts());
            counts = new ArrayList<>(d.cycleCountTexts());
            drugs = new ArrayList<>(d.drugs());
            start = d.start();
            fromHeightAndWeight = d.bsaFromHeightAndWeight();
            bsa = d.bsaText();
            height = d.heightCmText();
            weight = d.weightText();
            note = d.note();
        }

        Form bsa(String text) {
            fromHeightAndWeight = false;
            bsa = text;
            return this;
        }

        Form heightAndWeight(String cm, String kg) {
            fromHeightAndWeight = true;
            height = cm;
            weight = kg;
            return this;
        }

        Form amount(int row, String text) {
            DrugDraft d = drugs.get(row);
            drugs.set(row, new DrugDraft(d.phase(), d.name(), text, d.unit(), d.route(), d.daysText()));
            return this;
        }

        Form days(int row, String text) {
            DrugDraft d = drugs.get(row);
            drugs.set(row, new DrugDraft(d.phase(), d.name(), d.amountText(), d.unit(), d.route(), text));
            return this;
        }

        Form drug(int row, DrugDraft drug) {
            drugs.set(row, drug);
            return this;
        }

        Form start(LocalDate date) {
            start = date;
            return this;
        }

        Form name(String text) {
            name = text;
            return this;
        }

        Form cycles(int phase, String text) {
            counts.set(phase, text);
            return this;
        }

        Form cycleLength(int phase, String text) {
            lengths.set(phase, text);
            return this;
        }

        CourseDraft draft() {
            return new CourseDraft(id, template, name, lengths, counts, drugs, start, fromHeightAndWeight, bsa, height,
                    weight, note);
        }

        Validated<Course> validate(List<Course> others) {
            return VALIDATOR.validate(draft(), others);
        }

        Validated<Course> validate() {
            return validate(List.of());
        }

        Course valid(List<Course> others) {
            Validated<Course> result = validate(others);
            return result.value().orElseThrow(() -> new AssertionError("refused: " + result.problems()));
        }

        Course valid() {
            return valid(List.of());
        }
    }

    /** Gemcitabine + docetaxel from its template, with the body surface area from the team's sheet. */
    /** Six cycles typed in: the sources give no number for Hensley, so the form starts empty (m9). */
    private static Form gemDoc(LocalDate start) {
        Form form = new Form(CourseDraft.fromTemplate(hensley(), start)).bsa("1.80");
        form.counts.set(0, "6");
        return form;
    }

    private static Form fromTemplate(String id, LocalDate start) {
        return new Form(CourseDraft.fromTemplate(template(id), start)).bsa("1.80");
    }

    /** A plan built from scratch with one drug given on day 1 of 21-day cycles. */
    private static Form custom(String name, String drug, String amount, DoseUnit unit) {
        return new Form(CourseDraft.blank(START)).name(name).bsa("1.80")
                .drug(0, new DrugDraft(0, drug, amount, unit, Route.INTRAVENOUS, "1"));
    }

    private static void assertProblem(Validated<Course> result, FieldId field, String key, Object... args) {
        assertFalse(result.isValid(), "should be refused");
        Problem problem = result.problemFor(field)
                .orElseThrow(() -> new AssertionError("nothing said at " + field + ": " + result.problems()));
        assertEquals(key, problem.messageKey(), field.toString());
        assertEquals(List.of(args), problem.args(), field.toString());
    }

    private static void assertOnlyProblem(Validated<Course> result, FieldId field, String key, Object... args) {
        assertProblem(result, field, key, args);
        assertEquals(1, result.problems().size(), () -> "only " + field + ": " + result.problems());
    }

    // ---- a template as it comes ----

    @Test
    void aTemplateDraftBecomesACourseWithTheTemplatesPlan() {
        Regimen template = hensley();
        Course course = new Form(CourseDraft.fromTemplate(hensley(), START)).bsa("1.80").valid();

        assertEquals(0, course.id(), "not saved yet");
        assertEquals(START, course.start());
        assertEquals(BodySurfaceArea.entered(new BigDecimal("1.80")), course.bsa());
        assertFalse(course.bsa().computed());
        assertEquals(List.of(Course.UNTIL_STOPPED), course.plannedCycles(),
                "the sources give no usual number of cycles, so it runs until the team stops it (m9)");
        assertEquals(CourseHistory.EMPTY, course.history());

        Regimen plan = course.plan();
        assertEquals("Gemcitabine + docetaxel", plan.name(), "the phase name, not \"(Hensley doses)\"");
        assertEquals(template.id(), plan.id());
        assertEquals(template.cautions(), plan.cautions());
        assertEquals(1, plan.phases().size());
        Phase phase = plan.phases().get(0);
        Phase original = template.phases().get(0);
        assertEquals(original.support(), phase.support(), "dexamethasone d7–9 and G-CSF d9–15 kept");
        assertEquals(List.of("Dexamethasone", "G-CSF"), phase.support().stream().map(SupportPlan::name).toList());
        assertEquals(original.monitoring(), phase.monitoring(), "blood count before gemcitabine kept");
        assertEquals(original.lowCounts(), phase.lowCounts());
        assertEquals(List.of(LowCountWindow.after("Docetaxel", 6, 8, original.lowCounts().get(0).sources())),
                phase.lowCounts(), "the low-count window after docetaxel, days 14–16");
        assertEquals(original.lengthNote(), phase.lengthNote());

        DrugPlan gemcitabine = phase.drugs().get(0);
        assertEquals("Gemcitabine", gemcitabine.drug());
        assertEquals(Dose.of("900", DoseUnit.MG_PER_M2), gemcitabine.dose());
        assertEquals(List.of(1, 8), gemcitabine.days());
        assertEquals("over 90 minutes", gemcitabine.infusion());
        assertFalse(gemcitabine.anthracycline());
        assertEquals(original.drugs().get(0).sources(), gemcitabine.sources());
        assertFalse(gemcitabine.sources().isEmpty());
        DrugPlan docetaxel = phase.drugs().get(1);
        assertEquals(Dose.of("100", DoseUnit.MG_PER_M2), docetaxel.dose());
        assertEquals(List.of(8), docetaxel.days());
        assertEquals(original.drugs().get(1).sources(), docetaxel.sources());

        assertEquals(original, phase, "a template typed back unchanged is the template's plan");
    }

    @Test
    void aTwoPhaseTemplateKeepsItsPhasesAndCycleCounts() {
        Course course = fromTemplate("doxorubicin-trabectedin-lms04", START).valid();
        assertEquals("Doxorubicin + trabectedin, then trabectedin (LMS-04)", course.plan().name());
        assertEquals(List.of("Doxorubicin + trabectedin", "Trabectedin maintenance"),
                course.plan().phases().stream().map(Phase::name).toList());
        // Review finding M5: up to 17 maintenance cycles after the 6 combined ones.
        assertEquals(List.of(6, 17), course.plannedCycles());
        assertTrue(course.plan().phases().get(0).drugs().get(0).anthracycline(), "doxorubicin is counted");
        assertEquals(template("doxorubicin-trabectedin-lms04").phases(), course.plan().phases());
    }

    @Test
    void heightAndWeightGiveTheMostellerSurface() {
        // √(170 × 70 / 3600) = √3.3056 = 1.8181… → 1.82 m²
        Course course = gemDoc(START).heightAndWeight("170", "70").valid();
        assertEquals(new BigDecimal("1.82"), course.bsa().squareMetres());
        assertTrue(course.bsa().computed());
        assertEquals(Optional.of(new BigDecimal("170")), course.bsa().heightCm());
        assertEquals(Optional.of(new BigDecimal("70")), course.bsa().weightKg());
    }

    // ---- doses ----

    @ParameterizedTest(name = "dose \"{0}\" is not a dose")
    @ValueSource(strings = {"0", "0.00", "-75", "", "   ", "abc", "75mg", "7.5.0", "1e3"})
    void aDoseThatIsNotAPositiveNumberIsRefusedAtItsRow(String amount) {
        assertOnlyProblem(gemDoc(START).amount(1, amount).validate(), CourseValidator.drugDoseField(1),
                "treatment.dose.invalid", "mg/m²");
    }

    @Test
    void aDoseAboveTheUnitsTypingLimitIsTooLarge() {
        // 6000 mg/m² is a slip: the mg/m² field stops at 5000
        assertOnlyProblem(gemDoc(START).amount(0, "6000").validate(), CourseValidator.drugDoseField(0),
                "treatment.dose.tooLarge", "5000", "mg/m²");
        assertOnlyProblem(gemDoc(START).amount(0, "5000.01").validate(), CourseValidator.drugDoseField(0),
                "treatment.dose.tooLarge", "5000", "mg/m²");
        assertTrue(gemDoc(START).amount(0, "5000").validate().isValid(), "the limit itself is accepted");
    }

    @ParameterizedTest(name = "dose \"{0}\" is too large, not \"no number\"")
    @ValueSource(strings = {"10000", "12345", "99999999"})
    void aDoseTooLongToReadIsToldTooLarge(String amount) {
        assertOnlyProblem(gemDoc(START).amount(0, amount).validate(), CourseValidator.drugDoseField(0),
                "treatment.dose.tooLarge", "5000", "mg/m²");
    }

    @Test
    void aDoseWithTooManyDecimalsIsToldHowManyAreAllowed() {
        assertOnlyProblem(gemDoc(START).amount(0, "1.234").validate(), CourseValidator.drugDoseField(0),
                "input.tooManyDecimals", 2);
        assertTrue(gemDoc(START).amount(0, "1.23").validate().isValid(), "two decimals are read");
    }

    @Test
    void gramsPerSquareMetreHaveTheirOwnLimit() {
        // ifosfamide typed as 25 g/m² a day: the g/m² field stops at 20
        DrugDraft ifosfamide = new DrugDraft(0, "Ifosfamide", "25", DoseUnit.G_PER_M2, Route.INTRAVENOUS, "1-4");
        assertOnlyProblem(custom("Ifosfamide", "x", "1", DoseUnit.MG).drug(0, ifosfamide).validate(),
                CourseValidator.drugDoseField(0), "treatment.dose.tooLarge", "20", "g/m²");
        DrugDraft usual = new DrugDraft(0, "Ifosfamide", "2.5", DoseUnit.G_PER_M2, Route.INTRAVENOUS, "1-4");
        Course course = custom("Ifosfamide", "x", "1", DoseUnit.MG).drug(0, usual).valid();
        assertEquals(Dose.of("2.5", DoseUnit.G_PER_M2), course.plan().phases().get(0).drugs().get(0).dose());
        assertEquals(List.of(1, 2, 3, 4), course.plan().phases().get(0).drugs().get(0).days());
    }

    @Test
    void aChangedDoseIsKeptExactlyAsTyped() {
        // the GeDDiS doses typed over the Hensley ones; 67,5 with a decimal comma
        Course course = gemDoc(START).amount(0, "675").amount(1, "67,5").valid();
        assertEquals(Dose.of("675", DoseUnit.MG_PER_M2), course.plan().phases().get(0).drugs().get(0).dose());
        assertEquals(Dose.of("67.5", DoseUnit.MG_PER_M2), course.plan().phases().get(0).drugs().get(1).dose());
        assertEquals("over 90 minutes", course.plan().phases().get(0).drugs().get(0).infusion(),
                "what the template said about the drug stays with the changed dose");
    }

    @Test
    void problemsInTheSecondPhaseAreReportedAtTheirOwnRow() {
        // LMS-04 rows: 0 doxorubicin, 1 trabectedin (phase 1), 2 trabectedin maintenance (phase 2)
        Validated<Course> result = fromTemplate("doxorubicin-trabectedin-lms04", START).amount(2, "0")
                .cycles(1, "0").validate();
        assertProblem(result, CourseValidator.drugDoseField(2), "treatment.dose.invalid", "mg/m²");
        assertProblem(result, CourseValidator.cycleCountField(1), "treatment.cycles.invalid", 1, 99);
        assertEquals(2, result.problems().size(), () -> result.problems().toString());
    }

    // ---- body surface area ----

    @ParameterizedTest(name = "BSA \"{0}\" is refused")
    @ValueSource(strings = {"0.49", "3.01", "abc", "", "0", "180", "-1.8"})
    void aBodySurfaceOutside05To30IsRefused(String text) {
        assertOnlyProblem(gemDoc(START).bsa(text).validate(), CourseValidator.Field.BSA, "treatment.bsa.invalid",
                "0.5", "3.0");
    }

    @ParameterizedTest(name = "BSA \"{0}\" is accepted")
    @ValueSource(strings = {"0.5", "3.0", "1.80", "1,80"})
    void aBodySurfaceFrom05To30IsAccepted(String text) {
        Course course = gemDoc(START).bsa(text).valid();
        assertEquals(0, new BigDecimal(text.replace(',', '.')).compareTo(course.bsa().squareMetres()));
    }

    @ParameterizedTest(name = "height {0} cm is refused")
    @ValueSource(strings = {"99", "251", "99.99", "", "tall"})
    void aHeightOutside100To250CmIsRefused(String cm) {
        assertOnlyProblem(gemDoc(START).heightAndWeight(cm, "70").validate(), CourseValidator.Field.HEIGHT,
                "treatment.height.invalid", "100", "250");
    }

    @ParameterizedTest(name = "weight {0} kg is refused")
    @ValueSource(strings = {"19", "301", "19.99", ""})
    void aWeightOutside20To300KgIsRefused(String kg) {
        assertOnlyProblem(gemDoc(START).heightAndWeight("170", kg).validate(), CourseValidator.Field.WEIGHT,
                "treatment.weight.invalid", "20", "300", "kg");
    }

    @Test
    void theEdgesOfHeightAndWeightAreAccepted() {
        // √(100 × 20 / 3600) = √0.5556 = 0.745… → 0.75 m²
        assertEquals(new BigDecimal("0.75"), gemDoc(START).heightAndWeight("100", "20").valid().bsa().squareMetres());
        // √(250 × 70 / 3600) = √4.8611 = 2.2048… → 2.20 m²
        assertEquals(new BigDecimal("2.20"), gemDoc(START).heightAndWeight("250", "70").valid().bsa().squareMetres());
        // √(100 × 300 / 3600) = √8.3333 = 2.8867… → 2.89 m²
        assertEquals(new BigDecimal("2.89"), gemDoc(START).heightAndWeight("100", "300").valid().bsa().squareMetres());
    }

    @Test
    void aMostellerResultAbove30IsRefusedWithTheValue() {
        // √(250 × 300 / 3600) = √20.833 = 4.564… → 4.56 m²
        assertOnlyProblem(gemDoc(START).heightAndWeight("250", "300").validate(), CourseValidator.Field.BSA,
                "treatment.bsa.computedOutOfRange", "4.56", "0.5", "3.0");
    }

    @Test
    void badHeightAndWeightAreBothReported() {
        Validated<Course> result = gemDoc(START).heightAndWeight("99", "301").validate();
        assertProblem(result, CourseValidator.Field.HEIGHT, "treatment.height.invalid", "100", "250");
        assertProblem(result, CourseValidator.Field.WEIGHT, "treatment.weight.invalid", "20", "300", "kg");
        assertTrue(result.problemFor(CourseValidator.Field.BSA).isEmpty(), "no surface is worked out from them");
    }

    // ---- days and cycles ----

    @ParameterizedTest(name = "days \"{0}\" are refused")
    @ValueSource(strings = {"22", "1, 22", "1-", "0", "", "8-1", "day 8"})
    void daysOutsideTheCycleOrMalformedAreRefused(String days) {
        assertOnlyProblem(gemDoc(START).days(1, days).validate(), CourseValidator.drugDaysField(1),
                "treatment.days.invalid", 21);
    }

    @Test
    void daysAreReadAsWrittenOnTheSheet() {
        Course course = gemDoc(START).days(0, "1–3, 8").days(1, "21").valid();
        assertEquals(List.of(1, 2, 3, 8), course.plan().phases().get(0).drugs().get(0).days());
        assertEquals(List.of(21), course.plan().phases().get(0).drugs().get(1).days(), "the last day of the cycle");
    }

    @ParameterizedTest(name = "cycles \"{0}\" are refused")
    @ValueSource(strings = {"0", "100", "six", "-1"}) // empty means until the team stops it (UntilStoppedTest)
    void aCycleCountOutside1To99IsRefused(String cycles) {
        assertOnlyProblem(gemDoc(START).cycles(0, cycles).validate(), CourseValidator.cycleCountField(0),
                "treatment.cycles.invalid", 1, 99);
    }

    @Test
    void cycleCountsAtTheEdgesAreAccepted() {
        assertEquals(List.of(1), gemDoc(START).cycles(0, "1").valid().plannedCycles());
        assertEquals(List.of(99), gemDoc(START).cycles(0, "99").valid().plannedCycles());
        assertEquals(List.of(8), gemDoc(START).cycles(0, " 8 ").valid().plannedCycles(), "the UK trial's maximum");
    }

    @Test
    void aCycleLengthOfZeroIsRefused() {
        assertProblem(gemDoc(START).cycleLength(0, "0").validate(), CourseValidator.cycleLengthField(0),
                "treatment.cycleLength.invalid", 1, 99);
        assertProblem(gemDoc(START).cycleLength(0, "100").validate(), CourseValidator.cycleLengthField(0),
                "treatment.cycleLength.invalid", 1, 99);
    }

    @Test
    void aLongerCycleAllowsLaterDays() {
        // gemcitabine alone in TAXOGEM: days 1, 8, 15 of 28
        Course course = gemDoc(START).cycleLength(0, "28").days(0, "1, 8, 15").days(1, "22").valid();
        assertEquals(28, course.plan().phases().get(0).cycleLengthDays());
        assertEquals(List.of(22), course.plan().phases().get(0).drugs().get(1).days());
    }

    // ---- start, name, drug name ----

    @Test
    void aCourseNeedsAStartDate() {
        assertOnlyProblem(gemDoc(null).validate(), CourseValidator.Field.START, "treatment.start.required");
    }

    @ParameterizedTest(name = "name \"{0}\" is blank")
    @ValueSource(strings = {"", "   "})
    void aCourseNeedsAName(String name) {
        assertOnlyProblem(gemDoc(START).name(name).validate(), CourseValidator.Field.NAME, "treatment.name.required");
    }

    @Test
    void theNameIsStoredWithoutSurroundingSpaces() {
        assertEquals("Gem/doc, 2nd line", gemDoc(START).name("  Gem/doc, 2nd line ").valid().plan().name());
    }

    @Test
    void aPlanFromScratchNeedsADrugName() {
        assertOnlyProblem(custom("My plan", "", "75", DoseUnit.MG_PER_M2).validate(),
                CourseValidator.drugNameField(0), "treatment.drug.nameRequired");
        assertOnlyProblem(custom("My plan", "   ", "75", DoseUnit.MG_PER_M2).validate(),
                CourseValidator.drugNameField(0), "treatment.drug.nameRequired");
    }

    @Test
    void anUntouchedBlankFormSaysWhatIsMissing() {
        Validated<Course> result = VALIDATOR.validate(CourseDraft.blank(START), List.of());
        assertProblem(result, CourseValidator.Field.NAME, "treatment.name.required");
        assertProblem(result, CourseValidator.drugNameField(0), "treatment.drug.nameRequired");
        assertProblem(result, CourseValidator.drugDoseField(0), "treatment.dose.invalid", "mg/m²");
        assertProblem(result, CourseValidator.Field.BSA, "treatment.bsa.invalid", "0.5", "3.0");
        assertEquals(4, result.problems().size(), () -> result.problems().toString());
    }

    // ---- plans from scratch ----

    @ParameterizedTest(name = "{0} is an anthracycline")
    @ValueSource(strings = {"Doxorubicin", "doxorubicin", "DOXORUBICIN", "Adriamycin", "adriamycin"})
    void doxorubicinByAnyNameIsCounted(String drug) {
        Course course = custom("Doxorubicin from our sheet", drug, "75", DoseUnit.MG_PER_M2).valid();
        DrugPlan plan = course.plan().phases().get(0).drugs().get(0);
        assertEquals(drug, plan.drug());
        assertTrue(plan.anthracycline());
    }

    @ParameterizedTest(name = "{0} is not an anthracycline")
    @ValueSource(strings = {"Gemcitabine", "Trabectedin", "Docetaxel"})
    void otherDrugsAreNotCounted(String drug) {
        Course course = custom("Plan", drug, "900", DoseUnit.MG_PER_M2).valid();
        assertFalse(course.plan().phases().get(0).drugs().get(0).anthracycline());
    }

    @Test
    void aPlanFromScratchIsACustomRegimenWithoutTemplateExtras() {
        Course course = custom("Our own plan", "Gemcitabine", "1000", DoseUnit.MG_PER_M2).days(0, "1, 8, 15")
                .cycleLength(0, "28").valid();
        Regimen plan = course.plan();
        assertEquals("custom", plan.id());
        assertEquals("Our own plan", plan.name());
        assertEquals("Our own plan", plan.phases().get(0).name());
        assertEquals(28, plan.phases().get(0).cycleLengthDays());
        assertEquals(List.of(Course.UNTIL_STOPPED), course.plannedCycles());
        assertTrue(plan.phases().get(0).support().isEmpty());
        assertTrue(plan.phases().get(0).monitoring().isEmpty());
        assertTrue(plan.phases().get(0).lowCounts().isEmpty());
        assertTrue(plan.phases().get(0).drugs().get(0).sources().isEmpty(), "no source claimed for the user's plan");
    }

    // ---- overlapping courses ----

    /** Gem/doc from 4 Jan 2027, six 21-day cycles: 6 × 21 = 126 days, 4 Jan + 125 days = 9 May 2027. */
    private static Course savedGemDoc(long id) {
        Course course = gemDoc(START).valid().withId(id);
        assertEquals(Optional.of(LocalDate.of(2027, 5, 9)), course.calendar().lastDay());
        return course;
    }

    @Test
    void theSameDrugOnOverlappingDatesIsRefused() {
        Course first = savedGemDoc(1);
        Validated<Course> result = gemDoc(LocalDate.of(2027, 2, 1)).validate(List.of(first));
        assertEquals(List.of(Problem.of(CourseValidator.Field.START, "treatment.overlap", "Gemcitabine + docetaxel", START,
                "Gemcitabine")), result.problems());
    }

    @Test
    void theSameDrugIsComparedWithoutRegardToCase() {
        Course first = savedGemDoc(1);
        Validated<Course> result = custom("Gemcitabine alone", "GEMCITABINE", "1000", DoseUnit.MG_PER_M2)
                .start(LocalDate.of(2027, 3, 1)).validate(List.of(first));
        assertOnlyProblem(result, CourseValidator.Field.START, "treatment.overlap", "Gemcitabine + docetaxel", START,
                "GEMCITABINE");
    }

    @Test
    void startingOnTheLastDayOfTheOtherCourseOverlapsButTheDayAfterDoesNot() {
        Course first = savedGemDoc(1);
        assertProblem(gemDoc(LocalDate.of(2027, 5, 9)).validate(List.of(first)), CourseValidator.Field.START,
                "treatment.overlap", "Gemcitabine + docetaxel", START, "Gemcitabine");
        assertTrue(gemDoc(LocalDate.of(2027, 5, 10)).validate(List.of(first)).isValid());
    }

    @Test
    void aCourseEndingTheDayBeforeTheOtherStartsDoesNotOverlap() {
        Course later = gemDoc(LocalDate.of(2027, 5, 10)).valid().withId(2);
        // 4 Jan 2027 to 9 May 2027 ends the day before
        assertTrue(gemDoc(START).validate(List.of(later)).isValid());
        // a day later, 5 Jan to 10 May, runs into it
        assertProblem(gemDoc(START.plusDays(1)).validate(List.of(later)), CourseValidator.Field.START,
                "treatment.overlap", "Gemcitabine + docetaxel", LocalDate.of(2027, 5, 10), "Gemcitabine");
    }

    @Test
    void aDifferentDrugOnTheSameDatesIsAccepted() {
        Course first = savedGemDoc(1);
        assertTrue(fromTemplate("doxorubicin", START).validate(List.of(first)).isValid());
        assertTrue(fromTemplate("pazopanib", LocalDate.of(2027, 2, 1)).validate(List.of(first)).isValid());
    }

    @Test
    void editingASavedCourseDoesNotCollideWithItself() {
        Course saved = savedGemDoc(7);
        Form edit = new Form(CourseDraft.of(saved)).start(START.plusDays(7)).amount(1, "75");
        Course edited = edit.valid(List.of(saved));
        assertEquals(7, edited.id());
        assertEquals(START.plusDays(7), edited.start());
        assertEquals(Dose.of("75", DoseUnit.MG_PER_M2), edited.plan().phases().get(0).drugs().get(1).dose());
    }

    @Test
    void editingASavedCourseKeepsItsHistory() {
        CourseHistory history = new CourseHistory(List.of(new Delay(2, 1, LocalDate.of(2027, 2, 1), "low counts")),
                List.of(new DoseRecord(1, 1, "Gemcitabine", DoseOutcome.GIVEN, Optional.empty(), "")),
                Optional.empty());
        Course saved = savedGemDoc(7).withHistory(history);
        Course edited = new Form(CourseDraft.of(saved)).cycles(0, "4").valid(List.of(saved));
        assertEquals(history, edited.history());
        assertEquals(List.of(4), edited.plannedCycles());
    }

    @Test
    void editingACourseIntoAnotherOfTheSameDrugIsRefused() {
        Course first = savedGemDoc(1);
        Course second = gemDoc(LocalDate.of(2027, 6, 1)).valid(List.of(first)).withId(2);
        Form edit = new Form(CourseDraft.of(first)).start(LocalDate.of(2027, 2, 15));
        // 15 Feb 2027 + 125 days = 20 Jun 2027, past the second course's start on 1 Jun
        assertOnlyProblem(edit.validate(List.of(first, second)), CourseValidator.Field.START, "treatment.overlap",
                "Gemcitabine + docetaxel", LocalDate.of(2027, 6, 1), "Gemcitabine");
    }

    @Test
    void aStoppedCourseEndsAtItsStopDate() {
        Course stopped = savedGemDoc(1).withHistory(new CourseHistory(List.of(), List.of(),
                Optional.of(new CourseStop(LocalDate.of(2027, 2, 10), "side effects"))));
        assertTrue(gemDoc(LocalDate.of(2027, 2, 11)).validate(List.of(stopped)).isValid(),
                "the day after the stop is free, though cycle 2 had planned to run to 14 Feb");
        assertProblem(gemDoc(LocalDate.of(2027, 2, 10)).validate(List.of(stopped)), CourseValidator.Field.START,
                "treatment.overlap", "Gemcitabine + docetaxel", START, "Gemcitabine");
    }

    @Test
    void aContinuousCourseWithoutStopIsOpenEnded() {
        Course pazopanib = fromTemplate("pazopanib", START).valid().withId(1);
        assertEquals(List.of(0), pazopanib.plannedCycles());
        assertTrue(pazopanib.calendar().lastDay().isEmpty());
        assertOnlyProblem(fromTemplate("pazopanib", LocalDate.of(2030, 1, 1)).validate(List.of(pazopanib)),
                CourseValidator.Field.START, "treatment.overlap", "Pazopanib", START, "Pazopanib");
        Course stopped = pazopanib.withHistory(new CourseHistory(List.of(), List.of(),
                Optional.of(new CourseStop(LocalDate.of(2027, 3, 1), "progression"))));
        assertTrue(fromTemplate("pazopanib", LocalDate.of(2027, 3, 2)).validate(List.of(stopped)).isValid());
        assertFalse(fromTemplate("pazopanib", LocalDate.of(2027, 3, 1)).validate(List.of(stopped)).isValid());
    }

    @Test
    void aCourseEndingBeforeAnOpenEndedOneStartsDoesNotOverlap() {
        Course pazopanib = fromTemplate("pazopanib", LocalDate.of(2027, 6, 1)).valid().withId(1);
        Course earlier = custom("Pazopanib trial", "Pazopanib", "800", DoseUnit.MG).start(START).cycles(0, "1")
                .valid(List.of(pazopanib));
        // one 21-day cycle from 4 Jan 2027 ends on 24 Jan 2027, long before 1 Jun
        assertEquals(Optional.of(LocalDate.of(2027, 1, 24)), earlier.calendar().lastDay());
    }
}
