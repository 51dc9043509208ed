package org.leiojournal.storage;

import org.leiojournal.TestClocks;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.Recorder;

/** Sample folders are told apart from real journals by their marker, and only they are ever discarded. */
class SampleFolderTest extends OpenJournalTest {

    private static CheckIn entry(int day) {
        return new CheckIn(0, CheckIn.newUid(), ZonedDateTime.of(2026, 3, day, 8, 0, 0, 0, ZoneId.of("Europe/London")),
                Recorder.PATIENT, Map.of(), "", null, null, "");
    }

    @Test
    void manyCallsInOneTransactionAreSavedTogetherOrNotAtAll() throws Exception {
        RuntimeException boom = new IllegalStateException("boom");
        assertEquals(boom, assertThrows(IllegalStateException.class, () -> store.inOneTransaction(() -> {
            store.checkIns().save(entry(1));
            store.checkIns().save(entry(2));
            throw boom;
        })));
        assertEquals(0, store.checkIns().count(), "the saves before the failure were rolled back");

        store.inOneTransaction(() -> {
            store.checkIns().save(entry(1));
            store.checkIns().save(entry(2));
        });
        store.checkIns().save(entry(3)); // a single save still commits on its own afterwards
        reopen();
        assertEquals(3, store.checkIns().count());
    }

    @Test
    void aJournalIsASampleOnlyWithTheMarker() throws Exception {
        assertFalse(store.isSample());
        Files.writeString(folder().resolve(JournalStore.SAMPLE_MARKER), "invented");
        assertTrue(store.isSample());
        assertTrue(JournalStore.isSample(folder()));
    }

    @Test
    void aRealJournalIsNeverDiscarded() throws Exception {
        store.checkIns().save(entry(1));
        store.close();
        byte[] before = Files.readAllBytes(folder().resolve(JournalStore.FILE_NAME));
        assertThrows(IOException.class, () -> JournalStore.discardSample(folder()));
        assertArrayEquals(before, Files.readAllBytes(folder().resolve(JournalStore.FILE_NAME)));
        store = JournalStore.open(folder(), TestClocks.SUNDAY);
        assertEquals(1, store.checkIns().count());
    }

    @Test
    void aSampleIsDiscardedWholeOnlyWhenNoOneHasItOpen() throws Exception {
        Path sample = temp.resolve("journal-sample");
        Files.createDirectories(sample);
        Files.writeString(sample.resolve(JournalStore.SAMPLE_MARKER), "invented");
        try (JournalStore open = JournalStore.open(sample, TestClocks.SUNDAY)) {
            open.checkIns().save(entry(1));
            assertThrows(JournalInUseException.class, () -> JournalStore.discardSample(sample));
        }
        Files.createDirectories(sample.resolve(JournalStore.BACKUP_FOLDER));
        Files.writeString(sample.resolve(JournalStore.BACKUP_FOLDER).resolve("old.sqlite"), "copy");

        JournalStore.discardSample(sample);
        assertFalse(JournalStore.holdsJournal(sample));
        assertFalse(JournalStore.isSample(sample));
        assertFalse(Files.exists(sample.resolve(JournalStore.BACKUP_FOLDER)));
    }

    @Test
    void aFolderWithNeitherJournalNorMarkerIsLeftAlone() throws Exception {
        Path other = temp.resolve("other");
        Files.createDirectories(other);
        Files.writeString(other.resolve("notes.txt"), "mine");
        JournalStore.discardSample(other);
        JournalStore.discardSample(temp.resolve("missing"));
        assertEquals("mine", Files.readString(other.resolve("notes.txt")));
        assertFalse(Files.exists(temp.resolve("missing")));
    }
}
