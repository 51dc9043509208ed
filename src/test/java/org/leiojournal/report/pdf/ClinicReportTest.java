package org.leiojournal.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leiojournal.domain.report.ReportInput;
import org.leiojournal.domain.report.ReportSection;

/** The report read back as a clinician's PDF reader would: its text, its pages, its paper. */
class ClinicReportTest {

    /** The report's bytes and pages. */
    record Written(byte[] bytes, int pages) {
        String page(int number) throws IOException {
            try (PDDocument document = Loader.loadPDF(bytes)) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(number);
                stripper.setEndPage(number);
                return stripper.getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
            }
        }

        PDRectangle paper() throws IOException {
            try (PDDocument document = Loader.loadPDF(bytes)) {
                return document.getPage(0).getMediaBox();
            }
        }
    }

    static Written write(ReportInput input, ReportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pages = ClinicReport.write(input, options, out);
        return new Written(out.toByteArray(), pages);
    }

    private static ReportOptions summaryOnly(ReportInput input, boolean name) {
        return new ReportOptions(input.defaultRange(), Paper.A4, EnumSet.noneOf(ReportSection.class), name, false);
    }

    @Test
    void pageOneCarriesTheSummaryNumbersWorkedOutByHand() throws IOException {
        ReportInput input = ReportJournal.input("Sam Example");
        Written report = write(input, summaryOnly(input, false));
        assertEquals(1, report.pages());
        String text = report.page(1);
        for (String expected : List.of(
                "Sun 1 Nov – Sun 22 Nov 2026 (22 days), since the clinic visit on Sun 1 Nov 2026",
                "Check-ins on 6 of 22 days",
                "Doxorubicin, cycle 4, day 6",
                // pain: worst 8, average 5.2, 4 days at 4+, 2 at 7+, answered on 5 days
                "Pain 8 5.2 4 2 5 of 22",
                "3 of 4 readings at or above 37.5 °C; highest 38.4 °C (Tue 3 Nov 09:00)",
                "Mon 2 Nov 21:00 37.8 °C", "Tue 3 Nov 09:00 38.4 °C", "Thu 5 Nov 09:00 37.5 °C",
                "72.0 kg → 69.3 kg: −2.7 kg (−3.8 %)",
                "lifetime total 360 mg/m² (260 recorded in this journal + 100 before); 50 mg/m² in this period",
                "Delayed: day 1 moved 7 days, 10 Nov → 17 Nov (holiday)",
                "Doxorubicin on 20 Oct: reduced to 60 mg/m² (plan 75 mg/m²), after low counts",
                "Call now: 0 · Tell your team: 1 (all read)",
                "● Tell your team: Pain 8 (rule: 7 or more). Read: rang the hotline",
                ReportJournal.QUESTION)) {
            assertTrue(text.contains(expected), () -> "page 1 lacks \"" + expected + "\":\n" + text);
        }
        assertTrue(!text.contains("Sam Example"), "the name only when ticked");
        assertTrue(text.contains("Page 1 of 1") && text.contains("Patient-reported, not a medical record")
                && text.contains("Generated Sun 22 Nov 2026, 09:30"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Łukasz Brzęczyszczykiewicz", "Ольга Петрова", "李小龙"})
    void namesInAnyScriptComeThrough(String name) throws IOException {
        ReportInput input = ReportJournal.input(name);
        Written report = write(input, summaryOnly(input, true));
        assertTrue(report.page(1).contains(name), report.page(1));
    }

    @Test
    void theDateOfBirthIsPrintedOnlyWhenTicked() throws IOException {
        ReportInput plain = ReportJournal.input("Sam Example");
        org.leiojournal.domain.profile.Profile p = plain.profile();
        ReportInput input = new ReportInput(new org.leiojournal.domain.profile.Profile(p.patientName(),
                p.usualRecorder(), p.temperatureUnit(), p.weightUnit(), p.feverThresholdCelsius(), true, 0,
                java.util.Optional.of(java.time.LocalDate.of(1968, 3, 3))), plain.items(), plain.checkIns(),
                plain.courses(), plain.prior(), plain.appointments(), plain.alerts(), plain.medicines(),
                plain.medicineDoses(), plain.alertRules(), plain.now());
        String ticked = write(input, new ReportOptions(input.defaultRange(), Paper.A4,
                EnumSet.noneOf(ReportSection.class), true, true)).page(1);
        assertTrue(ticked.contains("Sam Example · Date of birth 3 Mar 1968 (age 58)"), ticked);
        String unticked = write(input, summaryOnly(input, true)).page(1);
        assertTrue(!unticked.contains("1968"), unticked);
    }

    @Test
    void aCrowdedPeriodStillFitsPageOneAndPointsToTheListsInFull() throws IOException {
        ReportInput plain = ReportJournal.input("");
        java.util.List<org.leiojournal.domain.symptom.SymptomItem> items = new java.util.ArrayList<>();
        java.util.List<org.leiojournal.domain.symptom.CheckIn> checkIns = new java.util.ArrayList<>();
        java.util.List<org.leiojournal.domain.alert.Alert> alerts = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            items.add(new org.leiojournal.domain.symptom.SymptomItem(100 + i, null, "Own symptom number " + i,
                    org.leiojournal.domain.symptom.ItemKind.SCORE, false, 200 + i));
        }
        for (int day = 2; day <= 21; day++) {
            java.util.Map<Long, Integer> answers = new java.util.HashMap<>();
            items.forEach(item -> answers.put(item.id(), 7));
            checkIns.add(org.leiojournal.domain.report.ReportFixtures.checkIn(String.format("2026-11-%02dT09:00", day),
                    answers, org.leiojournal.domain.measure.Temperature.celsius("38.0"), null, ""));
            alerts.add(new org.leiojournal.domain.alert.Alert(day, day, "temperature",
                    org.leiojournal.domain.alert.AlertSubject.TEMPERATURE_HIGH, "38.0 °C", new java.math.BigDecimal(
                    "37.5"), null, org.leiojournal.domain.report.ReportFixtures.at(String.format(
                    "2026-11-%02dT09:00", day)), null));
        }
        java.util.List<org.leiojournal.domain.appointment.Question> questions = new java.util.ArrayList<>();
        for (int q = 0; q < 15; q++) {
            questions.add(org.leiojournal.domain.appointment.Question.open("Question " + q + ": "
                    + "a long question about what the scan showed and what happens next, ".repeat(6)));
        }
        ReportInput crowded = new ReportInput(plain.profile(), items, checkIns, plain.courses(), plain.prior(),
                java.util.List.of(plain.appointments().get(0), plain.appointments().get(1).withQuestions(questions)),
                alerts, plain.medicines(), plain.medicineDoses(), plain.alertRules(), plain.now());
        Written report = write(crowded, summaryOnly(crowded, false));
        String first = report.page(1);
        java.util.regex.Matcher more = java.util.regex.Pattern.compile("… and (\\d+) more, see page (\\d+)")
                .matcher(first);
        int pointers = 0;
        while (more.find()) {
            pointers++;
            int page = Integer.parseInt(more.group(2));
            assertTrue(page > 1 && page <= report.pages(), "a page that exists: " + page);
            assertTrue(report.page(page).contains("in full"), report.page(page));
        }
        assertTrue(pointers >= 3, "symptoms, temperatures and alerts at least were cut: " + first);
        assertTrue(first.contains("Page 1 of " + report.pages()), first);
    }

    @Test
    void theTiersAreCountedAndCallNowAlertsAreListedFirstWithTheirOwnMark() throws IOException {
        ReportInput plain = ReportJournal.input("");
        java.util.List<org.leiojournal.domain.alert.Alert> alerts = new java.util.ArrayList<>(plain.alerts());
        alerts.add(new org.leiojournal.domain.alert.Alert(7, 1, "temperature",
                org.leiojournal.domain.alert.AlertSubject.TEMPERATURE_HIGH, "38.4 °C", new java.math.BigDecimal("37.5"),
                null, org.leiojournal.domain.report.ReportFixtures.at("2026-11-02T21:00"), null));
        ReportInput input = new ReportInput(plain.profile(), plain.items(), plain.checkIns(), plain.courses(),
                plain.prior(), plain.appointments(), alerts, plain.medicines(), plain.medicineDoses(),
                plain.alertRules(), plain.now());
        String text = write(input, summaryOnly(input, false)).page(1);
        assertTrue(text.contains("Call now: 1 · Tell your team: 1 (1 not yet read)"), text);
        int callNow = text.indexOf("▲ Call now: Temperature 38.4 °C");
        int tellSoon = text.indexOf("● Tell your team: Pain 8");
        assertTrue(callNow >= 0 && tellSoon > callNow, "call-now first, though it is the older: " + text);
    }

    @Test
    void inFahrenheitTheThresholdAndTheRulesReadInFahrenheit() throws IOException {
        ReportInput plain = ReportJournal.input("");
        org.leiojournal.domain.profile.Profile c = plain.profile();
        org.leiojournal.domain.profile.Profile f = new org.leiojournal.domain.profile.Profile(c.patientName(),
                c.usualRecorder(), org.leiojournal.domain.measure.TemperatureUnit.FAHRENHEIT, c.weightUnit(),
                c.feverThresholdCelsius(), true, 0);
        java.util.List<org.leiojournal.domain.alert.Alert> alerts = new java.util.ArrayList<>(plain.alerts());
        alerts.add(new org.leiojournal.domain.alert.Alert(7, 1, "temperature-low",
                org.leiojournal.domain.alert.AlertSubject.TEMPERATURE_LOW, "96.6 °F", new java.math.BigDecimal("36.0"),
                null, org.leiojournal.domain.report.ReportFixtures.at("2026-11-02T21:00"), null));
        ReportInput input = new ReportInput(f, plain.items(), plain.checkIns(), plain.courses(), plain.prior(),
                plain.appointments(), alerts, plain.medicines(), plain.medicineDoses(), plain.alertRules(),
                plain.now());
        String text = write(input, summaryOnly(input, false)).page(1);
        assertTrue(text.contains("at or above 99.5 °F (37.5 °C)"), "D17: the threshold in °F: " + text);
        assertTrue(text.contains("Temperature 96.6 °F (rule: 96.8 °F (36.0 °C) or lower)"), text);
    }

    @Test
    void anEmptyJournalGivesOneValidPageSayingSo() throws IOException {
        ReportInput input = ReportJournal.input("", List.of());
        ReportInput empty = new ReportInput(input.profile(), input.items(), List.of(), List.of(), input.prior(),
                List.of(), List.of(), List.of(), List.of(), input.alertRules(), input.now());
        Written report = write(empty, ReportOptions.everything(empty.defaultRange()));
        assertEquals(1, report.pages());
        String text = report.page(1);
        assertTrue(text.contains("Nothing was recorded in this period"), text);
        assertTrue(text.contains("the last 30 days"), text);
        assertTrue(text.contains("Page 1 of 1"), text);
    }

    @Test
    void letterAndA4AreTheirOwnSizes() throws IOException {
        ReportInput input = ReportJournal.input("");
        Written a4 = write(input, summaryOnly(input, false));
        Written letter = write(input, new ReportOptions(input.defaultRange(), Paper.LETTER,
                EnumSet.noneOf(ReportSection.class), false, false));
        assertEquals(PDRectangle.A4.getWidth(), a4.paper().getWidth(), 0.01);
        assertEquals(PDRectangle.A4.getHeight(), a4.paper().getHeight(), 0.01);
        assertEquals(612, letter.paper().getWidth(), 0.01);
        assertEquals(792, letter.paper().getHeight(), 0.01);
    }

    @Test
    void paperFollowsTheCountry() {
        assertEquals(Paper.LETTER, Paper.forLocale(java.util.Locale.US));
        assertEquals(Paper.LETTER, Paper.forLocale(java.util.Locale.CANADA_FRENCH));
        assertEquals(Paper.A4, Paper.forLocale(java.util.Locale.UK));
        assertEquals(Paper.A4, Paper.forLocale(java.util.Locale.GERMANY));
        assertEquals(Paper.A4, Paper.forLocale(java.util.Locale.ENGLISH));
    }
}
