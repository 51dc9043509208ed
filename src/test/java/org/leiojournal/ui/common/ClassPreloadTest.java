package org.leiojournal.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ClassPreloadTest {

    private static final AtomicBoolean UNTOUCHED_INITIALISED = new AtomicBoolean();

    /** Its static code says whether it ran. */
    static final class Untouched {
        static {
            UNTOUCHED_INITIALISED.set(true);
        }
    }

    @Test
    void everyClassTreatmentsListNamesStillLoads() {
        List<String> names = ClassPreload.listed(ClassPreload.TREATMENT);
        assertTrue(names.size() > 200, "the list: " + names.size());
        assertTrue(names.contains("javafx.scene.control.skin.TableViewSkin"), "the administrations table's skin");
        // a JavaFX upgrade or a class renamed here leaves names that load nothing: make the list again (its header)
        assertEquals(names.size(), new ClassPreload(names, getClass().getClassLoader(), true).run());
    }

    @Test
    void everyClassTheJournalsListNamesStillLoads() {
        List<String> names = ClassPreload.listed(ClassPreload.JOURNAL);
        assertTrue(names.size() > 200, "the list: " + names.size());
        assertTrue(names.contains("org.leiojournal.ui.journal.JournalView$ScoreCell"), "the scores' cells");
        assertTrue(names.contains("javafx.scene.control.skin.SpinnerSkin"), "the filters' spinner");
        // a JavaFX upgrade or a class renamed here leaves names that load nothing: make the list again (its header)
        assertEquals(names.size(), new ClassPreload(names, getClass().getClassLoader(), true).run());
    }

    @Test
    void everyClassTheStartsListNamesStillLoads() {
        List<String> names = ClassPreload.listed(ClassPreload.START);
        assertTrue(names.size() > 1500, "the list: " + names.size());
        assertTrue(names.contains("org.leiojournal.ui.today.TodayView"), "Today's own view");
        assertTrue(names.contains("javafx.scene.control.skin.TextFieldSkin"), "the check-in's fields");
        // a JavaFX upgrade or a class renamed here leaves names that load nothing: make the list again (its header)
        assertEquals(names.size(), new ClassPreload(names, getClass().getClassLoader(), false).run());
    }

    @Test
    void itLoadsAClassWithoutRunningItsStaticCode() {
        String name = Untouched.class.getName(); // a class literal loads the class but does not initialise it
        assertEquals(1, new ClassPreload(List.of(name), getClass().getClassLoader(), true).run());
        assertFalse(UNTOUCHED_INITIALISED.get(), "static code run off the UI thread");
    }

    @Test
    void aNameThatNoLongerLoadsIsSkipped() {
        assertEquals(1, new ClassPreload(List.of("org.leiojournal.NoSuchClass", Untouched.class.getName()),
                getClass().getClassLoader(), true).run());
    }
}
