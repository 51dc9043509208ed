package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.treatment.BodySurfaceArea;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseHistory;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.Screen;

/** Daily pazopanib: Today names the day, ticks today's dose with its food instruction, and counts missed days. */
class OralTreatmentViewTest extends ScreenViewTest {

    private long courseId;

    @Override
    Screen screen() {
        return Screen.TODAY;
    }

    @Override
    void prepare(JournalStore fresh) {
        super.prepare(fresh);
        fresh.profile().save(new Profile("Ana", Profile.NEW.usualRecorder(), Profile.NEW.temperatureUnit(),
                Profile.NEW.weightUnit(), Profile.DEFAULT_THRESHOLD_CELSIUS, true));
        Course course = fresh.courses().save(new Course(0,
                RegimenCatalog.bundled().find("pazopanib").orElseThrow(), LocalDate.of(2026, 11, 12), List.of(0),
                BodySurfaceArea.entered(new BigDecimal("1.70")), "", CourseHistory.EMPTY));
        courseId = course.id();
        // taken on 12–21 Nov except 15 and 18 Nov: 8 of the 10 days before today
        for (int day = 12; day <= 21; day++) {
            if (day != 15 && day != 18) {
                fresh.courses().markOralDoseTaken(courseId, LocalDate.of(2026, 11, day),
                        ZonedDateTime.of(2026, 11, day, 7, 0, 0, 0, CLOCK.getZone()));
            }
        }
    }

    @Test
    void todayTicksTheDailyDoseAndShowsMissedDays() {
        assertEquals("Pazopanib (tablets every day) — day 11", label("#today-position-" + courseId));
        assertTrue(label("#today-oral-note-" + courseId).contains("without food"), label("#today-oral-note-" + courseId));
        assertEquals("2 of 10 days have no dose recorded.", label("#today-oral-missed-" + courseId));
        CheckBox taken = lookup("#today-oral-" + courseId).queryAs(CheckBox.class);
        assertFalse(taken.isSelected());

        clickOn(taken);
        assertTrue(store.courses().oralDosesTaken(courseId).contains(LocalDate.of(2026, 11, 22)));

        visit(Screen.TREATMENT);
        assertEquals("Taken on 8 of 10 days up to yesterday.", label("#oral-adherence"));
        assertTrue(label("#oral-missed").contains("Sun 15 Nov 2026") && label("#oral-missed").contains("Wed 18 Nov 2026"),
                label("#oral-missed"));
        assertTrue(lookup("#oral-taken-detail").queryAs(CheckBox.class).isSelected(), "the same record on both screens");
    }

    @Test
    void theDoseIsConfirmedFromTheLabelOnFirstUseAndNeverSuggested() {
        CheckBox taken = lookup("#today-oral-" + courseId).queryAs(CheckBox.class);
        assertEquals("Pazopanib taken today", taken.getText(), "no 800 mg shown as the user's");
        assertTrue(label("#today-oral-dose-" + courseId + "-prompt").contains("Confirm your dose from your "
                + "prescription label"));
        javafx.scene.control.TextField field = lookup("#today-oral-dose-" + courseId)
                .queryAs(javafx.scene.control.TextField.class);
        assertEquals("", field.getText(), "the field offers no dose");
        visit(Screen.TREATMENT);
        assertTrue(textOf("#course-doses").contains("Pazopanib: confirm your dose from your prescription label"),
                textOf("#course-doses"));
        assertFalse(textOf("#course-doses").contains("800"), textOf("#course-doses"));

        clickOn(reveal("#oral-dose-detail")).write("0"); // below the plan's sources, as a user scrolls to it
        clickOn(reveal("#oral-dose-detail-confirm"));
        assertTrue(lookup("#oral-dose-detail-error").queryAs(Label.class).isVisible());
        assertTrue(store.courses().find(courseId).orElseThrow().plan().phases().get(0).drugs().get(0)
                .awaitsDoseFromLabel(), "nothing saved");

        visit(Screen.TODAY);
        clickOn("#today-oral-dose-" + courseId).write("400");
        clickOn("#today-oral-dose-" + courseId + "-confirm");
        assertEquals("Pazopanib 400 mg taken today", lookup("#today-oral-" + courseId).queryAs(CheckBox.class)
                .getText());
        assertTrue(lookup("#today-oral-dose-" + courseId).tryQuery().isEmpty(), "asked once only");
        visit(Screen.TREATMENT);
        assertTrue(textOf("#course-doses").contains("Pazopanib: 400 mg"), textOf("#course-doses"));
    }
}
