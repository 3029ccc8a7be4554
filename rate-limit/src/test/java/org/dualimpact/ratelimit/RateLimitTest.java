package org.dualimpact.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class RateLimitTest {

    private final ManualClock clock = new ManualClock();

    private RateLimit limit(int maxClients) {
        return new RateLimit(new RateLimit.Settings(3, 1, Duration.ofSeconds(6), maxClients), clock);
    }

    @Test
    void grantsTheBurstThenGivesTheSecondsToWait() {
        RateLimit limit = limit(10);
        for (int i = 0; i < 3; i++) {
            assertEquals(OptionalLong.empty(), limit.tryConsume("10.0.0.1"));
        }

        assertEquals(OptionalLong.of(6), limit.tryConsume("10.0.0.1"));
    }

    @Test
    void refillsOverTime() {
        RateLimit limit = limit(10);
        for (int i = 0; i < 4; i++) {
            limit.tryConsume("10.0.0.1");
        }
        clock.advance(Duration.ofSeconds(6));

        assertEquals(OptionalLong.empty(), limit.tryConsume("10.0.0.1"));
    }

    @Test
    void countsEachClientApart() {
        RateLimit limit = limit(10);
        for (int i = 0; i < 4; i++) {
            limit.tryConsume("10.0.0.1");
        }

        assertEquals(OptionalLong.empty(), limit.tryConsume("10.0.0.2"));
    }

    @Test
    void remembersNoMoreThanItsBound() {
        RateLimit limit = limit(2);
        limit.tryConsume("a");
        limit.tryConsume("b");
        limit.tryConsume("c");

        assertEquals(2, limit.clients());
    }

    @Test
    void forgetsClientsIdleUntilTheirBucketIsFull() {
        RateLimit limit = limit(10);
        limit.tryConsume("a");
        limit.tryConsume("b");
        clock.advance(Duration.ofSeconds(18));
        limit.tryConsume("c");

        assertEquals(1, limit.clients());
    }

    @Test
    void aRetryAfterIsAtLeastOneSecond() {
        RateLimit limit = new RateLimit(new RateLimit.Settings(1, 100, Duration.ofSeconds(1), 10), clock);
        limit.tryConsume("a");

        assertTrue(limit.tryConsume("a").getAsLong() >= 1);
    }

    @Test
    void aRefundedTokenCanBeTakenAgain() {
        RateLimit limit = limit(10);
        for (int i = 0; i < 3; i++) {
            limit.tryConsume("10.0.0.1");
        }
        limit.refund("10.0.0.1");

        assertEquals(OptionalLong.empty(), limit.tryConsume("10.0.0.1"));
        assertEquals(OptionalLong.of(6), limit.tryConsume("10.0.0.1"));
    }

    @Test
    void aRefundNeverGoesBeyondTheBurst() {
        RateLimit limit = limit(10);
        limit.tryConsume("10.0.0.1");
        limit.refund("10.0.0.1");
        limit.refund("10.0.0.1");

        for (int i = 0; i < 3; i++) {
            assertEquals(OptionalLong.empty(), limit.tryConsume("10.0.0.1"));
        }
        assertEquals(OptionalLong.of(6), limit.tryConsume("10.0.0.1"));
    }
}
