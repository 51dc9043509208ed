package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.sample.SampleJournal;
import org.leiojournal.settings.WindowSettings;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.BackgroundTasks;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.testing.FxSettle;

/** The welcome's way into a sample journal, labelled as invented on every screen, and the way back. */
class SampleJournalViewTest extends JournalUiTest {

    private JournalSession session;

    /** The window as the app builds it: through the session that switches journals. */
    @Override
    void open() {
        session = new JournalSession(stage, dataDir, new WindowSettings(1366, 768, false), new Messages(Locale.UK),
                new BackgroundTasks(Runnable::run, Runnable::run), CLOCK, openedFolders::add, Optional.empty());
        session.show(store);
        store = null; // the session owns the journal now and closes it
        stage.toFront();
    }

    @AfterEach
    void closeSessionAndSample() throws Exception {
        session.close();
        Path sample = SampleJournal.folderBeside(dataDir);
        if (Files.exists(sample)) {
            try (Stream<Path> files = Files.walk(sample)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Test
    void exploringOpensALabelledSampleMidCourseAndLeavingItReturnsToTheUntouchedWelcome() {
        assertTrue(lookup("#sample-banner").tryQuery().isEmpty(), "the user's own journal has no banner");
        clickOn(reveal("#welcome-sample"));
        FxSettle.settle();

        JournalStore sample = session.store();
        assertTrue(sample.isSample());
        assertEquals(SampleJournal.folderBeside(dataDir), sample.folder());
        assertTrue(lookup("#sample-banner").query().isVisible());
        assertTrue(lookup("#sample-banner-text").queryAs(Label.class).getText().contains("invented"));
        assertEquals("Leio Journal — SAMPLE (invented data)", stage.getTitle());
        Course gemDoc = sample.courses().all().stream()
                .filter(c -> c.plan().id().equals("gemcitabine-docetaxel-hensley")).findFirst().orElseThrow();
        assertEquals("Gemcitabine + docetaxel — cycle 3, day 9",
                lookup("#today-position-" + gemDoc.id()).queryAs(Label.class).getText());

        shortcut(KeyCode.DIGIT5);
        assertTrue(lookup("#sample-banner").query().isVisible(), "on every screen");
        shortcut(KeyCode.DIGIT7);
        assertTrue(lookup("#settings-sample").tryQuery().isEmpty(), "no sample from inside the sample");

        clickOn("#sample-leave");
        FxSettle.settle();
        JournalStore mine = session.store();
        assertEquals(dataDir, mine.folder());
        assertFalse(mine.isSample());
        assertTrue(lookup("#welcome-view").query().isVisible(), "the welcome again: it was never completed");
        assertTrue(lookup("#sample-banner").tryQuery().isEmpty());
        assertEquals("Leio Journal", stage.getTitle());
        assertEquals(0, mine.checkIns().count(), "no sample data in the user's journal");
        assertEquals(0, mine.courses().all().size());
        assertEquals(0, mine.appointments().all().size());
        assertFalse(mine.profile().load().welcomeCompleted());
        assertFalse(Files.exists(dataDir.resolve(JournalStore.SAMPLE_MARKER)));
    }

    @Test
    void settingsOfferTheSampleTooAndItIsWrittenAfreshEachTime() {
        completeWelcome();
        shortcut(KeyCode.DIGIT7);
        clickOn(reveal("#settings-sample"));
        FxSettle.settle();
        int first = session.store().checkIns().count();
        interact(() -> session.store().checkIns().delete(session.store().checkIns().all().get(0).id()));
        clickOn("#sample-leave");
        FxSettle.settle();
        assertTrue(lookup("#today-view").query().isVisible(), "back on the user's own Today");

        shortcut(KeyCode.DIGIT7);
        clickOn(reveal("#settings-sample"));
        FxSettle.settle();
        assertEquals(first, session.store().checkIns().count(), "a fresh sample, not the one changed before");
    }
}
