package org.leiojournal.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.leiojournal.TestFolders;
import org.leiojournal.platform.FilePermissions;

/**
 * Sample journals for tests that read one: each (moment, years) is written by {@link SampleJournal#create} once per
 * test JVM and copied, file by file, into the folder a test asks for. A copy holds the same rows as a fresh sample
 * (only the random ids differ between two fresh ones) and costs milliseconds, where writing the one-year sample
 * takes a second or two and the ten-year one several. Each test gets its own copy, so it may change it freely.
 * Tests of the generator's own rules ({@code SampleJournalTest}) still call {@code create}.
 */
public final class SampleCopies {

    private static final Map<String, SampleSummary> WRITTEN = new HashMap<>();
    private static Path store;

    private SampleCopies() {
    }

    /**
     * A copy of the sample of {@code years} years up to {@code now} in {@code folder}, made if missing (it must hold
     * no journal yet).
     */
    public static synchronized SampleSummary copy(Path folder, ZonedDateTime now, int years) throws Exception {
        SampleSummary written = WRITTEN.get(now + "/" + years);
        if (written == null) {
            written = SampleJournal.create(store().resolve(WRITTEN.size() + "-" + years + "y"), now, years);
            WRITTEN.put(now + "/" + years, written);
        }
        FilePermissions.createPrivateDirectory(folder);
        TestFolders.copy(written.folder(), folder);
        return new SampleSummary(folder, written.days(), written.checkIns(), written.courses(),
                written.appointments());
    }

    /** One folder for this JVM's samples, removed when the JVM ends. */
    private static Path store() throws IOException {
        if (store == null) {
            store = Files.createTempDirectory("leio-samples");
            Path made = store;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(made), "sample-copies-cleanup"));
        }
        return store;
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
