package org.leiojournal;

import java.time.Clock;

/**
 * The app's one clock, made here at the composition root and handed to everything that asks "now" or "today".
 * Its zone is the user's: backups, reminders and the screens agree on which day it is. Nothing else reads the
 * system clock (ArchitectureTest), so every test can set the time it needs.
 */
final class AppClock {

    private AppClock() {
    }

    static Clock system() {
        return Clock.systemDefaultZone();
    }
}
