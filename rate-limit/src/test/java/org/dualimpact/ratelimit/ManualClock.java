package org.dualimpact.ratelimit;

import java.time.Duration;

import io.github.bucket4j.TimeMeter;

/** A clock for the rate limit that only a test moves (shared with other modules' tests by the test jar). */
public final class ManualClock implements TimeMeter {

    private long nanos = 1_000_000_000L;

    public void advance(Duration duration) {
        nanos += duration.toNanos();
    }

    @Override
    public long currentTimeNanos() {
        return nanos;
    }

    @Override
    public boolean isWallClockBased() {
        return false;
    }
}
