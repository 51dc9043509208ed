package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.treatment.BodySurfaceArea;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseHistory;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.Screen;

/**
 * M11: six cycles of doxorubicin from Mon 5 Jan 2026 ended on Sun 10 May 2026, before the test clock's 22 Nov 2026,
 * so the doxorubicin card asks the user to check with the team when the heart scan after treatment is.
 */
class HeartScanAfterTreatmentViewTest extends ScreenViewTest {

    @Override
    Screen screen() {
        return Screen.TREATMENT;
    }

    @Override
    void prepare(JournalStore fresh) {
        super.prepare(fresh);
        fresh.courses().save(new Course(0, RegimenCatalog.bundled().find("doxorubicin").orElseThrow(),
                LocalDate.of(2026, 1, 5), List.of(6), BodySurfaceArea.entered(new BigDecimal("1.80")), "",
                new CourseHistory(List.of(), List.of(), Optional.empty())));
    }

    @Test
    void theDoxorubicinCardAsksAboutTheHeartScanAfterTreatment() {
        clickOn("#tab-anthracycline .tab-label");
        String text = label("#anthracycline-after-treatment");
        assertTrue(lookup("#anthracycline-after-treatment").query().isVisible());
        assertTrue(text.contains("ended on Sun 10 May 2026"), text);
        assertTrue(text.contains("ask your team when your heart scan after treatment is"), text);
        assertFalse(text.contains("must"), "education, never an order: " + text);
    }

    /** The last dose, cycle 6 day 1, was Mon 20 Apr 2026: the test clock's 22 Nov 2026 is inside 6 to 12 months. */
    @Test
    void theCardGivesTheDatesToAskAboutAHeartScanAfterTheLastDose() {
        clickOn("#tab-anthracycline .tab-label");
        String text = label("#anthracycline-scan-after-treatment");
        assertTrue(lookup("#anthracycline-scan-after-treatment").query().isVisible());
        assertTrue(text.contains("Now is the time to ask about a heart scan"), text);
        assertTrue(text.contains("last anthracycline dose was on Mon 20 Apr 2026"), text);
        assertTrue(text.contains("between Tue 20 Oct 2026 and Tue 20 Apr 2027"), text);
        assertTrue(text.contains("ask your team whether you need one"), text);
        assertFalse(text.contains("must"), "education, never an order: " + text);
        String sources = label("#anthracycline-scan-after-treatment-sources");
        assertTrue(sources.contains("J Clin Oncol 2017"), sources);
        assertTrue(sources.contains("Reviewed on Sun 6 Dec 2026; next review due Mon 6 Dec 2027"), sources);
    }

    @Test
    void todaySaysSoWhileTheScanIsDue() {
        visit(Screen.TODAY);
        String text = label("#today-heart-scan-after");
        assertTrue(lookup("#today-heart-scan-after").query().isVisible());
        assertTrue(text.contains("between Tue 20 Oct 2026 and Tue 20 Apr 2027"), text);
        assertTrue(text.contains("Ask your team whether you need one"), text);
    }
}
