package org.leiojournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.leiojournal.TestClocks;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.lab.HomeVital;
import org.leiojournal.domain.lab.LabResult;
import org.leiojournal.domain.lab.LevelDirection;
import org.leiojournal.domain.lab.TeamLevel;

/**
 * Issue 22: blood tests are kept exactly as entered (1.50 stays 1.50, the lab's unit and range with it), edits
 * replace a test's values, a delete can be undone, and a journal from any earlier schema gains the tables.
 */
class BloodTestRepositoryTest extends OpenJournalTest {

    private static final LocalDateTime MORNING = LocalDateTime.of(2026, 11, 20, 8, 15);

    private static BloodTest count(long id, LocalDateTime at, String neutrophils) {
        return new BloodTest(id, at, "St Mary's", List.of(
                new LabResult("neutrophils", neutrophils, "10*9/L", Optional.of(new BigDecimal("2.0")),
                        Optional.of(new BigDecimal("7.50"))),
                LabResult.number("platelets", "150000", "/uL"),
                LabResult.number("urine-protein-dipstick", "trace", "")));
    }

    @Test
    void aTestIsKeptAsEnteredAndAnEditReplacesItsValues() throws Exception {
        BloodTest later = store.bloodTests().save(count(0, MORNING.plusDays(1), "0.80"));
        BloodTest first = store.bloodTests().save(count(0, MORNING, "1.50"));
        reopen();
        assertEquals(List.of(first, later), store.bloodTests().all(), "earliest draw first, exactly as saved");
        assertEquals("1.50", store.bloodTests().all().get(0).result("neutrophils").orElseThrow().value());
        assertEquals(Optional.of(new BigDecimal("7.50")),
                store.bloodTests().all().get(0).result("neutrophils").orElseThrow().labHigh());

        BloodTest edited = store.bloodTests().save(new BloodTest(first.id(), MORNING, "",
                List.of(LabResult.number("haemoglobin", "10.2", "g/dL"))));
        assertEquals(List.of(edited, later), store.bloodTests().all(), "the old values are gone");
    }

    /** A report reads its days only: from the first day's midnight to the last minute of its last day. */
    @Test
    void betweenTwoDaysReadsTheTestsDrawnOnThemWithTheirValues() throws Exception {
        java.time.LocalDate first = MORNING.toLocalDate();
        java.time.LocalDate last = first.plusDays(2);
        store.bloodTests().save(count(0, first.atStartOfDay().minusMinutes(1), "1.1"));
        BloodTest atMidnight = store.bloodTests().save(count(0, first.atStartOfDay(), "1.2"));
        BloodTest lastMinute = store.bloodTests().save(count(0, last.atTime(23, 59), "1.3"));
        store.bloodTests().save(count(0, last.plusDays(1).atStartOfDay(), "1.4"));
        assertEquals(List.of(atMidnight, lastMinute), store.bloodTests().between(first, last));
        assertEquals(3, store.bloodTests().between(first, last).get(1).results().size(), "each with all its values");
        assertEquals(4, store.bloodTests().all().size());
    }

    @Test
    void aHomeReadingWithoutAPulseReadsBackWithoutOne() throws Exception {
        // wasNull() was asked after the diastolic, so a missing pulse read back as 0 and the journal would not open
        HomeVital none = store.homeVitals().save(new HomeVital(0, MORNING, 128, 84, Optional.empty()));
        HomeVital some = store.homeVitals().save(new HomeVital(0, MORNING.plusDays(1), 142, 91, Optional.of(78)));
        reopen();
        assertEquals(List.of(none, some), store.homeVitals().all());
    }

    @Test
    void aDeleteTakesTheValuesAndUndoPutsThemBack() {
        BloodTest saved = store.bloodTests().save(count(0, MORNING, "1.5"));
        Deleted deleted = store.bloodTests().delete(saved.id());
        assertEquals(List.of(), store.bloodTests().all());
        deleted.restore();
        assertEquals(List.of(saved), store.bloodTests().all());
        store.bloodTests().delete(saved.id());
        assertThrows(StorageException.class, () -> store.bloodTests().save(saved), "an update of a deleted test");
    }

    @Test
    void theTeamsLevelIsOnePerMeasureAndCanBeCleared() throws Exception {
        assertEquals(Optional.empty(), store.bloodTests().level("neutrophils"), "none until the user sets one");
        store.bloodTests().setLevel(new TeamLevel("neutrophils", LevelDirection.AT_LEAST, new BigDecimal("1.5"),
                "10*9/L"));
        TeamLevel changed = new TeamLevel("neutrophils", LevelDirection.AT_LEAST, new BigDecimal("1.0"), "10*9/L");
        store.bloodTests().setLevel(changed);
        TeamLevel systolic = new TeamLevel("systolic", LevelDirection.AT_MOST, new BigDecimal("150"), "mm[Hg]");
        store.bloodTests().setLevel(systolic);
        reopen();
        assertEquals(List.of(changed, systolic), store.bloodTests().levels());
        store.bloodTests().clearLevel("neutrophils");
        assertEquals(List.of(systolic), store.bloodTests().levels());
    }

    @ParameterizedTest(name = "from schema version {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void aJournalFromEveryEarlierVersionGainsBloodTestsAndKeepsItsRows(int version) throws Exception {
        Path old = temp.resolve("v" + version);
        JournalStore.open(old, Migration.bundled().subList(0, version), TestClocks.SUNDAY).close();
        OldJournal.execute(old, "INSERT INTO check_in (id, uid, day, recorded_at, zone, recorder_role, note) VALUES "
                + "(1, 'entry-1', '2026-11-20', '2026-11-20T09:00:00Z', 'Europe/London', 'PATIENT', 'kept')");
        try (JournalStore v7 = JournalStore.open(old, Migration.bundled(), TestClocks.SUNDAY)) {
            assertEquals(1, v7.checkIns().all().size(), "the old check-in is still there");
            BloodTest saved = v7.bloodTests().save(count(0, MORNING, "1.5"));
            assertEquals(List.of(saved), v7.bloodTests().all());
        }
        assertTrue(Files.list(old.resolve(JournalStore.BACKUP_FOLDER)).anyMatch(
                p -> p.getFileName().toString().startsWith("journal-before-v" + (version + 1))),
                "the journal was copied before the upgrade");
    }
}
