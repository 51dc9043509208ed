package org.leiojournal.domain.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.domain.validation.Validated;

/**
 * M9: the dose of daily tablets is the one on the user's prescription label, typed by the user on first use; the
 * app never offers the template's 800 mg as theirs.
 */
class OralDoseConfirmationTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    private static CourseDraft pazopanib(String amount) {
        CourseDraft d = CourseDraft.fromTemplate(RegimenCatalog.bundled().find("pazopanib").orElseThrow(), START);
        DrugDraft tablets = d.drugs().get(0);
        return new CourseDraft(0, d.template(), d.name(), d.cycleLengthTexts(), d.cycleCountTexts(),
                List.of(new DrugDraft(0, tablets.name(), amount, tablets.unit(), tablets.route(), tablets.daysText())),
                START, false, "1.80", "", "", "", d.care());
    }

    private static Course saved(String amount) {
        Validated<Course> v = new CourseValidator().validate(pazopanib(amount), List.of());
        assertTrue(v.problems().isEmpty(), () -> v.problems().toString());
        return v.value().orElseThrow();
    }

    private static DrugPlan tablets(Course course) {
        return course.plan().phases().get(0).drugs().get(0);
    }

    @Test
    void theFormOffersNoDoseForTablets() {
        CourseDraft d = CourseDraft.fromTemplate(RegimenCatalog.bundled().find("pazopanib").orElseThrow(), START);
        assertEquals("", d.drugs().get(0).amountText(), "no 800 mg offered as the user's");
        assertEquals(DoseUnit.MG, d.drugs().get(0).unit());
    }

    @Test
    void aCourseSavedWithoutTheDoseWaitsForTheLabel() {
        Course course = saved("");
        assertTrue(tablets(course).awaitsDoseFromLabel());
        assertEquals(OralDoseConfirmation.tablets(course), java.util.Optional.of(tablets(course)));
        assertEquals("", CourseDraft.of(course).drugs().get(0).amountText(), "editing still offers nothing");
    }

    @Test
    void aDoseTypedInTheFormIsTheUsersOwn() {
        Course course = saved("400");
        assertFalse(tablets(course).awaitsDoseFromLabel());
        assertEquals(Dose.of("400", DoseUnit.MG), tablets(course).dose());
        assertEquals("400", CourseDraft.of(course).drugs().get(0).amountText());
    }

    @Test
    void confirmingOnFirstUseSavesTheLabelDose() {
        Course course = saved("");
        Course confirmed = OralDoseConfirmation.confirm(course, "600").value().orElseThrow();
        assertFalse(tablets(confirmed).awaitsDoseFromLabel());
        assertEquals(Dose.of("600", DoseUnit.MG), tablets(confirmed).dose());
        assertTrue(OralDoseConfirmation.tablets(confirmed).isEmpty(), "asked once only");
        assertEquals(course.start(), confirmed.start());
    }

    @Test
    void aDoseThatIsNotAPositiveNumberWithinTheUnitsLimitIsRefused() {
        Course course = saved("");
        BigDecimal limit = DoseUnit.MG.typingLimit();
        assertTrue(OralDoseConfirmation.confirm(course, limit.toPlainString()).isValid(), "the limit itself");
        for (String bad : List.of("", "0", "-200", "four hundred", limit.add(BigDecimal.ONE).toPlainString())) {
            Validated<Course> v = OralDoseConfirmation.confirm(course, bad);
            assertFalse(v.isValid(), bad);
            assertEquals(OralDoseConfirmation.Field.TABLETS, v.problems().get(0).field());
        }
    }

    /** As the course form says it: above the limit is "more than 5000 mg", three decimals are too many. */
    @Test
    void aDoseTooLargeOrWithThreeDecimalsIsRefusedWithItsReason() {
        Course course = saved("");
        assertTrue(OralDoseConfirmation.confirm(course, "5000").isValid(), "the largest allowed");
        assertTrue(OralDoseConfirmation.confirm(course, "212.25").isValid(), "two decimals");
        for (String tooLarge : List.of("5000.01", "5001", "12345")) {
            assertEquals(List.of(Problem.of(OralDoseConfirmation.Field.TABLETS, "treatment.oral.tooLarge", "5000",
                    "mg")), OralDoseConfirmation.confirm(course, tooLarge).problems(), tooLarge);
        }
        for (String decimals : List.of("212.255", "1.234")) {
            assertEquals(List.of(Problem.of(OralDoseConfirmation.Field.TABLETS, "input.tooManyDecimals", 2)),
                    OralDoseConfirmation.confirm(course, decimals).problems(), decimals);
        }
        assertEquals("treatment.oral.confirmInvalid", OralDoseConfirmation.confirm(course, "0").problems().get(0)
                .messageKey(), "not above 0: the field's own message");
    }

    @Test
    void drugsGivenByTheTeamNeedNoLabelConfirmation() {
        DrugPlan iv = new DrugPlan("Doxorubicin", Dose.of("75", DoseUnit.MG_PER_M2), Route.INTRAVENOUS, "",
                List.of(1), true, "", List.of());
        assertFalse(iv.awaitsDoseFromLabel());
    }
}
