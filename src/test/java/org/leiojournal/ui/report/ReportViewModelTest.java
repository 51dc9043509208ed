package org.leiojournal.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.domain.report.RangeCheck;
import org.leiojournal.domain.report.ReportSection;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.report.pdf.Paper;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.UiContexts;
import org.leiojournal.ui.treatment.RecordingDialogs;

class ReportViewModelTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:30:00Z"), LONDON);
    private static final Path JOURNAL = Path.of("/tmp/leio-journal-home");

    private final AppState state = new AppState();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<Path> opened = new ArrayList<>();
    private final List<Map<String, Object>> written = new ArrayList<>();
    private ReportWriter writer = (request, target) -> {
        written.add(Map.of("range", request.range(), "paper", request.paper(), "sections", request.sections(),
                "name", request.includeName(), "born", request.includeDateOfBirth(), "target", target));
        return 4;
    };

    private ReportViewModel model(Locale locale) {
        return new ReportViewModel(state, (request, target) -> writer.write(request, target), JOURNAL,
                UiContexts.inline(dialogs, new Messages(locale), CLOCK), opened::add);
    }

    private void visit(String localStart, AppointmentStatus status) {
        state.appointments().add(new Appointment(state.appointments().size() + 1, AppointmentKind.CLINIC_VISIT, "",
                LocalDateTime.parse(localStart), Optional.empty(), LONDON, "", "", List.of(), List.of(), status, ""));
    }

    @Test
    void theDatesStartAtTheLastClinicVisitAttendedAndSaySo() {
        visit("2026-11-03T14:00", AppointmentStatus.ATTENDED);
        visit("2026-11-13T14:00", AppointmentStatus.BOOKED);
        ReportViewModel model = model(Locale.UK);
        model.reset();
        assertEquals(LocalDate.of(2026, 11, 3), model.fromProperty().get());
        assertEquals(LocalDate.of(2026, 11, 22), model.toProperty().get());
        assertEquals("Since your clinic visit on Tue 3 Nov 2026", model.reasonProperty().get());
        model.fromProperty().set(LocalDate.of(2026, 11, 1));
        assertEquals("Dates you chose", model.reasonProperty().get());
    }

    @Test
    void withoutAVisitItIsTheLastThirtyDays() {
        ReportViewModel model = model(Locale.UK);
        model.reset();
        assertEquals(LocalDate.of(2026, 10, 24), model.fromProperty().get());
        assertEquals("The last 30 days: no clinic visit is marked as attended yet", model.reasonProperty().get());
    }

    @Test
    void paperIsLetterInTheUnitedStatesAndCanadaAndA4Elsewhere() {
        assertEquals(Paper.LETTER, model(Locale.US).paperProperty().get());
        assertEquals(Paper.LETTER, model(Locale.CANADA).paperProperty().get());
        assertEquals(Paper.A4, model(Locale.UK).paperProperty().get());
    }

    @Test
    void badDatesAreNamedNextToTheirFieldAndNothingIsAsked() {
        ReportViewModel model = model(Locale.UK);
        model.reset();
        model.fromProperty().set(LocalDate.of(2026, 11, 20));
        model.toProperty().set(LocalDate.of(2026, 11, 10));
        dialogs.fileToSave = Optional.of(Path.of("/tmp/r.pdf"));
        model.save();
        assertEquals("The last day is before the first: swap the dates.", model.errors().get(RangeCheck.Field.TO));
        model.toProperty().set(LocalDate.of(2026, 12, 1));
        model.save();
        assertEquals("This day is still to come: choose today or earlier.", model.errors().get(RangeCheck.Field.TO));
        assertTrue(written.isEmpty());
        model.toProperty().set(LocalDate.of(2026, 11, 21));
        assertFalse(model.errors().containsKey(RangeCheck.Field.TO), "the message goes once the date is changed");
    }

    @Test
    void saveWritesWhatWasChosenAndThenOffersToOpenTheReportOrItsFolder() {
        ReportViewModel model = model(Locale.UK);
        model.reset();
        model.fromProperty().set(LocalDate.of(2026, 11, 16));
        model.sectionProperty(ReportSection.TABLE).set(false);
        model.includeNameProperty().set(true);
        dialogs.fileToSave = Optional.of(Path.of("/tmp/reports/visit"));
        model.save();
        assertEquals(1, written.size());
        Map<String, Object> asked = written.get(0);
        assertEquals(Optional.of(new DateSpan(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22))),
                asked.get("range"));
        assertEquals(EnumSet.of(ReportSection.CHARTS, ReportSection.BLOOD_TESTS, ReportSection.MEDICINES,
                        ReportSection.NOTES),
                asked.get("sections"));
        assertEquals(true, asked.get("name"));
        assertEquals(false, asked.get("born"));
        assertEquals(Path.of("/tmp/reports/visit.pdf"), asked.get("target"), "the extension is added");
        assertEquals("Saved 4 pages to /tmp/reports/visit.pdf", model.statusProperty().get());
        model.openReport();
        model.showInFolder();
        assertEquals(List.of(Path.of("/tmp/reports/visit.pdf"), Path.of("/tmp/reports")), opened);
    }

    @Test
    void theDefaultRangeIsLeftToTheWriterSoTheReportSaysWhy() {
        ReportViewModel model = model(Locale.UK);
        model.reset();
        dialogs.fileToSave = Optional.of(Path.of("/tmp/r.pdf"));
        model.save();
        assertEquals(Optional.empty(), written.get(0).get("range"));
    }

    @Test
    void aCancelledChooserOrAFolderInsideTheJournalWritesNothing() {
        ReportViewModel model = model(Locale.UK);
        model.reset();
        model.save();
        dialogs.fileToSave = Optional.of(JOURNAL.resolve("report.pdf"));
        model.save();
        assertTrue(written.isEmpty());
        assertEquals(List.of("The report could not be saved"), dialogs.errors);
    }

    @Test
    void aFailedWriteSaysSoAndOffersNothingToOpen() {
        writer = (request, target) -> {
            throw new IOException("disk full");
        };
        ReportViewModel model = model(Locale.UK);
        model.reset();
        dialogs.fileToSave = Optional.of(Path.of("/tmp/r.pdf"));
        model.save();
        assertEquals(List.of("The report could not be saved"), dialogs.errors);
        assertNull(model.savedProperty().get());
        assertFalse(model.runningProperty().get());
        Set<Path> none = Set.copyOf(opened);
        model.openReport();
        assertEquals(none, Set.copyOf(opened));
    }
}
