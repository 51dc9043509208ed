package org.leiojournal.ui.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.treatment.CourseDraft;
import org.leiojournal.domain.treatment.CourseValidator;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.ui.common.Messages;

/**
 * The course form after a save with problems: one line beside Save says how many fields need a look and names the
 * first as the form shows it, and follows the user's fixes; removing a drug keeps each other drug's problem under it.
 */
class CourseFormProblemsTest {

    /** Three drugs from scratch: Doxorubicin (dose "abc"), Ifosfamide (fine), Mesna (days "40"); name and BSA fine. */
    private static CourseFormModel threeDrugs() {
        CourseFormModel form = new CourseFormModel(new Messages(Locale.UK));
        form.load(CourseDraft.blank(LocalDate.of(2027, 1, 4)));
        form.nameProperty().set("Dox + ifos");
        form.bsaProperty().set("1.80");
        form.addDrugRow();
        form.addDrugRow();
        List<String[]> rows = List.of(new String[] {"Doxorubicin", "abc", "1"},
                new String[] {"Ifosfamide", "2500", "1, 2, 3"}, new String[] {"Mesna", "500", "40"});
        for (int i = 0; i < rows.size(); i++) {
            form.drugs().get(i).nameProperty().set(rows.get(i)[0]);
            form.drugs().get(i).amountProperty().set(rows.get(i)[1]);
            form.drugs().get(i).daysProperty().set(rows.get(i)[2]);
        }
        return form;
    }

    /** What typing in a drug's field does: the form's view takes that field's mark off as soon as it changes. */
    private static void typed(CourseFormModel form, Runnable typing, FieldId field) {
        typing.run();
        form.errors().remove(field);
    }

    @Test
    void aSaveWithProblemsSaysHowManyAndNamesTheFirstUntilEachIsFixed() {
        CourseFormModel form = threeDrugs();
        assertEquals("", form.problemSummaryProperty().get(), "nothing to say before a save");
        assertTrue(form.validate(List.of()).isEmpty());
        assertEquals("2 fields need a look, first Dose of Doxorubicin. Nothing was saved yet.",
                form.problemSummaryProperty().get());
        typed(form, () -> form.drugs().get(0).amountProperty().set("75"), CourseValidator.drugDoseField(0));
        assertEquals("One field needs a look: Days of Mesna. Nothing was saved yet.",
                form.problemSummaryProperty().get(), "the fixed field drops out and the next is named");
        typed(form, () -> form.drugs().get(2).daysProperty().set("1"), CourseValidator.drugDaysField(2));
        assertEquals("", form.problemSummaryProperty().get(), "all fixed: the line goes");
    }

    @Test
    void aDrugWithoutANameIsNamedByItsNumberAndTheCoursesOwnFieldsByTheirLabels() {
        CourseFormModel form = threeDrugs();
        form.drugs().get(0).nameProperty().set("");
        form.nameProperty().set("");
        form.validate(List.of());
        assertEquals("4 fields need a look, first Name. Nothing was saved yet.", form.problemSummaryProperty().get());
        form.nameProperty().set("Dox + ifos");
        assertEquals("3 fields need a look, first Name of drug 1. Nothing was saved yet.",
                form.problemSummaryProperty().get());
        typed(form, () -> { }, CourseValidator.drugNameField(0));
        assertEquals("2 fields need a look, first Dose of drug 1. Nothing was saved yet.",
                form.problemSummaryProperty().get());
    }

    @Test
    void removingADrugKeepsTheOtherDrugsProblemsUnderTheirOwnRows() {
        CourseFormModel form = threeDrugs();
        form.drugs().get(1).daysProperty().set("99"); // Ifosfamide's days now need a look too
        form.validate(List.of());
        String mesnaDays = form.errors().get(CourseValidator.drugDaysField(2));
        assertEquals(3, form.errors().size(), form.errors().toString());

        form.removeDrugRow(form.drugs().get(1)); // Ifosfamide goes: its problem with it

        assertEquals(List.of("Doxorubicin", "Mesna"), form.drugs().stream().map(d -> d.nameProperty().get()).toList());
        assertEquals(Map.of(CourseValidator.drugDoseField(0), form.errors().get(CourseValidator.drugDoseField(0)),
                CourseValidator.drugDaysField(1), mesnaDays), Map.copyOf(form.errors()),
                "Doxorubicin keeps its dose's problem, Mesna (now the second row) its days'");
        assertEquals("2 fields need a look, first Dose of Doxorubicin. Nothing was saved yet.",
                form.problemSummaryProperty().get());
        form.removeDrugRow(form.drugs().get(0));
        assertEquals(Map.of(CourseValidator.drugDaysField(0), mesnaDays), Map.copyOf(form.errors()));
        assertEquals("One field needs a look: Days of Mesna. Nothing was saved yet.",
                form.problemSummaryProperty().get());
    }
    /**
     * The × of a supportive medicine, a check or a low-count line takes that line out of its list: the lines after
     * it move up one, and each keeps its own problem (they were keyed by row number and slid onto the wrong line).
     */
    @Test
    void removingACareLineKeepsTheOtherLinesProblemsUnderTheirOwnLines() {
        CourseFormModel form = threeDrugs();
        form.drugs().get(0).amountProperty().set("75");
        form.drugs().get(2).daysProperty().set("1");
        CareFormModel care = form.care();
        for (int i = 0; i < 3; i++) {
            care.addSupport(0, "Mesna");
            care.addCheck(0, "Doxorubicin");
            care.addLowCounts(0, "Doxorubicin");
        }
        care.support().get(0).nameProperty().set("Filgrastim");
        care.support().get(1).nameProperty().set("Ondansetron");
        care.support().get(1).offsetsProperty().set("x"); // the second's days and the third's name need a look
        care.checks().get(0).whatProperty().set("ECG");
        care.checks().get(2).whatProperty().set("Echo"); // the second's "what" is empty
        care.lowCounts().forEach(low -> low.daysProperty().set("+6 to +8"));
        care.lowCounts().get(2).daysProperty().set("x"); // the third's days
        form.validate(List.of());
        Map<FieldId, String> before = Map.copyOf(form.errors());
        assertEquals(Map.of(CourseValidator.supportDaysField(1), before.get(CourseValidator.supportDaysField(1)),
                CourseValidator.supportNameField(2), before.get(CourseValidator.supportNameField(2)),
                CourseValidator.checkWhatField(1), before.get(CourseValidator.checkWhatField(1)),
                CourseValidator.lowDaysField(2), before.get(CourseValidator.lowDaysField(2))), before);

        care.support().remove(0); // Filgrastim goes: Ondansetron's days and the unnamed line's name move up with them
        care.checks().remove(1); // the check without a name goes, its problem with it; Echo (fine) moves up
        care.lowCounts().remove(0);

        assertEquals(Map.of(CourseValidator.supportDaysField(0), before.get(CourseValidator.supportDaysField(1)),
                CourseValidator.supportNameField(1), before.get(CourseValidator.supportNameField(2)),
                CourseValidator.lowDaysField(1), before.get(CourseValidator.lowDaysField(2))), Map.copyOf(form.errors()),
                "each problem under its own line, the removed check's gone");
        assertEquals("3 fields need a look, first Supportive medicines. Nothing was saved yet.",
                form.problemSummaryProperty().get(), "the first problem is still named as the form shows it");
    }
}
