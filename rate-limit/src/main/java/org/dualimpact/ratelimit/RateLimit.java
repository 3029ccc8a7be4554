package org.dualimpact.ratelimit;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * One token bucket (Bucket4j) per client key, such as a remote address or a subject, in a map of bounded
 * size: a bucket idle long enough to be full again is dropped (a new one is the same), and beyond
 * {@code maxClients} the least recently used one is dropped.
 */
public final class RateLimit {

    /**
     * @param capacity the burst a client may spend at once
     * @param refillTokens tokens given back every {@code refillPeriod} (spread evenly over it)
     * @param refillPeriod see {@code refillTokens}
     * @param maxClients the most clients remembered at once
     */
    public record Settings(long capacity, long refillTokens, Duration refillPeriod, int maxClients) {
        public Settings {
            if (capacity < 1 || refillTokens < 1 || refillPeriod.isNegative() || refillPeriod.isZero() || maxClients < 1) {
                throw new IllegalArgumentException("a rate limit needs a positive capacity, refill and size: " + capacity
                        + ", " + refillTokens + " per " + refillPeriod + ", " + maxClients + " clients");
            }
        }

        /** How long an unused bucket takes to be full again from empty. */
        Duration refillToFull() {
            long periods = (capacity + refillTokens - 1) / refillTokens;
            return refillPeriod.multipliedBy(periods);
        }
    }

    private record Entry(Bucket bucket, long lastUsedNanos) {
    }

    private final Settings settings;
    private final TimeMeter clock;
    private final long idleNanos;
    private final LinkedHashMap<String, Entry> buckets = new LinkedHashMap<>(64, 0.75f, true);

    /** A limit on the system's clock. */
    public RateLimit(Settings settings) {
        this(settings, TimeMeter.SYSTEM_NANOTIME);
    }

    public RateLimit(Settings settings, TimeMeter clock) {
        this.settings = settings;
        this.clock = clock;
        this.idleNanos = settings.refillToFull().toNanos();
    }

    /** Takes one token for the client: empty when granted, else the seconds until one is available. */
    public OptionalLong tryConsume(String client) {
        ConsumptionProbe probe;
        synchronized (buckets) {
            long now = clock.currentTimeNanos();
            expire(now);
            Entry entry = buckets.get(client);
            Bucket bucket = entry == null ? newBucket() : entry.bucket();
            buckets.put(client, new Entry(bucket, now));
            if (buckets.size() > settings.maxClients()) {
                Iterator<String> eldest = buckets.keySet().iterator();
                eldest.next();
                eldest.remove();
            }
            probe = bucket.tryConsumeAndReturnRemaining(1);
        }
        return probe.isConsumed() ? OptionalLong.empty() : OptionalLong.of(seconds(probe.getNanosToWaitForRefill()));
    }

    /** Gives back a token taken for the client (never beyond its capacity); nothing for a client not remembered. */
    public void refund(String client) {
        synchronized (buckets) {
            Entry entry = buckets.get(client);
            if (entry != null) {
                entry.bucket().addTokens(1);
            }
        }
    }

    int clients() {
        synchronized (buckets) {
            return buckets.size();
        }
    }

    /** Drops buckets unused for as long as they take to refill (the map is in order of last use). */
    private void expire(long now) {
        for (Iterator<Map.Entry<String, Entry>> it = buckets.entrySet().iterator(); it.hasNext();) {
            if (now - it.next().getValue().lastUsedNanos() < idleNanos) {
                return;
            }
            it.remove();
        }
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(settings.capacity()).refillGreedy(settings.refillTokens(), settings.refillPeriod()))
                .withCustomTimePrecision(clock)
                .build();
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
