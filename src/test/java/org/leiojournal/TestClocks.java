package org.leiojournal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The clocks tests run on: never the machine's, so a test passes on any date and in any time zone. */
public final class TestClocks {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** 09:30 in London on Sunday 22 November 2026, the day most tests are set on. */
    public static final Clock SUNDAY = Clock.fixed(Instant.parse("2026-11-22T09:30:00Z"), LONDON);

    private TestClocks() {
    }
}
