package org.leiojournal.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
        everyNameLoads(ClassPreload.TREATMENT, 200, true, "javafx.scene.control.skin.TableViewSkin"); // its table
    }

    @Test
    void everyClassTheJournalsListNamesStillLoads() {
        everyNameLoads(ClassPreload.JOURNAL, 200, true, "org.leiojournal.ui.journal.JournalView$ScoreCell",
                "javafx.scene.control.skin.SpinnerSkin"); // the scores' cells, the filters' spinner
    }

    @Test
    void everyClassTheStartsListNamesStillLoads() {
        everyNameLoads(ClassPreload.START, 1500, false, "org.leiojournal.ui.today.TodayView", // Today's own view
                "javafx.scene.control.skin.TextFieldSkin"); // the check-in's fields
    }

    private void everyNameLoads(String list, int atLeast, boolean link, String... named) {
        List<String> names = ClassPreload.listed(list);
        assertTrue(names.size() > atLeast, "the list: " + names.size());
        for (String name : named) {
            assertTrue(names.contains(name), name);
        }
        // a JavaFX upgrade or a class renamed here leaves names that load nothing: make the list again (its header)
        assertEquals(names.size(), new ClassPreload(names, getClass().getClassLoader(), link).run());
    }

    @Test
    void itLoadsAClassWithoutRunningItsStaticCode() {
        String name = Untouched.class.getName(); // a class literal loads the class but does not initialise it
        assertEquals(1, new ClassPreload(List.of(name), getClass().getClassLoader(), true).run());
        assertFalse(UNTOUCHED_INITIALISED.get(), "static code run off the UI thread");
    }

    @Test
    void aListIsReadByTheThreadThatPreloadsItNotTheCaller() {
        // the caller is the UI thread at the start: reading the start's list there cost it about 10 ms (issue 21)
        ClassPreload missing = ClassPreload.of("/org/leiojournal/preload/no-such-list.txt", getClass().getClassLoader(),
                false);
        assertThrows(IllegalArgumentException.class, missing::run);
        assertEquals(ClassPreload.listed(ClassPreload.JOURNAL).size(),
                ClassPreload.of(ClassPreload.JOURNAL, getClass().getClassLoader(), false).run());
    }

    @Test
    void aNameThatNoLongerLoadsIsSkipped() {
        assertEquals(1, new ClassPreload(List.of("org.leiojournal.NoSuchClass", Untouched.class.getName()),
                getClass().getClassLoader(), true).run());
    }
}
