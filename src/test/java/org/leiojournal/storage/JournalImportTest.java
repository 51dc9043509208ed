package org.leiojournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.sample.SampleCopies;

/**
 * Rows read from one journal and imported into another: replace gives the same rows back, merge adds only what
 * is missing, and a set of rows with any problem changes nothing.
 */
class JournalImportTest extends OpenJournalTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path shared;

    /** The rows of a one-year sample journal. */
    static JournalRows sample;

    @BeforeAll
    static void readSample() throws Exception {
        Path folder = shared.resolve("sample");
        SampleCopies.copy(folder, ZonedDateTime.of(2026, 11, 22, 9, 30, 0, 0, ZoneId.of("Europe/London")), 1);
        try (JournalStore store = JournalStore.open(folder, CLOCK)) {
            sample = store.rows();
        }
    }

    /** The rows, table by table; the first difference is named in the failure, not the whole journal. */
    static List<String> content(JournalRows rows) {
        List<String> content = new ArrayList<>();
        for (JournalTable t : JournalTables.all()) {
            List<JournalRow> list = rows.of(t);
            content.add(t.name() + ": " + list.size() + " rows");
            for (int i = 0; i < list.size(); i++) {
                content.add(t.name() + " " + (i + 1) + ": " + list.get(i).values());
            }
        }
        return content;
    }

    static void assertSameRows(JournalRows expected, JournalRows actual, String message) {
        List<String> a = content(expected);
        List<String> b = content(actual);
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            assertEquals(a.get(i), b.get(i), message);
        }
        assertEquals(a.size(), b.size(), message);
    }

    static JournalTable table(String name) {
        return JournalTables.named(name).orElseThrow();
    }

    /** The sample's rows with one row of one table changed. */
    static JournalRows changed(String name, int row, UnaryOperator<List<Object>> change) {
        JournalRows rows = new JournalRows();
        for (JournalTable t : JournalTables.all()) {
            List<JournalRow> list = sample.of(t);
            for (int i = 0; i < list.size(); i++) {
                List<Object> values = new ArrayList<>(list.get(i).values());
                rows.add(t, new JournalRow(t.name().equals(name) && i == row ? change.apply(values) : values));
            }
        }
        return rows;
    }

    private JournalStore openAt(Path folder) throws Exception {
        return JournalStore.open(folder, Migration.bundled(), CLOCK);
    }

    @Test
    void theSampleHasRowsInEveryTableThatMatters() {
        for (String name : List.of("profile", "symptom_item", "check_in", "check_in_answer", "alert", "course",
                "course_dose", "medicine", "medicine_taken", "appointment", "appointment_question")) {
            assertTrue(sample.of(table(name)).size() > 0, name);
        }
    }

    @Test
    void replacingAnEmptyJournalGivesTheSameRowsAndReadsBackWhole() throws Exception {
        try (JournalStore copy = openAt(temp.resolve("copy"))) {
            ImportResult result = copy.importRows(sample, ImportMode.REPLACE);

            assertSameRows(sample, copy.rows(), "");
            assertEquals(sample.size(), result.added());
            assertEquals(0, result.alreadyThere());
            assertEquals(sample.of(table("check_in")).size(), copy.checkIns().count());
            Path backup = result.backup().orElseThrow();
            assertEquals(temp.resolve("copy").resolve("backups").resolve("journal-before-import-20261122-093000.sqlite"),
                    backup);
            assertTrue(Files.size(backup) > 0, "the journal as it was is kept");
        }
    }

    @Test
    void mergingTheSameRowsAgainAddsNothing() throws Exception {
        store.importRows(sample, ImportMode.REPLACE);
        ImportResult again = store.importRows(sample, ImportMode.MERGE);

        assertEquals(0, again.added());
        assertEquals(sample.size(), again.alreadyThere());
        assertSameRows(sample, store.rows(), "");
        assertTrue(again.backup().orElseThrow().getFileName().toString().startsWith("journal-before-import-"),
                "every import, a merge too, is preceded by a backup");
    }

    @Test
    void mergingAddsWhatIsMissingWithItsOwnRowsAndCountsTheRest() throws Exception {
        store.importRows(sample, ImportMode.REPLACE);
        List<CheckIn> entries = store.checkIns().all();
        CheckIn gone = entries.stream().filter(e -> !e.answers().isEmpty()).findFirst().orElseThrow();
        store.checkIns().delete(gone.id());
        Course first = store.courses().all().get(0);
        int dosesOfFirst = first.history().doses().size();
        // The app never deletes a course; plain SQL does, with its doses (the cascade needs foreign keys on).
        OldJournal.execute(folder(), "PRAGMA foreign_keys = ON", "DELETE FROM course WHERE id = " + first.id());

        ImportResult merged = store.importRows(sample, ImportMode.MERGE);

        assertSameRows(sample, store.rows(), "the journal holds every row once");
        assertEquals(new ImportResult.Count(1, sample.of(table("check_in")).size() - 1), merged.of("check_in"));
        assertEquals(gone.answers().size(), merged.of("check_in_answer").added(), "the entry came back with its answers");
        assertEquals(dosesOfFirst, merged.of("course_dose").added());
        assertEquals(new ImportResult.Count(0, 1), merged.of("profile"), "the profile stays the journal's");
    }

    @Test
    void aMergeKeepsTheJournalsOwnVersionOfARowItAlreadyHas() throws Exception {
        store.importRows(sample, ImportMode.REPLACE);
        int notes = table("check_in").index("note");
        JournalRows edited = changed("check_in", 0, v -> {
            v.set(notes, "changed in the file");
            return v;
        });
        store.importRows(edited, ImportMode.MERGE);
        assertSameRows(sample, store.rows(), "");
    }

    @Test
    void rowsWithAProblemAreRefusedWithTheFirstOneNamedAndTheJournalIsUnchanged() throws Exception {
        store.importRows(sample, ImportMode.REPLACE);
        JournalTable checkIn = table("check_in");
        String secondUid = sample.of(checkIn).get(1).text(checkIn.index("uid"));

        assertRefused(changed("check_in", 2, v -> set(v, checkIn.index("uid"), secondUid)),
                new RowProblem("check_in", 3, "uid", "row 2 has the same uid (" + secondUid + "); each may appear once"));
        assertRefused(changed("check_in", 0, v -> set(v, checkIn.index("day"), "2101-01-01")),
                new RowProblem("check_in", 1, "day", "should be a date as yyyy-MM-dd between 1900 and 2100, such as "
                        + "2026-03-01, not \"2101-01-01\""));
        assertRefused(changed("check_in_answer", 4, v -> set(v, 0, "nowhere")),
                new RowProblem("check_in_answer", 5, "check_in_uid", "names check_in \"nowhere\", which is neither "
                        + "imported nor in the journal"));
        assertRefused(changed("check_in", 0, v -> set(v, checkIn.index("recorder_role"), "NURSE")),
                new RowProblem("check_in", 1, "recorder_role", "should be one of PATIENT, FAMILY_CAREGIVER, "
                        + "HEALTH_PROFESSIONAL, CAREGIVER_ASSISTED, not \"NURSE\""));
        assertRefused(changed("profile", 0, v -> set(v, table("profile").index("usual_stools_per_day"), 21L)),
                new RowProblem("profile", 1, "usual_stools_per_day", "should be a whole number from 0 to 20, not 21"));
    }

    @Test
    void aRowTheJournalRefusesOrTheAppCannotReadRollsTheWholeImportBack() throws Exception {
        store.importRows(sample, ImportMode.REPLACE);
        JournalTable course = table("course");
        // Valid JSON, but not a plan the app can read: found only by reading the journal back before committing.
        RowsRejectedException unreadable = assertThrows(RowsRejectedException.class, () -> store.importRows(
                changed("course", 0, v -> set(v, course.index("plan_json"), "{\"id\":\"x\"}")), ImportMode.REPLACE));
        assertEquals("course", unreadable.problem().table());
        assertTrue(unreadable.problem().reason().startsWith("the app could not read these rows back"),
                unreadable.problem().reason());
        assertSameRows(sample, store.rows(), "");

        // The schema's own check: an appointment that ends before it starts.
        JournalTable appointment = table("appointment");
        JournalRows badTimes = changed("appointment", 0, v -> set(v, appointment.index("end_local"),
                "1901-01-01T00:00"));
        RowsRejectedException refused = assertThrows(RowsRejectedException.class,
                () -> store.importRows(badTimes, ImportMode.REPLACE));
        assertEquals(new RowProblem("appointment", 1, null, "the journal refused it (CHECK constraint failed: "
                + "end_local IS NULL OR end_local > start_local)"), refused.problem());
        assertSameRows(sample, store.rows(), "");
        try (var files = Files.list(folder().resolve("backups"))) {
            assertEquals(1, files.count(), "the copies made for the refused replaces were removed");
        }
    }

    /** Issue 21: a row refused in the middle of a table's batch is named by its own number, not the batch's first. */
    @Test
    void aRowTheJournalRefusesLateInItsTableIsNamedByItsNumber() throws Exception {
        store.importRows(sample, ImportMode.REPLACE);
        JournalTable appointment = table("appointment");
        int last = sample.of(appointment).size();
        assertTrue(last > 2, "the sample has appointments before the bad one");
        JournalRows badTimes = changed("appointment", last - 1, v -> set(v, appointment.index("end_local"),
                "1901-01-01T00:00"));

        RowsRejectedException refused = assertThrows(RowsRejectedException.class,
                () -> store.importRows(badTimes, ImportMode.REPLACE));

        assertEquals(new RowProblem("appointment", last, null, "the journal refused it (CHECK constraint failed: "
                + "end_local IS NULL OR end_local > start_local)"), refused.problem());
        assertSameRows(sample, store.rows(), "the journal is unchanged");
    }

    /**
     * Issue 21: the import gives the ids itself now. An appointment's id is part of its calendar UID, so a replace
     * never gives one again, even though it empties the table first; the first new one follows the last ever given.
     */
    @Test
    void aReplaceNeverGivesAnAppointmentIdAgain() throws Exception {
        store.importRows(sample, ImportMode.REPLACE);
        long highest = store.appointments().all().stream().mapToLong(a -> a.id()).max().orElseThrow();

        store.importRows(sample, ImportMode.REPLACE);

        long lowestNew = store.appointments().all().stream().mapToLong(a -> a.id()).min().orElseThrow();
        assertEquals(highest + 1, lowestNew);
        assertSameRows(sample, store.rows(), "");
    }

    /** C2: an export from before the cap (which took up to 38.5 °C) imports, reads as 38.0 and is told once. */
    @Test
    void anImportedThresholdAbove38ReadsAs38AndIsCorrectedOnce() throws Exception {
        store.importRows(changed("profile", 0, v -> set(v, table("profile").index("fever_threshold_c"),
                "38.5")), ImportMode.REPLACE);
        assertEquals(new java.math.BigDecimal("38.0"), store.profile().load().feverThresholdCelsius());
        assertEquals(java.util.Optional.of(new java.math.BigDecimal("38.5")), store.profile().correctThreshold());
        assertEquals(java.util.Optional.empty(), store.profile().correctThreshold(), "told once");
    }

    /**
     * Issue 21: check-ins and alerts are no longer read back after the write; each is built, before anything is
     * written, with the code that reads it, so a row the app could not read is refused by its number.
     */
    @Test
    void aCheckInTheAppCouldNotReadIsRefusedByItsRowBeforeAnythingIsWritten() throws Exception {
        store.importRows(sample, ImportMode.REPLACE);
        JournalTable checkIn = table("check_in");
        UnaryOperator<List<Object>> tooHot = v -> set(set(v, checkIn.index("temperature_value"), "43.1"),
                checkIn.index("temperature_unit"), "CELSIUS");
        RowProblem expected = new RowProblem("check_in", 3, null,
                "the app could not read this row (temperature outside 34–43 °C: 43.1°C)");

        RowsRejectedException replace = assertThrows(RowsRejectedException.class,
                () -> store.importRows(changed("check_in", 2, tooHot), ImportMode.REPLACE));
        assertEquals(expected, replace.problem());
        assertSameRows(sample, store.rows(), "the journal is unchanged");

        RowsRejectedException merge = assertThrows(RowsRejectedException.class, () -> store.importRows(
                changed("check_in", 2, v -> set(tooHot.apply(v), checkIn.index("uid"), "new-entry")),
                ImportMode.MERGE));
        assertEquals(expected, merge.problem());
        assertSameRows(sample, store.rows(), "the journal is unchanged");

        // the boundary reads, and a merge keeps the journal's own version of a row it has (as before)
        store.importRows(changed("check_in", 2, v -> set(set(v, checkIn.index("temperature_value"), "43.0"),
                checkIn.index("temperature_unit"), "CELSIUS")), ImportMode.REPLACE);
        String uid = sample.of(checkIn).get(2).text(checkIn.index("uid"));
        assertEquals(new java.math.BigDecimal("43.0"), store.checkIns().all().stream()
                .filter(c -> c.uid().equals(uid)).findFirst().orElseThrow().temperature().value());
        store.importRows(changed("check_in", 2, tooHot), ImportMode.MERGE);
    }

    @Test
    void anAlertTheAppCouldNotReadIsRefusedByItsRow() throws Exception {
        store.importRows(sample, ImportMode.REPLACE);
        JournalTable alert = table("alert");
        int last = sample.of(alert).size();

        RowsRejectedException refused = assertThrows(RowsRejectedException.class, () -> store.importRows(
                changed("alert", last - 1, v -> set(v, alert.index("subject_code"), " ")), ImportMode.REPLACE));

        assertEquals(new RowProblem("alert", last, null, "the app could not read this row (a subject has a code)"),
                refused.problem());
        assertSameRows(sample, store.rows(), "the journal is unchanged");
    }

    /**
     * A home reading whose lower number is not below the upper one, or a blood test without values, is refused
     * (the first by the journal's own check, the second by reading the rows back before the commit), so no screen
     * breaks on it later.
     */
    @Test
    void aBloodTestOrHomeReadingTheAppCouldNotReadIsRefusedAndTheJournalIsUnchanged() throws Exception {
        store.importRows(sample, ImportMode.REPLACE);
        assertTrue(sample.of(table("blood_test")).size() > 0, "the sample has blood tests");

        JournalTable vital = table("home_vital");
        JournalRows equalNumbers = changed("none", 0, v -> v);
        equalNumbers.add(vital, homeReading(vital, 120L, 120L));
        RowsRejectedException reading = assertThrows(RowsRejectedException.class,
                () -> store.importRows(equalNumbers, ImportMode.REPLACE));
        assertEquals("home_vital", reading.problem().table());
        assertSameRows(sample, store.rows(), "the journal is unchanged");

        JournalTable values = table("blood_test_value");
        JournalTable test = table("blood_test");
        String firstTest = sample.of(test).get(0).text(test.index("uid"));
        JournalRows noValues = new JournalRows();
        for (JournalTable t : JournalTables.all()) {
            for (JournalRow row : sample.of(t)) {
                if (t != values || !row.text(values.index("blood_test_uid")).equals(firstTest)) {
                    noValues.add(t, row);
                }
            }
        }
        RowsRejectedException empty = assertThrows(RowsRejectedException.class,
                () -> store.importRows(noValues, ImportMode.REPLACE));
        assertEquals("blood_test", empty.problem().table());
        assertSameRows(sample, store.rows(), "the journal is unchanged");

        // the boundary: one below the other reads
        JournalRows fine = changed("none", 0, v -> v);
        fine.add(vital, homeReading(vital, 120L, 119L));
        store.importRows(fine, ImportMode.REPLACE);
        assertEquals(1, store.homeVitals().all().size());
    }

    private static JournalRow homeReading(JournalTable vital, long systolic, long diastolic) {
        List<Object> values = new ArrayList<>(java.util.Collections.nCopies(vital.columns().size(), null));
        values.set(vital.index("uid"), "home-reading-1");
        values.set(vital.index("measured_at"), "2026-11-20T07:30");
        values.set(vital.index("systolic"), systolic);
        values.set(vital.index("diastolic"), diastolic);
        return new JournalRow(values);
    }

    private void assertRefused(JournalRows rows, RowProblem expected) {
        for (ImportMode mode : ImportMode.values()) {
            RowsRejectedException e = assertThrows(RowsRejectedException.class, () -> store.importRows(rows, mode));
            if (mode == ImportMode.MERGE || !expected.reason().contains("journal")) {
                assertEquals(expected, e.problem(), mode.toString());
            }
            assertSameRows(sample, store.rows(), "the journal is unchanged");
        }
    }

    private static List<Object> set(List<Object> values, int index, Object value) {
        values.set(index, value);
        return values;
    }
}
