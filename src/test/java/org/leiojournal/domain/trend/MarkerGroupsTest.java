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
