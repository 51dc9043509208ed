package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.profile.CareContact;
import org.leiojournal.settings.Appearance;
import org.leiojournal.settings.SettingsStore;
import org.leiojournal.ui.common.Screen;

/**
 * The care team's list in Settings at 200 % text: a long contact wraps at the list's width, so the list never scrolls
 * sideways (it did, and the mouse wheel moved it sideways instead of down); and it shows as many contacts as at 100 %
 * (it was 120 px tall at every text size: one and a half contacts at 200 %).
 */
class ContactsListFitViewTest extends ScreenViewTest {

    @Override
    Screen screen() {
        return Screen.SETTINGS;
    }

    @Override
    boolean besideTheSidebar() {
        return true; // the list's width is the window's less the sidebar's
    }

    @Test
    void at200PercentTextALongContactWrapsAndTheListNeverScrollsSideways() {
        interact(() -> {
            new SettingsStore(store.folder()).save(Appearance.DEFAULT.withTextSize(200));
            store.contacts().add(new CareContact(0, "Acute oncology hotline, Royal Marsden", "020 7352 8171",
                    "24 hours, every day of the year"));
            store.contacts().add(new CareContact(0, "Sarcoma clinical nurse specialist", "020 7808 2000",
                    "Mon–Fri 9–5"));
        });
        restart();
        Node list = lookup(reveal("#contacts-list")).query();
        boolean sideways = list.lookupAll(".scroll-bar").stream().map(ScrollBar.class::cast)
                .anyMatch(bar -> bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible());
        assertFalse(sideways, "no sideways scroll bar: each contact wraps at the list's width");
        assertEquals(2, lookup("#contacts-list .list-cell").queryAll().stream()
                .filter(cell -> cell instanceof javafx.scene.control.ListCell<?> c && c.getText() != null
                        && !LayoutProblems.isCut(c)).count(), "both contacts read whole");
    }

    @Test
    void at200PercentTextTheListShowsAsManyContactsAsAt100Percent() {
        interact(() -> {
            for (int i = 1; i <= 8; i++) {
                store.contacts().add(new CareContact(0, "Nurse " + i, "020 7352 817" + i, ""));
            }
        });
        restart();
        long at100 = contactsShownWhole();
        interact(() -> new SettingsStore(store.folder()).save(Appearance.DEFAULT.withTextSize(200)));
        restart();
        assertEquals("-fx-font-size: 28.00px;", stage.getScene().getRoot().getStyle(), "200 % text");
        long at200 = contactsShownWhole();
        assertTrue(at100 >= 4, "at 100 % the list shows several contacts: " + at100);
        assertEquals(at100, at200, "as many contacts show whole at 200 % as at 100 %");
    }

    /** The contacts whose whole row shows inside the list, without scrolling it. */
    private long contactsShownWhole() {
        Node list = lookup(reveal("#contacts-list")).query();
        javafx.geometry.Bounds inside = list.localToScene(list.getLayoutBounds());
        return lookup("#contacts-list .list-cell").queryAll().stream()
                .filter(cell -> cell instanceof javafx.scene.control.ListCell<?> c && c.getText() != null)
                .map(cell -> cell.localToScene(cell.getLayoutBounds()))
                .filter(row -> row.getMinY() >= inside.getMinY() && row.getMaxY() <= inside.getMaxY() + 1)
                .count();
    }
}
