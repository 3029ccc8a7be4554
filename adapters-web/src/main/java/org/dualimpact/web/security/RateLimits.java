package org.dualimpact.web.security;

import java.time.Duration;
import java.util.OptionalLong;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.dualimpact.ratelimit.RateLimit;

import org.eclipse.microprofile.config.Config;

/**
 * The API's two rate limits per client, configured under {@code dualimpact.rate-limit.}:
 * <ul>
 *   <li>{@code failed-authentications.*}: bearer tokens refused, per remote address (default a burst of
 *       10, then 1 per 6 s); once spent, a refused token from that address is answered 429 instead of
 *       401 until the bucket refills;</li>
 *   <li>{@code requests.*}: requests per authenticated subject (issuer and subject; default a burst of
 *       600, then 600 a minute).</li>
 * </ul>
 * Each has {@code capacity}, {@code refill-tokens} and {@code refill-period} (seconds or ISO-8601);
 * {@code dualimpact.rate-limit.max-clients} (default 10000) bounds the clients remembered by each.
 */
@ApplicationScoped
public class RateLimits {

    private static final String PREFIX = "dualimpact.rate-limit.";

    @Inject
    Config config;

    private RateLimit failures;
    private RateLimit requests;

    @PostConstruct
    void load() {
        int maxClients = config.getOptionalValue(PREFIX + "max-clients", Integer.class).orElse(10_000);
        failures = new RateLimit(settings("failed-authentications", 10, 1, Duration.ofSeconds(6), maxClients));
        requests = new RateLimit(settings("requests", 600, 600, Duration.ofMinutes(1), maxClients));
    }

    /** Counts a refused token against the address: empty within its allowance, else the seconds to wait. */
    OptionalLong failedAuthentication(String address) {
        return failures.tryConsume(address);
    }

    /** Counts a request of an authenticated subject: empty when allowed, else the seconds to wait. */
    OptionalLong request(String issuer, String subject) {
        return requests.tryConsume(issuer + ' ' + subject);
    }

    private RateLimit.Settings settings(String name, long capacity, long refillTokens, Duration period, int maxClients) {
        String prefix = PREFIX + name + ".";
        return new RateLimit.Settings(
                config.getOptionalValue(prefix + "capacity", Long.class).orElse(capacity),
                config.getOptionalValue(prefix + "refill-tokens", Long.class).orElse(refillTokens),
                IssuerSettings.text(config, prefix + "refill-period").map(IssuerSettings::duration).orElse(period),
                maxClients);
    }
}
