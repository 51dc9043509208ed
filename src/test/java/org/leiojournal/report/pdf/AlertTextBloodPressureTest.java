package org.leiojournal.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.alert.AlertSubject;
import org.leiojournal.domain.measure.TemperatureUnit;

/** A home blood pressure alert in the clinic report and emergency sheet reads as words, not as "bp.systolic". */
class AlertTextBloodPressureTest {

    private final AlertText text = new AlertText(AlertRuleCatalog.bundled(), List.of(), TemperatureUnit.CELSIUS);
    private final ZonedDateTime at = ZonedDateTime.parse("2026-11-22T09:30:00Z[Europe/London]");

    @Test
    void theReadingAndTheNumberItMet() {
        Alert severe = new Alert(1, 1, "bp-systolic-180", AlertSubject.item(AlertSubject.SYSTOLIC), "182/96",
                new BigDecimal("180"), null, at, null);
        assertEquals("Home blood pressure 182/96 mmHg (rule: upper number 180 mmHg or more)", text.finding(severe));
        Alert team = new Alert(2, 1, "bp-team-level", AlertSubject.item(AlertSubject.DIASTOLIC), "140/100",
                new BigDecimal("100"), null, at, null);
        assertEquals("Home blood pressure 140/100 mmHg (rule: lower number 100 mmHg or more, the team’s level)",
                text.finding(team));
    }
}
