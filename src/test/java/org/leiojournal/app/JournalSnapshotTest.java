package org.leiojournal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.TestClocks;
import org.leiojournal.domain.lab.BloodPressureLevels;
import org.leiojournal.domain.lab.LevelDirection;
import org.leiojournal.domain.lab.TeamLevel;
import org.leiojournal.sample.SampleCopies;
import org.leiojournal.storage.JournalStore;

/**
 * What the window's screens share, read in one go (at the start, off the UI thread): everything Today's first frame
 * needs, as the journal holds it, and the call temperature corrected before the profile is read.
 */
class JournalSnapshotTest {

    @TempDir
    Path folder;

    @Test
    void holdsWhatTheJournalHoldsForTheFirstScreen() throws Exception {
        SampleCopies.copy(folder, ZonedDateTime.now(TestClocks.SUNDAY), 1);
        try (JournalStore store = JournalStore.open(folder, TestClocks.SUNDAY)) {
            JournalSnapshot first = JournalSnapshot.read(store);
            assertEquals(store.profile().load(), first.profile());
            assertEquals(store.items().all(), first.items());
            assertEquals(store.contacts().all(), first.contacts());
            assertEquals(store.courses().all(), first.courses());
            assertEquals(store.priorAnthracycline().load(), first.priorAnthracycline());
            assertEquals(store.appointments().all(), first.appointments());
            assertEquals(store.alerts().open(), first.openAlerts());
            assertFalse(first.courses().isEmpty(), "the sample has courses, so the comparison means something");
            assertFalse(first.appointments().isEmpty());
            assertEquals(Optional.empty(), first.thresholdBefore());
            assertThrows(UnsupportedOperationException.class, () -> first.courses().clear(), "immutable");
        }
    }

    @Test
    void aThresholdAbove38IsCorrectedBeforeTheProfileIsRead() throws Exception {
        try (JournalStore fresh = JournalStore.open(folder, TestClocks.SUNDAY)) {
            fresh.profile().save(fresh.profile().load().withWelcomeCompleted());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:"
                + folder.resolve(JournalStore.FILE_NAME).toAbsolutePath()); Statement s = c.createStatement()) {
            s.execute("UPDATE profile SET fever_threshold_c = '38.5'"); // as version 0.1 could save it
        }
        try (JournalStore store = JournalStore.open(folder, TestClocks.SUNDAY)) {
            JournalSnapshot first = JournalSnapshot.read(store);
            assertEquals(0, new BigDecimal("38.5").compareTo(first.thresholdBefore().orElseThrow()));
            assertEquals(0, new BigDecimal("38.0").compareTo(first.profile().feverThresholdCelsius()));
            assertTrue(JournalSnapshot.read(store).thresholdBefore().isEmpty(), "told once: now it holds 38.0");
        }
    }

    @Test
    void holdsTheTeamsBloodPressureLevelsSoTheCheckInKnowsAtOnceWhetherToAskForAReading() throws Exception {
        try (JournalStore store = JournalStore.open(folder, TestClocks.SUNDAY)) {
            assertEquals(BloodPressureLevels.NONE, JournalSnapshot.read(store).bloodPressureLevels(), "none set");
            store.bloodTests().setLevel(new TeamLevel("systolic", LevelDirection.AT_MOST, new BigDecimal("150"),
                    "mm[Hg]"));
            store.bloodTests().setLevel(new TeamLevel("neutrophils", LevelDirection.AT_MOST, new BigDecimal("1.0"),
                    "10*9/L"));
            BloodPressureLevels read = JournalSnapshot.read(store).bloodPressureLevels();
            assertEquals(Optional.of(150), read.systolic());
            assertEquals(Optional.empty(), read.diastolic(), "only the blood pressure levels, not the others");
        }
    }
}
