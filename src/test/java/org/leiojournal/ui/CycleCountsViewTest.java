package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.lab.LabResult;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseDraft;
import org.leiojournal.domain.treatment.CourseValidator;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.Screen;

/** Issue 22: the course calendar shows the counts drawn before a cycle's day 1, under that cycle's heading. */
class CycleCountsViewTest extends ScreenViewTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 1);

    @Override
    Screen screen() {
        return Screen.TREATMENT;
    }

    @Override
    void prepare(JournalStore fresh) {
        super.prepare(fresh); // the mount marks the welcome done (ScreenViewTest.build)
        CourseDraft draft = CourseDraft.fromTemplate(RegimenCatalog.bundled().find("doxorubicin").orElseThrow(), START);
        Course course = new CourseValidator().validate(new CourseDraft(0, draft.template(), draft.name(),
                draft.cycleLengthTexts(), draft.cycleCountTexts(), draft.drugs(), START, false, "1.80", "", "", ""),
                List.of()).value().orElseThrow();
        fresh.courses().save(course);
        fresh.bloodTests().save(new BloodTest(0, START.plusDays(20).atTime(9, 15), "", List.of(
                LabResult.number("neutrophils", "1.6", "10*9/L"), LabResult.number("platelets", "210", "10*9/L"))));
    }

    @Test
    void theCountsTheDayBeforeCycleTwoAreShownAndCycleOneHasNone() {
        calendarBuilt();
        Label counts = calendarCounts(2).orElseThrow(() -> new AssertionError("no counts before cycle 2"));
        assertTrue(counts.getText().startsWith("Counts drawn Sat 21 Nov 2026: Neutrophils 1.6 "), counts.getText());
        assertTrue(counts.getText().contains("Platelets 210 "), counts.getText());
        assertTrue(calendarCounts(1).isEmpty(), "no count was drawn before cycle 1");
    }
}
