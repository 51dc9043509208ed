package org.leiojournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.symptom.SymptomItem;

/**
 * Issue 21: answers are read as arrays of numbers and each entry's map made as the entry is built; every entry
 * still gets exactly its own answers, an entry with none gets none, whichever read (all, a range, one).
 */
class AnswerRowsTest extends OpenJournalTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void everyEntryReadsBackWithExactlyItsOwnAnswers() {
        List<Long> items = store.items().all().stream().map(SymptomItem::id).toList();
        long a = items.get(0);
        long b = items.get(1);
        long c = items.get(2);
        // saved out of time order, so the entries' ids and their newest-first order differ
        CheckIn third = save(3, Map.of(a, 0, c, 10));
        CheckIn first = save(1, Map.of(a, 4, b, 2, c, 7));
        CheckIn none = save(2, Map.of());
        CheckIn fourth = save(4, Map.of(b, 1));
        Map<Long, Map<Long, Integer>> expected = Map.of(first.id(), Map.of(a, 4, b, 2, c, 7), none.id(), Map.of(),
                third.id(), Map.of(a, 0, c, 10), fourth.id(), Map.of(b, 1));

        List<CheckIn> all = store.checkIns().all();
        assertEquals(List.of(fourth.id(), third.id(), none.id(), first.id()), all.stream().map(CheckIn::id).toList());
        assertEquals(expected, all.stream().collect(Collectors.toMap(CheckIn::id, CheckIn::answers)));
        assertEquals(List.of(Map.of(a, 0, c, 10), Map.of()), store.checkIns()
                .between(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3)).stream().map(CheckIn::answers).toList());
        assertEquals(Map.of(), store.checkIns().find(none.id()).orElseThrow().answers());
        assertEquals(Map.of(b, 1), store.checkIns().find(fourth.id()).orElseThrow().answers());
        assertEquals(Set.of(), store.checkIns().find(fourth.id()).orElseThrow().signs());
    }

    private CheckIn save(int day, Map<Long, Integer> answers) {
        ZonedDateTime at = ZonedDateTime.of(2026, 3, day, 9, 0, 0, 0, LONDON);
        return store.checkIns().save(new CheckIn(0, CheckIn.newUid(), at, Recorder.PATIENT, answers, "", null, null,
                "a note"));
    }
}
