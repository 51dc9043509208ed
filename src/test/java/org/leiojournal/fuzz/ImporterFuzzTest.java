package org.leiojournal.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.leiojournal.storage.ImportMode;

/**
 * Fuzzes the JSON and CSV importers with property-based generation (jqwik): each try mutates the seed journal's
 * export from a random seed ({@link Mutator}, {@link CsvMutator}) and imports it as a merge or a replace into a
 * journal holding the seed ({@link ImportTarget}): imported or refused, never another exception, never a hang,
 * and a refused input changes nothing. A failing try prints its seed, which reproduces its input exactly.
 * Tries per property: {@code jqwik.tries.default} in junit-platform.properties (CI); for a longer run,
 * {@code mvn test -Dtest=ImporterFuzzTest -Djqwik.tries.default=10000}.
 */
class ImporterFuzzTest {

    private static Path work;
    private static FuzzSeeds seeds;
    private static ImportTarget target;

    @BeforeContainer
    static void makeSeeds() throws Exception {
        work = Files.createTempDirectory("leio-fuzz");
        seeds = FuzzSeeds.make(work);
        target = new ImportTarget(work, seeds.json);
    }

    @AfterContainer
    static void cleanUp() throws Exception {
        System.out.println("ImporterFuzzTest: " + target.tally());
        target.close();
        try (Stream<Path> files = Files.walk(work)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Property(seed = "20261122")
    void aMutatedJsonExportIsImportedOrRefusedWithTheJournalUnchanged(@ForAll long seed, @ForAll boolean replace)
            throws Exception {
        byte[] input = Mutator.json(seeds.json, new Random(seed));
        target.check(input, ".json", replace ? ImportMode.REPLACE : ImportMode.MERGE);
    }

    @Property(seed = "20261122")
    void aMutatedCsvZipIsImportedOrRefusedWithTheJournalUnchanged(@ForAll long seed, @ForAll boolean replace)
            throws Exception {
        byte[] input = CsvMutator.zip(seeds.csvZip, new Random(seed));
        target.check(input, ".zip", replace ? ImportMode.REPLACE : ImportMode.MERGE);
    }
}
