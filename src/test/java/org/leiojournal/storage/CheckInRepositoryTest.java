package org.leiojournal.storage;

import org.leiojournal.TestClocks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.measure.Weight;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.symptom.RecorderRole;
import org.leiojournal.domain.symptom.SymptomItem;

class CheckInRepositoryTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @TempDir
    Path folder;

    private JournalStore store;
    private CheckInRepository checkIns;
    private long pain;
    private long tiredness;
    private long nausea;

    @BeforeEach
    void open() throws Exception {
        store = JournalStore.open(folder, TestClocks.SUNDAY);
        checkIns = store.checkIns();
        Map<String, Long> ids = store.items().all().stream()
                .collect(Collectors.toMap(SymptomItem::code, SymptomItem::id));
        pain = ids.get("esas.pain");
        tiredness = ids.get("esas.tiredness");
        nausea = ids.get("esas.nausea");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static CheckIn simple(ZonedDateTime at, Map<Long, Integer> answers) {
        return new CheckIn(0, CheckIn.newUid(), at, Recorder.PATIENT, answers, "", null, null, "");
    }

    private static ZonedDateTime london(int month, int day, int hour) {
        return ZonedDateTime.of(2026, month, day, hour, 0, 0, 0, LONDON);
    }

    private static List<LocalDate> days(List<CheckIn> entries) {
        return entries.stream().map(CheckIn::day).collect(Collectors.toList());
    }

    @Test
    void everyFieldSurvivesARoundTrip() {
        CheckIn entry = new CheckIn(0, CheckIn.newUid(), ZonedDateTime.of(2026, 1, 15, 8, 30, 0, 0, NEW_YORK),
                new Recorder(RecorderRole.FAMILY_CAREGIVER, "Sam"), Map.of(pain, 3, tiredness, 7), "constipation",
                Temperature.fahrenheit("100.4"), new Weight(new BigDecimal("154.3"), WeightUnit.POUND),
                "Bad night – couldn't sleep.\nCalled the hotline at 03:00. ✓", java.util.Set.of("unwell", "line"));

        CheckIn saved = checkIns.save(entry);

        assertTrue(saved.id() > 0);
        assertEquals(entry.withId(saved.id()), saved);
        CheckIn found = checkIns.find(saved.id()).orElseThrow();
        assertEquals(saved, found);
        // °F kept as typed, not converted to 38.0 °C
        assertEquals(new BigDecimal("100.4"), found.temperature().value());
        assertEquals(NEW_YORK, found.recordedAt().getZone());
        assertEquals(Instant.parse("2026-01-15T13:30:00Z"), found.recordedAt().toInstant());
    }

    @Test
    void zoneAndInstantArePreservedAcrossZones() {
        CheckIn kolkata = checkIns.save(simple(ZonedDateTime.of(2026, 7, 1, 2, 0, 0, 0, KOLKATA), Map.of()));
        CheckIn newYork = checkIns.save(simple(ZonedDateTime.of(2026, 7, 1, 22, 45, 0, 0, NEW_YORK), Map.of()));

        CheckIn k = checkIns.find(kolkata.id()).orElseThrow();
        CheckIn n = checkIns.find(newYork.id()).orElseThrow();
        assertEquals(kolkata.recordedAt(), k.recordedAt());
        assertEquals(LocalDate.of(2026, 7, 1), k.day());
        assertEquals("+05:30", k.recordedAt().getOffset().getId());
        assertEquals(newYork.recordedAt(), n.recordedAt());
        assertEquals(LocalDate.of(2026, 7, 1), n.day());
        assertEquals("-04:00", n.recordedAt().getOffset().getId());
    }

    @Test
    void zeroAndUnansweredStayDistinct() {
        CheckIn saved = checkIns.save(simple(london(3, 1, 9), Map.of(pain, 0, tiredness, 5)));

        CheckIn found = checkIns.find(saved.id()).orElseThrow();
        assertEquals(Optional.of(0), found.answer(pain));
        assertEquals(Optional.of(5), found.answer(tiredness));
        assertEquals(Optional.empty(), found.answer(nausea));
        assertEquals(Map.of(pain, 0, tiredness, 5), found.answers());
    }

    @Test
    void entryWithNoAnswersOrReadingsIsKept() {
        CheckIn saved = checkIns.save(simple(london(3, 1, 9), Map.of()));
        CheckIn found = checkIns.find(saved.id()).orElseThrow();
        assertTrue(found.answers().isEmpty());
        assertTrue(found.temperatureReading().isEmpty());
        assertTrue(found.weightReading().isEmpty());
    }

    @Test
    void editKeepsIdAndUidAndReplacesTheAnswers() {
        CheckIn saved = checkIns.save(simple(london(3, 1, 9), Map.of(pain, 3, nausea, 2)));
        CheckIn edited = new CheckIn(saved.id(), saved.uid(), london(3, 1, 10), Recorder.PATIENT, Map.of(pain, 5),
                "", Temperature.celsius("37.9"), null, "edited");

        assertEquals(edited, checkIns.save(edited));

        CheckIn found = checkIns.find(saved.id()).orElseThrow();
        assertEquals(edited, found);
        assertEquals(saved.uid(), found.uid());
        assertEquals(Map.of(pain, 5), found.answers(), "nausea was cleared in the edit");
        assertEquals(1, checkIns.count());
    }

    @Test
    void editReplacesTheTickedSigns() {
        CheckIn saved = checkIns.save(new CheckIn(0, CheckIn.newUid(), london(3, 1, 9), Recorder.PATIENT, Map.of(),
                "", null, null, "", java.util.Set.of("unwell", "mouth")));
        CheckIn edited = new CheckIn(saved.id(), saved.uid(), saved.recordedAt(), Recorder.PATIENT, Map.of(), "",
                null, null, "", java.util.Set.of("mouth", "bleeding"));
        checkIns.save(edited);
        assertEquals(java.util.Set.of("mouth", "bleeding"), checkIns.find(saved.id()).orElseThrow().signs());
    }

    @Test
    void previousAnswersAreEachItemsLatestAnswerStrictlyBeforeTheMoment() {
        checkIns.save(simple(london(3, 1, 9), Map.of(pain, 2, nausea, 0)));
        checkIns.save(simple(london(3, 2, 9), Map.of(pain, 5)));
        checkIns.save(simple(london(3, 3, 9), Map.of(pain, 9, tiredness, 4)));

        Map<Long, Integer> before = checkIns.previousAnswers(london(3, 3, 9).toInstant());
        assertEquals(Map.of(pain, 5, nausea, 0), before,
                "pain from 2 March; nausea from 1 March, since 2 March left it unanswered; nothing at the moment itself");
        assertEquals(Map.of(), checkIns.previousAnswers(london(3, 1, 9).toInstant()));
    }

    @Test
    void editOfADeletedEntryFailsRatherThanRecreatingIt() {
        CheckIn saved = checkIns.save(simple(london(3, 1, 9), Map.of(pain, 3)));
        checkIns.delete(saved.id());
        assertThrows(StorageException.class, () -> checkIns.save(saved));
        assertEquals(0, checkIns.count());
    }

    @Test
    void deleteThenRestoreGivesTheIdenticalEntry() {
        CheckIn other = checkIns.save(simple(london(3, 2, 9), Map.of(pain, 1)));
        CheckIn saved = checkIns.save(new CheckIn(0, CheckIn.newUid(), london(3, 1, 9),
                new Recorder(RecorderRole.HEALTH_PROFESSIONAL, "Nurse Jo"), Map.of(pain, 0, nausea, 8), "itch",
                Temperature.fahrenheit("99.5"), new Weight(new BigDecimal("61.25"), WeightUnit.KILOGRAM), "note",
                java.util.Set.of("fluids")));

        Deleted deleted = checkIns.delete(saved.id());
        assertEquals(Optional.empty(), checkIns.find(saved.id()));
        assertEquals(List.of(other), checkIns.all());

        deleted.restore();
        assertEquals(saved, checkIns.find(saved.id()).orElseThrow());
        assertEquals(List.of(other, saved), checkIns.all());
    }

    @Test
    void allIsNewestFirstByMomentNotByLocalClock() {
        // 05:00 in New York is 10:00 UTC; 09:00 in Kolkata is 03:30 UTC, the earlier moment. Saved out of order.
        CheckIn newYork = checkIns.save(simple(ZonedDateTime.of(2026, 1, 15, 5, 0, 0, 0, NEW_YORK), Map.of()));
        CheckIn newest = checkIns.save(simple(london(2, 1, 8), Map.of()));
        CheckIn kolkata = checkIns.save(simple(ZonedDateTime.of(2026, 1, 15, 9, 0, 0, 0, KOLKATA), Map.of()));
        CheckIn older = checkIns.save(simple(london(1, 10, 12), Map.of()));

        assertEquals(List.of(newest, newYork, kolkata, older), checkIns.all());
    }

    @Test
    void entriesOfOneDayAreNewestFirstEvenWhenAddedLater() {
        CheckIn evening = checkIns.save(simple(london(3, 5, 20), Map.of(pain, 6)));
        CheckIn morning = checkIns.save(simple(london(3, 5, 8), Map.of(pain, 2)));
        CheckIn noon = checkIns.save(simple(london(3, 5, 12), Map.of(pain, 4)));

        assertEquals(List.of(evening, noon, morning), checkIns.all());
        assertEquals(List.of(evening, noon, morning), checkIns.between(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 5)));
        assertEquals(Optional.of(noon), checkIns.latestBefore(evening.recordedAt().toInstant()));
    }

    @Test
    void betweenIncludesBothEndDays() {
        for (int day = 10; day <= 14; day++) {
            checkIns.save(simple(london(3, day, 23), Map.of(pain, day - 10)));
        }
        List<CheckIn> found = checkIns.between(LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 13));
        assertEquals(List.of(LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 11)),
                days(found));
        assertEquals(List.of(3, 2, 1), found.stream().map(e -> e.answers().get(pain)).collect(Collectors.toList()));
        assertEquals(1, checkIns.between(LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 14)).size());
        assertTrue(checkIns.between(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 4, 1)).isEmpty());
    }

    @Test
    void betweenUsesTheDayWhereTheEntryWasRecorded() {
        // 02:00 on 16 Jan in Kolkata is still 15 Jan in UTC; the patient's day is the 16th
        CheckIn early = checkIns.save(simple(ZonedDateTime.of(2026, 1, 16, 2, 0, 0, 0, KOLKATA), Map.of()));
        assertEquals(List.of(early), checkIns.between(LocalDate.of(2026, 1, 16), LocalDate.of(2026, 1, 16)));
        assertTrue(checkIns.between(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 15)).isEmpty());
    }

    @Test
    void latestBeforeFindsThePreviousEntryByMoment() {
        // the 11th is filled in afterwards, so it is the newest row but not the latest entry
        CheckIn first = checkIns.save(simple(london(3, 10, 9), Map.of(pain, 1)));
        CheckIn third = checkIns.save(simple(london(3, 12, 9), Map.of(pain, 3)));
        CheckIn second = checkIns.save(simple(london(3, 11, 9), Map.of(pain, 2)));

        assertEquals(Optional.of(second), checkIns.latestBefore(third.recordedAt().toInstant()));
        assertEquals(Optional.of(first), checkIns.latestBefore(second.recordedAt().toInstant()));
        assertEquals(Optional.of(third), checkIns.latestBefore(london(3, 12, 9).plusMinutes(1).toInstant()));
        assertEquals(Optional.empty(), checkIns.latestBefore(first.recordedAt().toInstant()));
    }

    @Test
    void emptyJournalHasNothing() {
        assertEquals(List.of(), checkIns.all());
        assertEquals(Optional.empty(), checkIns.latestBefore(Instant.parse("2100-01-01T00:00:00Z")));
        assertEquals(0, checkIns.count());
        assertEquals(Optional.empty(), checkIns.find(1));
        assertEquals(List.of(), checkIns.between(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)));
    }

    @Test
    void uidsStayUnique() {
        CheckIn saved = checkIns.save(simple(london(3, 1, 9), Map.of()));
        CheckIn sameUid = new CheckIn(0, saved.uid(), london(3, 2, 9), Recorder.PATIENT, Map.of(), "", null, null, "");
        assertThrows(StorageException.class, () -> checkIns.save(sameUid));
        assertEquals(1, checkIns.count());
    }

    @Test
    void tenYearsOfDailyEntriesAreSavedAndReadBack() {
        long swelling = store.items().add("Swollen ankles", ItemKind.COUNT).id();
        long sores = store.items().add("Mouth sores", ItemKind.SCORE).id();
        List<Long> itemIds = store.items().all().stream().map(SymptomItem::id).collect(Collectors.toList());
        assertEquals(14, itemIds.size(), "ten ESAS-r, two built-in counts, two of the user's own");
        assertTrue(itemIds.contains(swelling) && itemIds.contains(sores));

        LocalDate firstDay = LocalDate.of(2016, 1, 1);
        int days = 3650;
        long started = System.nanoTime();
        for (int i = 0; i < days; i++) {
            Map<Long, Integer> answers = new HashMap<>();
            for (int k = 0; k < itemIds.size(); k++) {
                answers.put(itemIds.get(k), (i + k) % 11);
            }
            checkIns.save(simple(firstDay.plusDays(i).atTime(8, 0).atZone(LONDON), answers));
        }
        long saveMillis = (System.nanoTime() - started) / 1_000_000;

        started = System.nanoTime();
        List<CheckIn> all = checkIns.all();
        long readMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        Map<Long, Integer> previous = checkIns.previousAnswers(all.get(0).recordedAt().toInstant());
        long previousMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("10 years: %d saves in %d ms, all() in %d ms, previousAnswers() in %d ms%n", days,
                saveMillis, readMillis, previousMillis);
        assertEquals(all.get(1).answers(), previous, "yesterday answered everything");

        assertEquals(days, checkIns.count());
        assertEquals(days, all.size());
        LocalDate lastDay = firstDay.plusDays(days - 1);
        assertEquals(lastDay, all.get(0).day());
        assertEquals(firstDay, all.get(days - 1).day());
        assertTrue(all.stream().allMatch(e -> e.answers().size() == 14));
        assertEquals((days - 1) % 11, all.get(0).answers().get(itemIds.get(0)));
        assertEquals(0, all.get(days - 1).answers().get(itemIds.get(0)));
        assertEquals(11 % 11, all.get(days - 1).answers().get(itemIds.get(11)));
        assertEquals(lastDay.minusDays(1), checkIns.latestBefore(all.get(0).recordedAt().toInstant())
                .orElseThrow().day());
        assertEquals(366, checkIns.between(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)).size());
        assertNotEquals(all.get(0).uid(), all.get(1).uid());
    }
}
