package org.leiojournal.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.domain.appointment.PreparationStep;
import org.leiojournal.domain.treatment.BodySurfaceArea;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseHistory;
import org.leiojournal.settings.AppPaths;
import org.leiojournal.storage.JournalStore;

/** The export command on real journals in a temporary folder, as a terminal would run it. */
class ExportCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T09:00:00Z"), ZoneOffset.UTC);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Path journal() {
        return dir.resolve("journal");
    }

    private Path ics() {
        return dir.resolve("leio.ics");
    }

    /** Two appointments and a two-cycle gemcitabine + docetaxel course (days 1 and 8 of each cycle). */
    private String createJournal(Path folder) throws Exception {
        try (JournalStore store = JournalStore.open(folder, CLOCK)) {
            store.appointments().save(new Appointment(0, AppointmentKind.CT, "", LocalDateTime.of(2025, 3, 20, 9, 30),
                    Optional.empty(), LONDON, "Christie Hospital", "Dr Ødegård",
                    List.of(PreparationStep.hoursBefore("Nothing to eat after midnight", 12)), List.of(),
                    AppointmentStatus.BOOKED, ""));
            store.appointments().save(new Appointment(0, AppointmentKind.CLINIC_VISIT, "Results",
                    LocalDateTime.of(2025, 4, 2, 14, 0), Optional.empty(), LONDON, "", "", List.of(), List.of(),
                    AppointmentStatus.BOOKED, ""));
            store.courses().save(new Course(0, RegimenCatalog.bundled().find("gemcitabine-docetaxel-hensley")
                    .orElseThrow(), LocalDate.of(2025, 3, 3), List.of(2),
                    BodySurfaceArea.entered(new BigDecimal("1.80")), "", CourseHistory.EMPTY));
            return store.profile().calendarUid();
        }
    }

    private boolean run(Map<String, String> environment, String... args) throws Exception {
        return new ExportCommand(environment, CLOCK, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(CommandLine.parse(args));
    }

    private boolean run(String... args) throws Exception {
        return run(Map.of(), args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static List<VEvent> events(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Calendar calendar = new CalendarBuilder().build(reader);
            return calendar.getComponents(Component.VEVENT);
        }
    }

    private static String uid(VEvent event) {
        return event.<Property>getProperty(Property.UID).orElseThrow().getValue();
    }

    @Test
    void exportsTheJournalAndSaysWhatItWrote() throws Exception {
        String calendarUid = createJournal(journal());

        assertTrue(run("--data-dir", journal().toString(), "export", "--format", "ics", "--out", ics().toString()),
                err());

        assertEquals("Exported 2 appointments and 4 treatment days to " + ics() + System.lineSeparator(), out());
        assertEquals("", err());
        List<VEvent> events = events(ics());
        assertEquals(6, events.size());
        assertTrue(events.stream().allMatch(e -> uid(e).endsWith("-" + calendarUid + "@leio-journal")));
        assertTrue(events.stream().anyMatch(e -> !e.getAlarms().isEmpty()), "reminders are on by default");
    }

    @Test
    void rangeAndNoAlarmsReachTheFile() throws Exception {
        createJournal(journal());

        assertTrue(run("--data-dir", journal().toString(), "export", "--format", "ics", "--out", ics().toString(),
                "--from", "2025-03-10", "--to", "2025-03-24", "--no-alarms"), err());

        assertEquals("Exported 1 appointment and 2 treatment days to " + ics() + System.lineSeparator(), out());
        assertTrue(events(ics()).stream().allMatch(e -> e.getAlarms().isEmpty()));
    }

    @Test
    void theFolderComesFromLeioJournalHomeAsForTheWindow() throws Exception {
        createJournal(journal());

        assertTrue(run(Map.of(AppPaths.ENV_HOME, journal().toString()), "export", "--format", "ics", "--out",
                ics().toString()), err());
        assertEquals(6, events(ics()).size());
    }

    @Test
    void aJournalOpenInTheAppIsRefusedInOneLine() throws Exception {
        createJournal(journal());
        try (JournalStore running = JournalStore.open(journal(), CLOCK)) {
            assertFalse(run("--data-dir", journal().toString(), "export", "--format", "ics", "--out",
                    ics().toString()));
        }
        assertEquals("leio-journal: the journal in " + journal() + " is open in Leio Journal; close the app and try "
                + "again" + System.lineSeparator(), err());
        assertEquals("", out());
        assertFalse(Files.exists(ics()));
    }

    @Test
    void noJournalYetIsSaidAndNoneIsCreated() throws Exception {
        Path empty = dir.resolve("nothing-here");

        assertFalse(run("--data-dir", empty.toString(), "export", "--format", "ics", "--out", ics().toString()));

        assertTrue(err().startsWith("leio-journal: there is no journal in " + empty), err());
        assertEquals(1, err().lines().count());
        assertFalse(Files.exists(empty), "opening would have created an empty journal");
        assertFalse(Files.exists(ics()));
    }

    @Test
    void aFileThatCannotBeWrittenIsOneLineWithoutAStackTrace() throws Exception {
        createJournal(journal());
        Path nowhere = dir.resolve("no-such-folder").resolve("leio.ics");

        assertFalse(run("--data-dir", journal().toString(), "export", "--format", "ics", "--out",
                nowhere.toString()));

        assertEquals("leio-journal: could not write " + nowhere + ": its folder does not exist"
                + System.lineSeparator(), err());
        assertEquals("", out());
    }

    @Test
    void theJournalItselfIsNeverOverwritten() throws Exception {
        createJournal(journal());
        byte[] before = Files.readAllBytes(journal().resolve(JournalStore.FILE_NAME));

        assertFalse(run("--data-dir", journal().toString(), "export", "--format", "ics", "--out",
                journal().resolve(JournalStore.FILE_NAME).toString()));
        assertFalse(run("--data-dir", journal().toString(), "export", "--format", "ics", "--out",
                journal().resolve("backups").resolve("..").resolve("calendar.ics").toString()));

        assertEquals("leio-journal: write the calendar outside the journal's folder " + journal(),
                err().lines().findFirst().orElseThrow());
        assertEquals(2, err().lines().count());
        assertArrayEquals(before, Files.readAllBytes(journal().resolve(JournalStore.FILE_NAME)));
    }

    @Test
    void aFolderAsTheFileIsRefusedAndKept() throws Exception {
        createJournal(journal());

        assertFalse(run("--data-dir", journal().toString(), "export", "--format", "ics", "--out",
                dir.toString()));

        assertEquals("leio-journal: could not write " + dir + ": is a folder" + System.lineSeparator(), err());
        assertTrue(Files.isDirectory(dir));
    }

    /** The sheet as the terminal writes it: one page, named; the course starts in two days, so none given yet. */
    @Test
    void writesTheEmergencySheet() throws Exception {
        createJournal(journal());
        try (JournalStore store = JournalStore.open(journal(), CLOCK)) {
            org.leiojournal.domain.profile.Profile p = store.profile().load();
            store.profile().save(new org.leiojournal.domain.profile.Profile("Ana Ødegård", p.usualRecorder(),
                    p.temperatureUnit(), p.weightUnit(), p.feverThresholdCelsius(), true, p.usualStoolsPerDay(),
                    Optional.of(LocalDate.of(1961, 5, 17))));
        }
        Path sheet = dir.resolve("sheet.pdf");

        assertTrue(run("--data-dir", journal().toString(), "export", "--format", "emergency", "--out",
                sheet.toString(), "--paper", "a4"), err());

        assertEquals("Wrote the emergency sheet (1 page, with the name and date of birth) to " + sheet
                + System.lineSeparator(), out());
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(sheet.toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("FOR THE EMERGENCY DEPARTMENT") && text.contains("Ana Ødegård")
                    && text.contains("Date of birth: 17 May 1961")
                    && text.contains("No chemotherapy recorded in this journal"), text);
        }
    }
}
