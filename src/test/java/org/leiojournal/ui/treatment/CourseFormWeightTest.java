package org.leiojournal.ui.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.measure.Weight;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.treatment.CourseDraft;
import org.leiojournal.ui.common.Messages;

/**
 * M15 in the course form: the working shows a weight in pounds converted to kg, and a weight more than 10 % away
 * from the journal's last recorded weight, either way, says the dose may need recalculating.
 */
class CourseFormWeightTest {

    private static final String DIFFERS = "This weight is more than 10 % different from the last weight in your "
            + "journal (70 kg). Your dose may need recalculating — check with your team.";

    private static CourseFormModel form(WeightUnit unit, Optional<Weight> last) {
        CourseFormModel form = new CourseFormModel(new Messages(Locale.UK));
        form.lastWeightFrom(() -> last);
        form.load(CourseDraft.fromTemplate(RegimenCatalog.bundled().find("doxorubicin").orElseThrow(),
                LocalDate.of(2027, 1, 4)).inWeightUnit(unit));
        form.fromHeightAndWeightProperty().set(true);
        form.heightProperty().set("168");
        return form;
    }

    @Test
    void poundsShowTheirKilogramsInTheWorking() {
        CourseFormModel form = form(WeightUnit.POUND, Optional.empty());
        form.weightProperty().set("150");
        assertEquals("150 lb = 68.04 kg; √(168 cm × 68.04 kg ÷ 3600) = 1.78 m²", form.workingProperty().get());
        assertEquals(WeightUnit.POUND, form.toDraft().weightUnit());
    }

    @Test
    void aWeightMoreThanTenPercentAwayFromTheLastOneIsFlaggedBothWays() {
        CourseFormModel form = form(WeightUnit.KILOGRAM, Optional.of(new Weight(new BigDecimal("70"),
                WeightUnit.KILOGRAM)));
        form.weightProperty().set("77");
        assertEquals("", form.weightWarningProperty().get(), "exactly 10 % heavier");
        form.weightProperty().set("77.1");
        assertEquals(DIFFERS, form.weightWarningProperty().get());
        form.weightProperty().set("63");
        assertEquals("", form.weightWarningProperty().get(), "exactly 10 % lighter");
        form.weightProperty().set("62.9");
        assertEquals(DIFFERS, form.weightWarningProperty().get());
        form.fromHeightAndWeightProperty().set(false);
        assertEquals("", form.weightWarningProperty().get(), "no warning when the sheet's area is typed");
    }

    @Test
    void noLastWeightNoWarning() {
        CourseFormModel form = form(WeightUnit.KILOGRAM, Optional.empty());
        form.weightProperty().set("120");
        assertEquals("", form.weightWarningProperty().get());
    }
}
