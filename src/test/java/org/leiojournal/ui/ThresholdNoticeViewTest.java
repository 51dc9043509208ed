package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.Screen;

/**
 * C2: a journal holding a call temperature above 38.0 °C (older versions took 38.5) opens on 38.0 °C and says so
 * once, on Today; after a restart the journal holds 38.0 and nothing more is said.
 */
class ThresholdNoticeViewTest extends ScreenViewTest {

    @Override
    Screen screen() {
        return Screen.TODAY;
    }

    @Override
    void prepare(JournalStore fresh) {
        fresh.profile().save(fresh.profile().load().withWelcomeCompleted());
        fresh.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:"
                + dataDir.resolve(JournalStore.FILE_NAME).toAbsolutePath()); Statement s = c.createStatement()) {
            s.execute("UPDATE profile SET fever_threshold_c = '38.5'"); // as version 0.1 could save it
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        store = null; // open() opens it again
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText().replace('\u00A0', ' ');
    }

    @Test
    void aThresholdAbove38IsReadAs38AndTheUserIsToldOnce() {
        assertTrue(lookup("#threshold-notice").query().isVisible());
        String body = text("#threshold-notice-body");
        assertTrue(body.startsWith("This journal said to call your care team at 38.5 °C."), body);
        assertTrue(body.contains("from 37.5 °C to 38.0 °C only"), body);
        assertTrue(body.contains("so it now uses 38.0 °C."), body);
        assertTrue(body.contains("NICE (guideline CG151)"), body);
        assertEquals(0, new java.math.BigDecimal("38.0").compareTo(screens.state().profile().feverThresholdCelsius()));

        clickOn(reveal("#threshold-notice-ok"));
        assertFalse(lookup("#threshold-notice").query().isVisible());

        restart();
        assertTrue(lookup("#threshold-notice").tryQuery().isEmpty(), "told once: the journal now holds 38.0");
        assertEquals(0, new java.math.BigDecimal("38.0").compareTo(store.profile().load().feverThresholdCelsius()));
    }
}
