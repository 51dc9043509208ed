package org.leiojournal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test moves by hand, so that waiting takes no real time. */
public final class MutableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    public MutableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    /** 09:30 in London on Sunday 22 November 2026, as {@link TestClocks#SUNDAY}, but movable. */
    public static MutableClock sunday() {
        return new MutableClock(TestClocks.SUNDAY.instant(), TestClocks.LONDON);
    }

    public void advance(Duration time) {
        now = now.plus(time);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MutableClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
