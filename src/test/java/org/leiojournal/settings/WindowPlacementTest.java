package org.leiojournal.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leiojournal.settings.WindowPlacement.Placement;

/** The first window fits the screen it opens on, and a window left on a vanished monitor comes back (D10). */
class WindowPlacementTest {

    /** A 1024×600 laptop with a 24 px panel at the top, as in the review's screenshot 48. */
    private static final ScreenArea SMALL = new ScreenArea(0, 24, 1024, 576);
    private static final ScreenArea FULL_HD = new ScreenArea(0, 0, 1920, 1040);
    /** A second monitor to the right of the full-HD one. */
    private static final ScreenArea RIGHT = new ScreenArea(1920, 0, 1280, 1024);

    @Test
    void defaultWindowOnASmallScreenIsShrunkToItAndPlacedOnIt() {
        Placement placement = WindowPlacement.fit(WindowSettings.DEFAULT, List.of(SMALL));
        assertEquals(SMALL, placement.bounds(), "1280×760 becomes the whole usable area, title bar below the panel");
        assertEquals(576, placement.minHeight(), "the smallest size allowed is no taller than the screen");
        assertEquals(900, placement.minWidth());
    }

    @Test
    void defaultWindowOnALargeScreenKeepsItsSizeAndIsCentred() {
        Placement placement = WindowPlacement.fit(WindowSettings.DEFAULT, List.of(FULL_HD, RIGHT));
        assertEquals(new ScreenArea(320, 140, 1280, 760), placement.bounds());
        assertEquals(600, placement.minHeight());
    }

    @Test
    void savedPositionOnAScreenIsKept() {
        WindowSettings saved = new WindowSettings(1000, 700, false, 2000.0, 100.0);
        assertEquals(new ScreenArea(2000, 100, 1000, 700),
                WindowPlacement.fit(saved, List.of(FULL_HD, RIGHT)).bounds());
    }

    @Test
    void savedPositionOnAMonitorNoLongerThereComesBackToThePrimaryScreen() {
        WindowSettings saved = new WindowSettings(1000, 700, false, 2000.0, 100.0);
        assertEquals(new ScreenArea(460, 170, 1000, 700), WindowPlacement.fit(saved, List.of(FULL_HD)).bounds());
    }

    @Test
    void windowHangingOffTheEdgeIsMovedBackOnWhole() {
        // one pixel past the left edge and the title bar above the top: pulled in to the edge, not centred
        WindowSettings saved = new WindowSettings(1280, 760, false, -1.0, -53.0);
        assertEquals(new ScreenArea(0, 0, 1280, 760), WindowPlacement.fit(saved, List.of(FULL_HD)).bounds());
        WindowSettings pastRight = new WindowSettings(1280, 760, false, 1800.0, 500.0);
        assertEquals(new ScreenArea(640, 280, 1280, 760), WindowPlacement.fit(pastRight, List.of(FULL_HD)).bounds());
    }

    @Test
    void windowSpanningTwoScreensGoesToTheOneHoldingMostOfIt() {
        WindowSettings saved = new WindowSettings(1000, 700, false, 1700.0, 0.0);
        Placement placement = WindowPlacement.fit(saved, List.of(FULL_HD, RIGHT));
        assertEquals(new ScreenArea(1920, 0, 1000, 700), placement.bounds());
    }

    @Test
    void savedLargeWindowOnAScreenNowSmallerIsShrunkToIt() {
        WindowSettings saved = new WindowSettings(1900, 1000, false, 10.0, 10.0);
        assertEquals(SMALL, WindowPlacement.fit(saved, List.of(SMALL)).bounds());
    }

    @Test
    void maximizedStaysMaximizedWithRestoredBoundsThatFit() {
        Placement placement = WindowPlacement.fit(new WindowSettings(1280, 760, true), List.of(SMALL));
        assertTrue(placement.maximized());
        assertEquals(SMALL, placement.bounds());
        assertFalse(WindowPlacement.fit(WindowSettings.DEFAULT, List.of(SMALL)).maximized());
    }

    @Test
    void aPositionWithOnlyOneCoordinateIsNoPosition() {
        assertFalse(new WindowSettings(1000, 700, false, 5.0, null).hasPosition());
        assertFalse(new WindowSettings(1000, 700, false, Double.NaN, 5.0).hasPosition());
    }
}
