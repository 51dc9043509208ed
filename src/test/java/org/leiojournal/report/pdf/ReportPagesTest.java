package org.leiojournal.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leiojournal.domain.report.ReportFixtures.NAUSEA;
import static org.leiojournal.domain.report.ReportFixtures.PAIN;
import static org.leiojournal.domain.report.ReportFixtures.checkIn;
import static org.leiojournal.domain.report.ReportFixtures.d;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.report.ReportInput;
import org.leiojournal.domain.report.ReportRange;
import org.leiojournal.domain.report.ReportSection;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.trend.DateSpan;

/**
 * Page counts for a week and a year of daily check-ins (pain and nausea answered every morning, no notes), every
 * section chosen, on A4. Charts fit one page (two score charts, at most five charts in all); the daily table holds
 * {@value #TABLE_ROWS_PER_PAGE} rows a page: A4's 842 pt less the 40 pt margin, the 46 pt footer, the 20 pt running
 * head, the 19 pt title and the table's 2-line note and column names, in rows of 11.5 pt.
 */
class ReportPagesTest {

    static final int TABLE_ROWS_PER_PAGE = 56;

    /** One check-in a day at 09:00 from {@code first} to 22 November 2026. */
    static List<CheckIn> daily(LocalDate first) {
        List<CheckIn> checkIns = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(d("2026-11-22")); day = day.plusDays(1)) {
            int n = (int) day.toEpochDay();
            checkIns.add(checkIn(day + "T09:00", Map.of(PAIN.id(), Math.floorMod(n, 9),
                    NAUSEA.id(), Math.floorMod(n * 7, 6)), null, null, ""));
        }
        return checkIns;
    }

    private static ClinicReportTest.Written report(DateSpan span) throws IOException {
        ReportInput input = ReportJournal.input("", daily(d("2025-11-23")));
        return ClinicReportTest.write(input, new ReportOptions(ReportRange.chosen(span), Paper.A4,
                EnumSet.allOf(ReportSection.class), false, false));
    }

    private static int pagesWith(ClinicReportTest.Written report, String text) throws IOException {
        int found = 0;
        for (int page = 1; page <= report.pages(); page++) {
            if (report.page(page).contains(text)) {
                found++;
            }
        }
        return found;
    }

    /** D22: the week's table, medicines and notes follow the chart on its page rather than leave it mostly blank. */
    @Test
    void aWeekIsTheSummaryAndOnePageOfChartsTableMedicinesAndNotes() throws IOException {
        ClinicReportTest.Written week = report(new DateSpan(d("2026-11-16"), d("2026-11-22")));
        assertEquals(2, week.pages());
        assertTrue(week.page(2).contains("Charts, Mon 16 Nov – Sun 22 Nov 2026"), week.page(2));
        assertTrue(week.page(2).contains("Daily table") && week.page(2).contains("Medicines and doses taken")
                && week.page(2).contains("Notes"), week.page(2));
        for (int page = 1; page <= 2; page++) {
            assertTrue(week.page(page).contains("Page " + page + " of 2"), "footer on page " + page);
        }
    }

    /** D22: the table starts under the charts, whose page is less than 60 % used, and runs on from there. */
    @Test
    void aYearIsTheSummaryThenTheChartsAndTheTableOnSevenPages() throws IOException {
        ClinicReportTest.Written year = report(new DateSpan(d("2025-11-23"), d("2026-11-22")));
        int tablePages = (365 + TABLE_ROWS_PER_PAGE - 1) / TABLE_ROWS_PER_PAGE;
        assertEquals(7, tablePages);
        assertEquals(tablePages, pagesWith(year, "Daily table"));
        assertEquals(1, pagesWith(year, "Charts, "));
        assertTrue(year.page(2).contains("Charts, ") && year.page(2).contains("Daily table"), year.page(2));
        // summary (everything fits: no lists in full), then the charts and the table with medicines and notes after
        // its last rows
        assertEquals(1 + tablePages, year.pages());
        assertEquals(0, pagesWith(year, "in full"));
        String firstTablePage = year.page(3);
        assertEquals(TABLE_ROWS_PER_PAGE, java.util.regex.Pattern.compile("\\d{1,2} [A-Z][a-z]{2} \\d{4} 09:00")
                .matcher(firstTablePage).results().count(), "rows on a full page of the table");
        for (int page = 1; page <= year.pages(); page++) {
            assertTrue(year.page(page).contains("Page " + page + " of " + year.pages()), "footer on page " + page);
        }
    }
}
