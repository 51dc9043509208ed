package org.leiojournal.fuzz;

import org.leiojournal.TestClocks;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.leiojournal.settings.SettingsStore;
import org.leiojournal.settings.WindowSettings;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.storage.NewerJournalException;
import org.leiojournal.storage.StorageException;

/**
 * The other files the app reads: settings.json (a damaged one falls back to the defaults, never stops the app)
 * and the journal file itself (a damaged one is refused as a {@link StorageException} naming no more than that,
 * never another exception or a hang).
 */
class OtherFilesFuzzTest {

    private static Path work;
    private static byte[] journal;

    @BeforeContainer
    static void makeAJournal() throws Exception {
        work = Files.createTempDirectory("leio-fuzz-files");
        Path folder = work.resolve("journal");
        try (JournalStore store = JournalStore.open(folder, TestClocks.SUNDAY)) {
            store.items().add("Numb fingers", org.leiojournal.domain.symptom.ItemKind.SCORE);
        }
        journal = Files.readAllBytes(folder.resolve(JournalStore.FILE_NAME));
    }

    @AfterContainer
    static void cleanUp() throws Exception {
        try (Stream<Path> files = Files.walk(work)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Property(seed = "20261122")
    void aDamagedSettingsFileGivesTheDefaultsOrWhatItStillSays(@ForAll long seed) throws Exception {
        Path folder = Files.createDirectories(work.resolve("settings-" + Long.toHexString(seed)));
        byte[] good = "{\n  \"width\" : 1200.0,\n  \"height\" : 800.0,\n  \"maximized\" : false\n}"
                .getBytes(StandardCharsets.UTF_8);
        Files.write(folder.resolve(SettingsStore.FILE_NAME), Mutator.json(good, new Random(seed)));
        WindowSettings loaded = assertTimeoutPreemptively(ImportTarget.LIMIT, () -> new SettingsStore(folder).load());
        assertNotNull(loaded);
    }

    @Property(seed = "20261122", tries = 60)
    void aDamagedJournalFileIsRefusedAsDamagedOrOpens(@ForAll long seed) throws Exception {
        Path folder = Files.createDirectories(work.resolve("journal-" + Long.toHexString(seed)));
        Random random = new Random(seed);
        byte[] damaged = journal.clone();
        for (int i = 0, n = 1 + random.nextInt(20); i < n; i++) {
            damaged[random.nextInt(random.nextBoolean() ? 100 : damaged.length)] = (byte) random.nextInt(256);
        }
        if (random.nextInt(4) == 0) {
            damaged = java.util.Arrays.copyOf(damaged, random.nextInt(damaged.length));
        }
        Files.write(folder.resolve(JournalStore.FILE_NAME), damaged);
        // any exception but these two, or a hang, fails the property
        assertTimeoutPreemptively(ImportTarget.LIMIT, () -> {
            try (JournalStore store = JournalStore.open(folder, TestClocks.SUNDAY)) {
                store.checkIns().all();
                store.items().all();
            } catch (StorageException | NewerJournalException e) {
                // refused as damaged, or as newer when the version bytes were hit
            }
        });
    }
}
