package org.leiojournal.fuzz;

import org.leiojournal.TestClocks;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.leiojournal.storage.ImportMode;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.transfer.JournalExport;
import org.leiojournal.transfer.JournalImport;
import org.leiojournal.transfer.JournalImportException;

/**
 * A journal holding the seed, which each input is imported into: the input must be imported or refused with a
 * {@link JournalImportException} within {@link #LIMIT} (any other exception, or a hang, fails), and a refused one
 * must leave the journal byte for byte as it was. An accepted one is undone by importing the seed again.
 */
final class ImportTarget implements AutoCloseable {

    static final Duration LIMIT = Duration.ofSeconds(10);

    private final Path work;
    private final JournalStore store;
    private final Path seed;
    private final byte[] before;
    private int files;
    private int accepted;
    private int refused;
    private String lastRefusal = "";

    ImportTarget(Path work, byte[] seedJson) throws Exception {
        this.work = work;
        this.store = JournalStore.open(work.resolve("target-journal"), TestClocks.SUNDAY);
        this.seed = Files.write(work.resolve("seed-again.json"), seedJson);
        JournalImport.from(store, seed, ImportMode.REPLACE);
        this.before = export();
        assertArrayEquals(seedJson, before, "the seed goes in and out unchanged");
    }

    /** True when {@code input} (named with {@code suffix}: ".json", ".zip") was accepted. */
    boolean check(byte[] input, String suffix, ImportMode mode) throws Exception {
        Path file = Files.write(work.resolve("input-" + (files++ % 4) + suffix), input);
        boolean accepted = assertTimeoutPreemptively(LIMIT, () -> {
            try {
                JournalImport.from(store, file, mode);
                return true;
            } catch (JournalImportException e) {
                lastRefusal = e.problem().message();
                return false;
            }
        }, () -> "import took over " + LIMIT + ": " + Mutator.describe(input));
        if (accepted) {
            this.accepted++;
            export(); // what went in reads back out
            JournalImport.from(store, seed, ImportMode.REPLACE);
        } else {
            refused++;
        }
        assertArrayEquals(before, export(), accepted ? "the seed restored" : "a refused input changed the journal: "
                + Mutator.describe(input));
        return accepted;
    }

    private byte[] export() throws Exception {
        Path out = work.resolve("export.json");
        JournalExport.toJson(store, out);
        return Files.readAllBytes(out);
    }

    /** What the user was told about the last refused input. */
    String lastRefusal() {
        return lastRefusal;
    }

    /** "N accepted, M refused": that the fuzzers reach past the first checks, and how far. */
    String tally() {
        return accepted + " accepted, " + refused + " refused";
    }

    @Override
    public void close() {
        store.close();
    }
}
