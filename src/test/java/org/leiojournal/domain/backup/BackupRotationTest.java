package org.leiojournal.domain.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class BackupRotationTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static Instant at(int year, int month, int day, int hour) {
        return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, LONDON).toInstant();
    }

    private static List<Instant> dailyAt9(LocalDate first, LocalDate last) {
        return first.datesUntil(last.plusDays(1)).map(d -> at(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), 9))
                .toList();
    }

    @Test
    void anEmptyFolderKeepsNothing() {
        assertEquals(Set.of(), BackupRotation.keep(List.of(), LONDON));
    }

    @Test
    void aFewBackupsAreAllKept() {
        List<Instant> three = List.of(at(2026, 11, 20, 9), at(2026, 11, 21, 9), at(2026, 11, 22, 9));
        assertEquals(Set.copyOf(three), BackupRotation.keep(three, LONDON));
    }

    @Test
    void twoOnOneDayKeepTheNewerOnly() {
        Instant morning = at(2026, 11, 22, 9);
        Instant evening = at(2026, 11, 22, 21);
        assertEquals(Set.of(evening), BackupRotation.keep(List.of(morning, evening), LONDON));
    }

    @Test
    void tenYearsOfDailyBackupsComeDownToTheLastWeekFourWeeksAndTwelveMonths() {
        List<Instant> taken = dailyAt9(LocalDate.of(2016, 11, 23), LocalDate.of(2026, 11, 22)); // Sun 22 Nov
        Set<Instant> kept = new TreeSet<>(BackupRotation.keep(taken, LONDON));
        Set<Instant> expected = new TreeSet<>();
        dailyAt9(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22)).forEach(expected::add); // 7 days
        // the newest of each of the last 4 ISO weeks: Sundays 22, 15, 8 and 1 November
        List.of(15, 8, 1).forEach(d -> expected.add(at(2026, 11, d, 9)));
        // the newest of each of the last 12 months: the last day of December 2025 … October 2026, and today
        for (LocalDate month = LocalDate.of(2025, 12, 1); month.isBefore(LocalDate.of(2026, 11, 1));
             month = month.plusMonths(1)) {
            LocalDate last = month.withDayOfMonth(month.lengthOfMonth());
            expected.add(at(last.getYear(), last.getMonthValue(), last.getDayOfMonth(), 9));
        }
        assertEquals(expected, kept);
        assertEquals(7 + 3 + 11, kept.size());
        assertTrue(kept.size() <= BackupRotation.DAYS + BackupRotation.WEEKS + BackupRotation.MONTHS);
    }

    @Test
    void acrossTheYearEndWeek53IsOneWeekAndDecemberKeepsItsNewest() {
        // 2026 ends on a Thursday: Mon 28 Dec 2026 – Sun 3 Jan 2027 is ISO week 53 of 2026
        List<Instant> taken = new ArrayList<>(List.of(at(2026, 12, 28, 9), at(2026, 12, 31, 9), at(2027, 1, 3, 9)));
        taken.addAll(dailyAt9(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 11)));
        Set<Instant> expected = new TreeSet<>(dailyAt9(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 11)));
        expected.add(at(2027, 1, 10, 9)); // week 1 of 2027 (already a day)
        expected.add(at(2027, 1, 3, 9)); // the newest of week 53
        expected.add(at(2026, 12, 31, 9)); // the newest of December 2026
        assertEquals(expected, new TreeSet<>(BackupRotation.keep(taken, LONDON)),
                "4 Jan (superseded in its week and month) and 28 Dec go");
    }

    @Test
    void aLeapDayAndTheClockChangeDayAreOneDayEach() {
        List<Instant> taken = List.of(at(2028, 2, 29, 1), at(2028, 2, 29, 23), at(2026, 10, 25, 0),
                at(2026, 10, 25, 23));
        Set<Instant> kept = BackupRotation.keep(taken, LONDON);
        assertEquals(Set.of(at(2028, 2, 29, 23), at(2026, 10, 25, 23)), kept);
    }

    @Test
    void theDayIsTheUsersDayNotUtcs() {
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        Instant lateSunday = LocalDateTime.of(2026, 11, 22, 23, 0).atZone(auckland).toInstant();
        Instant earlyMonday = LocalDateTime.of(2026, 11, 23, 1, 0).atZone(auckland).toInstant();
        assertEquals(Set.of(lateSunday, earlyMonday), BackupRotation.keep(List.of(lateSunday, earlyMonday), auckland),
                "two days in Auckland, though both fall on 22 November in UTC");
        assertEquals(1, BackupRotation.keep(List.of(lateSunday, earlyMonday), ZoneId.of("UTC")).size());
    }
}
