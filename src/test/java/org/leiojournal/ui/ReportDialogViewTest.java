package org.leiojournal.ui;

import org.leiojournal.ui.common.SampleSwitch;
import org.leiojournal.TestClocks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.settings.WindowSettings;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.FxDialogService;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.UiContexts;
import org.leiojournal.ui.testing.FxSettle;

/**
 * The clinic report through the window: Ctrl+P, the dates since the last visit, a wrong date refused next to its
 * field, Save, and the PDF read back. The file chooser is answered by the test; everything else is the app's.
 */
class ReportDialogViewTest extends JournalUiTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private Path target;

    @Override
    void prepare(JournalStore fresh) {
        super.prepare(fresh);
        fresh.profile().save(new Profile("Łukasz Nowak", Recorder.PATIENT, TemperatureUnit.CELSIUS,
                WeightUnit.KILOGRAM, new BigDecimal("37.5"), true, 0));
        long pain = fresh.items().all().stream().filter(i -> "esas.pain".equals(i.code())).findFirst()
                .map(SymptomItem::id).orElseThrow();
        int[] scores = {3, 8, 5};
        for (int i = 0; i < scores.length; i++) {
            fresh.checkIns().save(new CheckIn(0, CheckIn.newUid(), ZonedDateTime.of(2026, 11, 10 + i, 9, 0, 0, 0,
                    LONDON), Recorder.PATIENT, Map.of(pain, scores[i]), "", i == 1 ? Temperature.celsius("38.1")
                    : null, null, ""));
        }
        fresh.appointments().save(new Appointment(0, AppointmentKind.CLINIC_VISIT, "", LocalDateTime.of(2026, 11, 6,
                14, 0), Optional.empty(), LONDON, "", "", List.of(), List.of(), AppointmentStatus.ATTENDED, ""));
    }

    @Override
    void open() throws Exception {
        if (store == null) {
            store = JournalStore.open(dataDir, TestClocks.SUNDAY);
        }
        target = dataDir.resolveSibling(dataDir.getFileName() + "-report.pdf");
        Messages messages = new Messages(Locale.UK);
        dialogs = new AnsweringDialogs(new FxDialogService(stage, messages));
        dialogs.toSave = Optional.of(target);
        window = new MainWindow(stage, new WindowSettings(1366, 768, false), store,
                UiContexts.inline(dialogs, messages, CLOCK), openedFolders::add, SampleSwitch.NONE, null);
        stage.show();
        stage.toFront();
    }

    @Test
    void ctrlPMakesAReportOfTheDaysSinceTheLastVisitAndOffersToOpenIt() throws IOException {
        shortcut(KeyCode.P);
        assertEquals("Since your clinic visit on Fri 6 Nov 2026", label("#report-reason"));
        assertTrue(lookup("#report-open-file").query().isDisabled(), "nothing to open yet");

        DatePicker to = lookup("#report-to").queryAs(DatePicker.class);
        interact(() -> to.getEditor().setText("1/12/2026"));
        clickOn("#report-save");
        assertEquals("This day is still to come: choose today or earlier.", label("#report-to-error"));
        assertFalse(Files.exists(target), "nothing written");

        interact(() -> to.getEditor().setText("22/11/2026"));
        clickOn("#report-include-name");
        clickOn("#report-save");
        FxSettle.settle();
        assertTrue(Files.isRegularFile(target));
        String text;
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            text = new PDFTextStripper().getText(pdf).replace('\u00A0', ' ').replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("Łukasz Nowak"), text);
        assertTrue(text.contains("Fri 6 Nov – Sun 22 Nov 2026 (17 days)"), text);
        assertTrue(text.contains("Pain 8 5.3 2 1 3 of 17"), "worst 8, average 16/3, 2 days at 4+, 1 at 7+: " + text);
        assertTrue(text.contains("1 of 1 reading at or above 37.5 °C"), text);
        assertTrue(label("#report-status").startsWith("Saved "), label("#report-status"));

        clickOn("#report-open-file");
        clickOn("#report-show-folder");
        assertEquals(List.of(target, target.getParent()), openedFolders);
        assertEquals("leio-report-2026-11-22.pdf", dialogs.suggestedNames.get(0), "the name Save suggests");
        clickOn("#report-close");
        Files.deleteIfExists(target);
    }

    @Test
    void theSidebarButtonOpensTheSameDialog() {
        clickOn("#nav-report");
        assertTrue(lookup("#report-dialog").tryQuery().isPresent());
        assertTrue(lookup("#report-section-charts").tryQuery().isPresent());
        assertTrue(lookup("#report-section-blood").tryQuery().isPresent(), "blood tests can be left out of a report");
        clickOn("#report-close");
    }

    /** Moved from ThemeViewTest, which now mounts Settings alone: a dialog over the window (issue 20). */
    @Test
    void aDialogOpenedOverTheWindowTakesTheTheme() {
        shortcut(KeyCode.DIGIT7);
        @SuppressWarnings("unchecked")
        ComboBox<String> theme = lookup("#look-theme").queryAs(ComboBox.class);
        interact(() -> theme.setValue("high-contrast"));
        assertEquals(Color.BLACK, windowBackground());
        shortcut(KeyCode.P);
        FxSettle.settle();
        Stage report = Window.getWindows().stream().filter(w -> w != stage && w instanceof Stage && w.isShowing())
                .map(Stage.class::cast).findFirst().orElseThrow();
        try {
            assertTrue(report.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("theme-high-contrast.css")),
                    "the dialog has the theme's sheet");
            assertEquals(Color.BLACK, background(report.getScene().getRoot()), "and its colours");
        } finally {
            interact(report::close);
        }
    }

}
