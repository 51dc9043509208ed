package org.leiojournal.domain.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.measure.Weight;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.domain.validation.Validated;

/**
 * M15: the weight for a body surface area is typed in the profile's unit. 150 lb (68.04 kg) at 168 cm is
 * √(168 × 68.04 / 3600) = 1.78 m², not the 2.65 m² of reading 150 as kg. Height stays in cm: the profile has no
 * height unit.
 */
class BsaInProfileUnitsTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    private static Validated<Course> validate(String height, String weight, WeightUnit unit) {
        CourseDraft d = CourseDraft.fromTemplate(RegimenCatalog.bundled().find("doxorubicin").orElseThrow(), START);
        CourseDraft typed = new CourseDraft(0, d.template(), d.name(), d.cycleLengthTexts(), d.cycleCountTexts(),
                d.drugs(), START, true, "", height, weight, "", d.care(), unit);
        return new CourseValidator().validate(typed, List.of());
    }

    @Test
    void poundsAreConvertedBeforeMosteller() {
        BodySurfaceArea bsa = validate("168", "150", WeightUnit.POUND).value().orElseThrow().bsa();
        assertEquals(new BigDecimal("1.78"), bsa.squareMetres());
        assertEquals(Optional.of(new BigDecimal("68.04")), bsa.weightKg(), "kept in kg");
    }

    @Test
    void theSameNumberInKilogramsIsAnotherBody() {
        assertEquals(new BigDecimal("2.65"), validate("168", "150", WeightUnit.KILOGRAM).value().orElseThrow().bsa()
                .squareMetres());
    }

    @Test
    void theWeightRangeIsCheckedAndWordedInTheProfilesUnit() {
        assertTrue(validate("168", "44.1", WeightUnit.POUND).isValid(), "44.1 lb = 20.0 kg");
        Validated<Course> light = validate("168", "44", WeightUnit.POUND);
        Problem problem = light.problemFor(CourseValidator.Field.WEIGHT).orElseThrow();
        assertEquals(List.of("44.1", "661.3", "lb"), problem.args());
        assertEquals(List.of("20", "300", "kg"), validate("168", "19.9", WeightUnit.KILOGRAM)
                .problemFor(CourseValidator.Field.WEIGHT).orElseThrow().args());
    }

    @Test
    void aSavedWeightOpensInTheProfilesUnit() {
        Course course = validate("168", "150", WeightUnit.POUND).value().orElseThrow();
        CourseDraft draft = CourseDraft.of(course).inWeightUnit(WeightUnit.POUND);
        assertEquals("150", draft.weightText());
        assertEquals(WeightUnit.POUND, draft.weightUnit());
        assertEquals("68.04", CourseDraft.of(course).weightText(), "in kg it reads as kept");
    }

    @Test
    void tenPercentFromTheLastWeightIsTheBoundaryBothWays() {
        Weight last = new Weight(new BigDecimal("70"), WeightUnit.KILOGRAM);
        assertFalse(WeightChange.moreThanTenPercent(new BigDecimal("77.00"), last), "exactly +10 %");
        assertTrue(WeightChange.moreThanTenPercent(new BigDecimal("77.01"), last));
        assertFalse(WeightChange.moreThanTenPercent(new BigDecimal("63.00"), last), "exactly −10 %");
        assertTrue(WeightChange.moreThanTenPercent(new BigDecimal("62.99"), last));
        assertFalse(WeightChange.moreThanTenPercent(new BigDecimal("70"), last));
    }

    @Test
    void aLastWeightInPoundsIsComparedInKilograms() {
        Weight last = new Weight(new BigDecimal("150"), WeightUnit.POUND); // 68.04 kg: 10 % is 6.80 kg
        assertFalse(WeightChange.moreThanTenPercent(new BigDecimal("74.8"), last));
        assertTrue(WeightChange.moreThanTenPercent(new BigDecimal("74.9"), last));
    }
}
