package org.leiojournal.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leiojournal.domain.emergency.SheetFixtures.NOW;
import static org.leiojournal.domain.emergency.SheetFixtures.alert;
import static org.leiojournal.domain.emergency.SheetFixtures.course;
import static org.leiojournal.domain.emergency.SheetFixtures.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.catalog.EmergencySheetCatalog;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.alert.AlertSubject;
import org.leiojournal.domain.emergency.EmergencySheet;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.profile.CareContact;
import org.leiojournal.domain.profile.EmergencyDetails;
import org.leiojournal.domain.profile.LineKind;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.report.ReportFixtures;
import org.leiojournal.domain.treatment.PriorAnthracycline;

/** The emergency sheet read back as a doctor's PDF reader shows it, for each case; always one page. */
class EmergencySheetPdfTest {

    record Written(byte[] bytes, int pages) {
        String text() throws IOException {
            try (PDDocument document = Loader.loadPDF(bytes)) {
                return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
            }
        }

        int pagesInFile() throws IOException {
            try (PDDocument document = Loader.loadPDF(bytes)) {
                return document.getNumberOfPages();
            }
        }
    }

    static Written write(EmergencySheet sheet, Paper paper) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pages = EmergencySheetPdf.write(sheet, paper, out);
        return new Written(out.toByteArray(), pages);
    }

    private static String text(EmergencySheet sheet) throws IOException {
        Written written = write(sheet, Paper.A4);
        assertEquals(1, written.pages());
        assertEquals(1, written.pagesInFile());
        return written.text();
    }

    private static void has(String text, String... expected) {
        for (String e : expected) {
            assertTrue(text.contains(e), () -> "the sheet lacks \"" + e + "\":\n" + text);
        }
    }

    @Test
    void everySheetNamesThePatientAndSaysWhatItIs() throws IOException {
        String text = text(sheet(List.of(), List.of(), List.of()));
        has(text, "FOR THE EMERGENCY DEPARTMENT", "Sam Example", "Date of birth: 3 Mar 1968",
                "Name and date of birth are always printed on this sheet",
                "Made from the patient’s journal on Sun 22 Nov 2026, 09:30",
                "this is not a medical record", "contact the treating oncology team",
                "tell them the patient is here. 020 7946 0000 Chemotherapy hotline, St Mary's · 24 hours", "Treating hospital:",
                "Latest blood counts", "Blood counts None recorded in this journal.",
                "Central line or port (not recorded):", "Allergies (not recorded):",
                "Other medicines (not recorded):",
                "Wording from NICE CG151, NICE QS161 and East and North Hertfordshire NHS Trust; reviewed 6 Dec 2026",
                "Page 1 of 1");
    }

    @Test
    void noCourseSaysSoAndNotSepsis() throws IOException {
        String text = text(sheet(List.of(), List.of(), List.of()));
        has(text, "No chemotherapy recorded in this journal", "Treatment None recorded in this journal.",
                "Alerts None in the last 48 hours.", "Temperature None recorded in the last 7 days.");
        assertFalse(text.contains("possible neutropenic sepsis"), text);
        assertFalse(text.contains("Low counts"), text);
    }

    @Test
    void duringACourseItSaysPossibleSepsisWithCycleDayAndLastDose() throws IOException {
        String text = text(sheet(List.of(course("doxorubicin", 23)), List.of(), List.of()));
        has(text, "On chemotherapy: possible neutropenic sepsis", "within 1 hour",
                "Now Doxorubicin, cycle 2, day 3",
                "Last treatment Fri 20 Nov 2026, 2 days ago: Doxorubicin Low counts",
                "Today is outside the plan’s expected low-count windows.",
                "Doxorubicin cumulative 0 mg/m² (0 recorded in this journal)");
    }

    @Test
    void insideTheLowCountWindowItSaysSoAsEducationOnly() throws IOException {
        String text = text(sheet(List.of(course("doxorubicin", 9)), List.of(), List.of()));
        has(text, "cycle 1, day 10", "Today is inside the expected low-count window (Doxorubicin).",
                "for education only");
    }

    @Test
    void afterTheCourseWithinSixWeeksItStillSaysPossibleSepsis() throws IOException {
        String text = text(sheet(List.of(course("doxorubicin", 147)), List.of(), List.of()));
        has(text, "On chemotherapy: possible neutropenic sepsis",
                "No course running today; within 42 days of the last treatment (to Sun 22 Nov 2026)",
                "Last treatment Sun 11 Oct 2026, 42 days ago: Doxorubicin");
    }

    @Test
    void theDayAfterSixWeeksItNoLongerDoes() throws IOException {
        String text = text(sheet(List.of(course("doxorubicin", 148)), List.of(), List.of()));
        has(text, "Not on chemotherapy now: none in the 42 days before today",
                "Last treatment Sat 10 Oct 2026, 43 days ago: Doxorubicin");
        assertFalse(text.contains("possible neutropenic sepsis"), text);
    }

    @Test
    void alertsOfTheLast48HoursWithTheirReadingsAndTheLatestTemperature() throws IOException {
        Alert fever = alert("temperature", AlertSubject.TEMPERATURE_HIGH, "38.4 °C", NOW.minusHours(1));
        String text = text(sheet(List.of(course("doxorubicin", 9)),
                List.of(ReportFixtures.temperature("2026-11-22T08:30", Temperature.celsius("38.4"))),
                List.of(fever)));
        has(text, "Temperature 38.4 °C, Sun 22 Nov 08:30 (latest)",
                "Sun 22 Nov 08:30 Call now: Temperature 38.4 °C (rule: 37.5 °C or higher, the team’s number)");
        assertFalse(text.contains("None in the last 48 hours"), text);
    }

    /** Thirty alerts, four long contacts, a long name: still one page, on both papers, the end still printed. */
    @ParameterizedTest
    @EnumSource(Paper.class)
    void aCrowdedSheetStaysOnOnePage(Paper paper) throws IOException {
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            alerts.add(alert("temperature", AlertSubject.TEMPERATURE_HIGH, "38." + (i % 10) + " °C",
                    NOW.minusHours(1 + i)));
        }
        List<CareContact> contacts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            contacts.add(new CareContact(i, "A very long name of a ward or team ".repeat(2).strip(),
                    "+44 (0)20 7946 0000 ext 1234 / 5678 99", "weekdays 9 to 5, then the hospital switchboard"));
        }
        Profile named = new Profile("Maximiliana Alexandra Bartholomew-Featherstonehaugh Worthington-Smythe",
                SheetFixtures_PROFILE().usualRecorder(), SheetFixtures_PROFILE().temperatureUnit(),
                SheetFixtures_PROFILE().weightUnit(), SheetFixtures_PROFILE().feverThresholdCelsius(), true, 1,
                SheetFixtures_PROFILE().dateOfBirth()).withEmergency(new EmergencyDetails(LineKind.TUNNELLED,
                "note ".repeat(40).strip(), "allergy ".repeat(25).strip(), "medicine ".repeat(22).strip()));
        EmergencySheet sheet = EmergencySheet.of(new EmergencySheet.Input(named, contacts,
                List.of(course("doxorubicin", 9)), new PriorAnthracycline(new java.math.BigDecimal("100"), ""),
                List.of(), List.of(), alerts, AlertRuleCatalog.bundled(), EmergencySheetCatalog.bundled(), NOW));
        Written written = write(sheet, paper);
        assertEquals(1, written.pages());
        assertEquals(1, written.pagesInFile());
        String text = written.text();
        has(text, "more in the journal.", "Treating hospital:", "this is not a medical record", "Page 1 of 1",
                "(0 recorded in this journal + 100 before)");
        try (PDDocument document = Loader.loadPDF(written.bytes())) {
            PDRectangle expected = paper == Paper.A4 ? PDRectangle.A4 : PDRectangle.LETTER;
            assertEquals(expected.getHeight(), document.getPage(0).getMediaBox().getHeight(), 0.5);
        }
    }

    @Test
    void withoutNameOrDateOfBirthItLeavesLinesToWriteThemOn() throws IOException {
        EmergencySheet sheet = EmergencySheet.of(new EmergencySheet.Input(Profile.NEW, List.of(), List.of(),
                PriorAnthracycline.NONE, List.of(), List.of(), List.of(), AlertRuleCatalog.bundled(),
                EmergencySheetCatalog.bundled(), NOW));
        String text = text(sheet);
        has(text, "Name:", "Date of birth:", "24-hour number:");
        assertEquals(Optional.empty(), sheet.dateOfBirth());
    }

    @Test
    void theLineAllergiesAndOtherMedicinesArePrintedWhenRecorded() throws IOException {
        Profile filled = SheetFixtures_PROFILE().withEmergency(new EmergencyDetails(LineKind.PORT, "right chest",
                "Penicillin: rash", "Warfarin 3 mg; omeprazole"));
        String text = text(EmergencySheet.of(new EmergencySheet.Input(filled, List.of(), List.of(),
                PriorAnthracycline.NONE, List.of(), List.of(), List.of(), AlertRuleCatalog.bundled(),
                EmergencySheetCatalog.bundled(), NOW)));
        has(text, "Central line, allergies and other medicines", "Line or port Implanted port (right chest)",
                "Allergies Penicillin: rash", "Other medicines Warfarin 3 mg; omeprazole");
        assertFalse(text.contains("not recorded"), text);
    }

    @Test
    void whatIsNotRecordedIsSaidSoWithALineToWriteOn() throws IOException {
        Profile lineOnly = SheetFixtures_PROFILE().withEmergency(new EmergencyDetails(LineKind.NONE, "", "", ""));
        String text = text(EmergencySheet.of(new EmergencySheet.Input(lineOnly, List.of(), List.of(),
                PriorAnthracycline.NONE, List.of(), List.of(), List.of(), AlertRuleCatalog.bundled(),
                EmergencySheetCatalog.bundled(), NOW)));
        has(text, "Line or port None", "Allergies (not recorded):", "Other medicines (not recorded):");
    }

    private static Profile SheetFixtures_PROFILE() {
        return org.leiojournal.domain.emergency.SheetFixtures.PROFILE;
    }
}
