package org.leiojournal.domain.emergency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leiojournal.domain.emergency.SheetFixtures.NOW;
import static org.leiojournal.domain.emergency.SheetFixtures.alert;
import static org.leiojournal.domain.emergency.SheetFixtures.course;
import static org.leiojournal.domain.emergency.SheetFixtures.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.alert.AlertSubject;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.report.ReportFixtures;
import org.leiojournal.domain.symptom.CheckIn;

/** What goes on the emergency sheet besides the chemotherapy: who, the last 48 hours, the latest temperature. */
class EmergencySheetTest {

    @Test
    void nameAndDateOfBirthAreAlwaysOnTheSheet() {
        EmergencySheet sheet = sheet(List.of(), List.of(), List.of());
        assertEquals("Sam Example", sheet.name());
        assertEquals(Optional.of(LocalDate.of(1968, 3, 3)), sheet.dateOfBirth());
        assertEquals(NOW, sheet.madeAt());
        assertEquals(List.of(SheetFixtures.HOTLINE), sheet.contacts());
    }

    @Test
    void alertsOfTheLast48HoursAreShownAndAnOlderOneIsNot() {
        Alert exactly48 = alert("temperature", AlertSubject.TEMPERATURE_HIGH, "38.1 °C", NOW.minusHours(48));
        Alert older = alert("temperature", AlertSubject.TEMPERATURE_HIGH, "38.4 °C", NOW.minusHours(48).minusMinutes(1));
        Alert future = alert("temperature", AlertSubject.TEMPERATURE_HIGH, "38.9 °C", NOW.plusMinutes(1));
        assertEquals(List.of(exactly48), sheet(List.of(), List.of(), List.of(older, exactly48, future)).recentAlerts());
    }

    @Test
    void withoutAlertsTheListIsEmpty() {
        EmergencySheet sheet = sheet(List.of(course("doxorubicin", 10)), List.of(), List.of());
        assertEquals(List.of(), sheet.recentAlerts());
        assertEquals(0, sheet.callNowAlerts());
    }

    @Test
    void callNowAlertsComeFirstThenTheNewest() {
        Alert tellSoon = alert("esas-severe", AlertSubject.item("esas.pain"), "8", NOW.minusHours(1));
        Alert oldFever = alert("temperature", AlertSubject.TEMPERATURE_HIGH, "38.0 °C", NOW.minusHours(30));
        Alert newFever = alert("temperature", AlertSubject.TEMPERATURE_HIGH, "38.3 °C", NOW.minusHours(2));
        EmergencySheet sheet = sheet(List.of(), List.of(), List.of(oldFever, tellSoon, newFever));
        assertEquals(List.of(newFever, oldFever, tellSoon), sheet.recentAlerts());
        assertEquals(2, sheet.callNowAlerts());
    }

    @Test
    void theLatestTemperatureOfTheLastSevenDaysIsShown() {
        CheckIn earlier = ReportFixtures.temperature("2026-11-21T20:00", Temperature.celsius("37.9"));
        CheckIn latest = ReportFixtures.temperature("2026-11-22T08:00", Temperature.celsius("38.4"));
        CheckIn noTemperature = ReportFixtures.pain("2026-11-22T09:00", 3);
        TemperatureReading reading = sheet(List.of(), List.of(earlier, latest, noTemperature), List.of())
                .latestTemperature().orElseThrow();
        assertEquals(new BigDecimal("38.4"), reading.temperature().value());
        assertEquals(latest.recordedAt(), reading.at());
    }

    @Test
    void aTemperatureOlderThanSevenDaysIsNotTheLatest() {
        CheckIn sevenDays = ReportFixtures.temperature("2026-11-15T09:30", Temperature.celsius("37.0"));
        CheckIn older = ReportFixtures.temperature("2026-11-15T09:29", Temperature.celsius("37.1"));
        assertEquals(Optional.empty(), sheet(List.of(), List.of(older), List.of()).latestTemperature());
        assertTrue(sheet(List.of(), List.of(sevenDays), List.of()).latestTemperature().isPresent());
    }

    @Test
    void theDoxorubicinTotalIsThereOnlyWhenDoxorubicinIsPlannedOrGiven() {
        assertEquals(Optional.empty(), sheet(List.of(), List.of(), List.of()).doxorubicin());
        assertEquals(0, sheet(List.of(course("doxorubicin", 23)), List.of(), List.of()).doxorubicin().orElseThrow()
                .total().signum(), "planned, none recorded as given yet");
        EmergencySheet sheet = sheet(List.of(ReportFixtures.withHistory(course("doxorubicin", 23), List.of(),
                List.of(ReportFixtures.given(1, 1, "Doxorubicin"), ReportFixtures.given(2, 1, "Doxorubicin")))),
                List.of(), List.of());
        assertEquals(0, new BigDecimal("150").compareTo(sheet.doxorubicin().orElseThrow().total()),
                "two recorded doses of 75 mg/m²");
    }

    @Test
    void bloodCountsSayNoneRecordedUntilTheJournalKeepsThem() {
        assertEquals(LatestBloodCounts.NONE_RECORDED, sheet(List.of(), List.of(), List.of()).bloodCounts());
    }
}
