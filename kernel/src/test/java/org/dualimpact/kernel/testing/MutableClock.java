package org.dualimpact.kernel.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/** A fixed clock that a test moves forward by hand: deterministic, never reads the system time. */
public final class MutableClock extends Clock {

    private Instant instant;
    private final ZoneId zone;

    public MutableClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    private MutableClock(Instant start, ZoneId zone) {
        this.instant = Objects.requireNonNull(start);
        this.zone = Objects.requireNonNull(zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** A clock in another zone, starting at the same instant but moved independently of this one. */
    @Override
    public Clock withZone(ZoneId other) {
        return new MutableClock(instant, other);
    }

    @Override
    public Instant instant() {
        return instant;
    }

    public void set(Instant to) {
        instant = Objects.requireNonNull(to);
    }

    public void advance(Duration by) {
        instant = instant.plus(by);
    }

    /** Moves to 09:00 of that day in the clock's zone. */
    public void moveTo(LocalDate day) {
        instant = day.atTime(LocalTime.of(9, 0)).atZone(zone).toInstant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(instant, zone);
    }
}
