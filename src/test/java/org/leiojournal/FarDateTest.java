package org.leiojournal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.storage.JournalStore;

/**
 * The main flows of the command line, run with the app's clock set far from any real today: each must take the
 * user's local day from that clock, never the machine's date or UTC.
 */
class FarDateTest {

    @TempDir
    Path temp;

    static Stream<Arguments> farClocks() {
        return Stream.of(
                Arguments.of("a leap day", clock("2028-02-29T12:00:00Z", "Europe/London"), "2028-02-29"),
                Arguments.of("the night the clocks go forward", clock("2027-03-28T01:30:00Z", "Europe/London"),
                        "2027-03-28"),
                Arguments.of("the night the clocks go back", clock("2031-10-26T01:30:00Z", "Europe/Berlin"),
                        "2031-10-26"),
                Arguments.of("23:30 on New Year's Eve in New York, already 1 January in UTC",
                        clock("2031-01-01T04:30:00Z", "America/New_York"), "2030-12-31"),
                Arguments.of("00:30 in Auckland, still yesterday in UTC", clock("2029-07-14T12:30:00Z",
                        "Pacific/Auckland"), "2029-07-15"));
    }

    private static Clock clock(String instant, String zone) {
        return Clock.fixed(Instant.parse(instant), ZoneId.of(zone));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("farClocks")
    void everyFlowTakesTheUsersDayFromTheAppsClock(String when, Clock clock, String localDay) throws Exception {
        LocalDate today = LocalDate.parse(localDay);
        assertEquals(today, LocalDate.now(clock), "the case is set up as described");
        Path journal = temp.resolve("journal");

        run(clock, "sample", "--out", journal.toString());
        try (JournalStore store = JournalStore.open(journal, clock)) {
            LocalDate lastDay = store.checkIns().all().stream().map(CheckIn::day)
                    .max(Comparator.naturalOrder()).orElseThrow();
            assertEquals(today.minusDays(1), lastDay, "the sample's story ends the day before the user's today");
        }

        Path copies = Files.createDirectories(temp.resolve("copies"));
        run(clock, "--data-dir", journal.toString(), "backup", "--to", copies.toString());
        assertTrue(Files.exists(copies.resolve("leio-journal-" + localDay + ".sqlite")),
                "a copy is named by the user's day: " + list(copies));

        run(clock, "--data-dir", journal.toString(), "backup");
        try (JournalStore store = JournalStore.open(journal, clock)) {
            assertTrue(store.backups().dailyIfDue().isEmpty(), "today's backup counts as today's");
        }

        Path report = temp.resolve("report.pdf");
        run(clock, "--data-dir", journal.toString(), "export", "--format", "pdf", "--out", report.toString());
        assertTrue(Files.size(report) > 0);
        Path calendar = temp.resolve("journal.ics");
        run(clock, "--data-dir", journal.toString(), "export", "--format", "ics", "--out", calendar.toString());
        assertTrue(Files.readString(calendar).contains("BEGIN:VCALENDAR"));

        Path json = temp.resolve("journal.json");
        run(clock, "--data-dir", journal.toString(), "export", "--format", "json", "--out", json.toString());
        Path other = temp.resolve("other");
        run(clock, "--data-dir", other.toString(), "import", json.toString());
        try (JournalStore original = JournalStore.open(journal, clock);
             JournalStore imported = JournalStore.open(other, clock)) {
            assertEquals(original.checkIns().count(), imported.checkIns().count());
        }
    }

    private static void run(Clock clock, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Launcher.run(args, Map.of(), clock, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Launcher.OK, exit, String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8));
    }

    private static String list(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList().toString();
        }
    }
}
