package org.leiojournal.domain.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.trend.TrendMarker.Kind;

class MarkerGroupsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate LAST = LocalDate.of(2026, 11, 21);

    @Test
    void onAMonthEveryDaysMarkerStandsAloneAtItsOwnMoment() {
        List<TrendMarker> notes = daily(Kind.NOTE, 30, 1);
        List<TrendMarker> drawn = MarkerGroups.of(notes, new DateSpan(LAST.minusDays(29), LAST), 800);
        assertEquals(notes, drawn);
    }

    @Test
    void tenYearsOfTwoAlertsADayBecomeFewEnoughGroupsToFitTheWidthAndKeepTheirCount() {
        List<TrendMarker> alerts = daily(Kind.CALL_NOW, 3_650, 2);
        List<TrendMarker> drawn = MarkerGroups.of(alerts, new DateSpan(LAST.minusDays(3_649), LAST), 800);
        assertTrue(drawn.size() <= 800 / MarkerGroups.SPACING_PX + 2, drawn.size() + " markers");
        assertEquals(7_300, drawn.stream().mapToInt(TrendMarker::count).sum());
        assertTrue(drawn.stream().allMatch(TrendMarker::isGroup));
    }

    @Test
    void aGroupRunsFromItsFirstMemberToItsLastAndKeepsTheFirstsLabel() {
        List<TrendMarker> notes = daily(Kind.NOTE, 365, 1);
        TrendMarker first = MarkerGroups.of(notes, new DateSpan(LAST.minusDays(364), LAST), 400).get(0);
        assertEquals(notes.get(0).at(), first.at());
        assertEquals(notes.get(first.count() - 1).until(), first.until());
        assertEquals(notes.get(0).label(), first.label());
    }

    @Test
    void markersOfDifferentKindsAreNeverMerged() {
        List<TrendMarker> mixed = new ArrayList<>(daily(Kind.NOTE, 365, 1));
        mixed.addAll(daily(Kind.APPOINTMENT, 365, 1));
        List<TrendMarker> drawn = MarkerGroups.of(mixed, new DateSpan(LAST.minusDays(364), LAST), 400);
        assertEquals(365, drawn.stream().filter(m -> m.kind() == Kind.NOTE).mapToInt(TrendMarker::count).sum());
        assertEquals(365, drawn.stream().filter(m -> m.kind() == Kind.APPOINTMENT).mapToInt(TrendMarker::count)
                .sum());
    }

    @Test
    void movingTheRangeByADayLeavesTheGroupsInsideBothRangesAsTheyWere() {
        List<TrendMarker> notes = daily(Kind.NOTE, 800, 1);
        List<TrendMarker> before = MarkerGroups.of(notes, new DateSpan(LAST.minusDays(729), LAST), 700);
        List<TrendMarker> after = MarkerGroups.of(notes, new DateSpan(LAST.minusDays(730), LAST.minusDays(1)), 700);
        List<TrendMarker> middle = before.subList(2, before.size() - 2);
        assertTrue(after.containsAll(middle));
    }

    @Test
    void noMarkersDrawNothing() {
        assertEquals(List.of(), MarkerGroups.of(List.of(), new DateSpan(LAST, LAST), 800));
    }

    @Test
    void markersOutOfOrderAndInTwoTimeZonesAreGroupedAsBeforeTheGroupingStoppedBoxingKeys() {
        // the groups made with a map of boxed keys and a list per group (before the seventh session) are the
        // reference; the journal's markers come in time order, these come shuffled and from two time zones
        List<TrendMarker> mixed = new ArrayList<>();
        Kind[] kinds = Kind.values();
        for (int i = 0; i < 2_000; i++) {
            ZoneId zone = i % 3 == 0 ? ZoneId.of("America/New_York") : LONDON;
            ZonedDateTime at = ZonedDateTime.of(LAST.minusDays((i * 37L) % 900).atTime((i * 7) % 24, i % 60), zone);
            mixed.add(new TrendMarker(at, kinds[(i * 5) % kinds.length], "m" + i));
        }
        for (int width : new int[] {300, 800}) {
            for (DateSpan span : List.of(new DateSpan(LAST.minusDays(899), LAST), new DateSpan(LAST.minusDays(29), LAST))) {
                assertEquals(groupedWithAMap(mixed, span, width), MarkerGroups.of(mixed, span, width),
                        span + " on " + width + " px");
            }
        }
        List<TrendMarker> inOrder = daily(Kind.NOTE, 400, 2);
        assertEquals(groupedWithAMap(inOrder, new DateSpan(LAST.minusDays(399), LAST), 500),
                MarkerGroups.of(inOrder, new DateSpan(LAST.minusDays(399), LAST), 500));
    }

    /** The grouping as it was written first: a sorted map from (stretch, kind) to its markers. */
    private static List<TrendMarker> groupedWithAMap(List<TrendMarker> markers, DateSpan span, int plotWidth) {
        long days = span.last().toEpochDay() - span.first().toEpochDay() + 1;
        long daysPerGroup = Math.max(1, (long) Math.ceil(MarkerGroups.SPACING_PX * days / Math.max(1, plotWidth)));
        java.util.Map<Long, List<TrendMarker>> groups = new java.util.TreeMap<>();
        for (TrendMarker marker : markers) {
            long stretch = Math.floorDiv(marker.at().toLocalDate().toEpochDay(), daysPerGroup);
            groups.computeIfAbsent(stretch * Kind.values().length + marker.kind().ordinal(),
                    k -> new ArrayList<>()).add(marker);
        }
        List<TrendMarker> drawn = new ArrayList<>();
        for (List<TrendMarker> group : groups.values()) {
            List<TrendMarker> byTime = group.stream().sorted(java.util.Comparator.comparing(TrendMarker::at)).toList();
            TrendMarker first = byTime.get(0);
            drawn.add(group.size() == 1 ? first : new TrendMarker(first.at(), first.kind(), first.label(),
                    byTime.stream().mapToInt(TrendMarker::count).sum(), byTime.get(byTime.size() - 1).until()));
        }
        drawn.sort(java.util.Comparator.comparing(TrendMarker::at));
        return drawn;
    }

    /** {@code perDay} markers a day for {@code days} days ending on {@link #LAST}, labelled with their day. */
    private static List<TrendMarker> daily(Kind kind, int days, int perDay) {
        List<TrendMarker> markers = new ArrayList<>();
        for (int d = days - 1; d >= 0; d--) {
            for (int i = 0; i < perDay; i++) {
                ZonedDateTime at = ZonedDateTime.of(LAST.minusDays(d).atTime(9 + i, 0), LONDON);
                markers.add(new TrendMarker(at, kind, at.toLocalDate().toString()));
            }
        }
        return markers;
    }
}
