package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.ui.trend.TrendJournal;

/**
 * A carer looking for the feverish days clicks the Journal's Temperature header; a clinician clicks When to read
 * from the first day. A click on a header sorts by what the column means (a time, a number), a second click the
 * other way round; the list was filtered only and a click did nothing.
 */
class JournalSortViewTest extends SevenWeekJournalViewTest {

    @Test
    void clickingWhenSortsByTimeOldestFirstThenNewestFirst() {
        TableView<CheckIn> table = loaded();
        List<String> newestFirst = days(table);
        assertEquals("2026-11-21", newestFirst.get(0), "the Journal opens newest first");

        clickOn(header(table, "col-when"));
        List<String> oldestFirst = newestFirst.stream().sorted().collect(Collectors.toList()); // ISO dates sort so
        assertEquals(oldestFirst, days(table), "by time, not by the words' alphabet");
        assertEquals("2026-10-04", days(table).get(0));

        clickOn(header(table, "col-when"));
        assertEquals(newestFirst, days(table), "the second click: newest first again");
    }

    @Test
    void clickingTemperatureSortsByDegreesAndAScoreByItsNumber() {
        TableView<CheckIn> table = loaded();
        clickOn(header(table, "col-temperature"));
        List<BigDecimal> degrees = table.getItems().stream()
                .map(e -> e.temperatureReading().map(Temperature::celsius).orElse(null)).collect(Collectors.toList());
        assertTrue(degrees.stream().filter(d -> d != null).count() >= 10, "readings to sort: " + degrees);
        assertEquals(degrees.stream().sorted(Comparator.nullsFirst(Comparator.naturalOrder()))
                .collect(Collectors.toList()), degrees, "days without a reading first, then the lowest up");
        assertEquals("2026-11-12", table.getItems().get(48).day().toString(), "the feverish day (38.1 °C) last");

        long nausea = TrendJournal.item(store, "esas.nausea").id();
        clickOn(header(table, "col-item-" + nausea));
        List<Integer> scores = table.getItems().stream().map(e -> e.answer(nausea).orElse(null))
                .collect(Collectors.toList());
        assertEquals(scores.stream().sorted(Comparator.nullsFirst(Comparator.naturalOrder()))
                .collect(Collectors.toList()), scores);
        assertEquals(null, scores.get(0), "17 November, left unanswered, first");
        assertEquals(6, scores.get(48), "a score of 6 last: by number");
    }

    private static List<String> days(TableView<CheckIn> table) {
        return table.getItems().stream().map(e -> e.day().toString()).collect(Collectors.toList());
    }

    private static TableColumnHeader header(TableView<?> table, String columnId) {
        return table.lookupAll(".column-header").stream()
                .filter(n -> n instanceof TableColumnHeader h && h.getTableColumn() != null
                        && columnId.equals(h.getTableColumn().getId()))
                .map(TableColumnHeader.class::cast).findFirst().orElseThrow(() -> new AssertionError(columnId));
    }
}
