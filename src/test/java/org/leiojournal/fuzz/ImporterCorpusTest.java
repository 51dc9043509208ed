package org.leiojournal.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.storage.ImportMode;

/**
 * The inputs the fuzzers found or that are known to hurt importers (see the corpus's README): each is refused,
 * with the message the user sees, and the journal stays byte for byte as it was, as a merge and as a replace.
 */
class ImporterCorpusTest {

    @TempDir
    static Path work;
    private static ImportTarget target;

    @BeforeAll
    static void seed() throws Exception {
        target = new ImportTarget(work, FuzzSeeds.make(work).json);
    }

    @AfterAll
    static void close() {
        target.close();
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("json/deep-nesting.json", "\"tables\" should be an object holding one list per table"),
                Arguments.of("json/huge-number.json", "a number in the file has more digits than any journal value"),
                Arguments.of("json/nul-and-surrogate.json", null),
                Arguments.of("csv/entry-name-not-utf8.zip", null),
                Arguments.of("csv/same-table-twice.zip", "it holds check_in.csv twice, so which one to read is not "
                        + "clear"),
                Arguments.of("csv/zip-bomb.zip", "a file in it is larger than any journal holds"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedAndChangesNothing(String name, String reason) throws Exception {
        Path file = Path.of("src/test/resources/org/leiojournal/fuzz").resolve(name);
        byte[] input = Files.readAllBytes(file);
        String suffix = name.substring(name.lastIndexOf('.'));
        for (ImportMode mode : ImportMode.values()) {
            assertFalse(target.check(input, suffix, mode), name + " was accepted as a " + mode);
            assertTrue(reason == null || target.lastRefusal().endsWith(reason), target.lastRefusal());
        }
    }
}
