package org.dualimpact.console;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The console's settings from MicroProfile Config (server variables, environment, or
 * {@code META-INF/microprofile-config.properties}); docs/console.md lists them.
 */
@ApplicationScoped
public class ConsoleSettings {

    @Inject
    @ConfigProperty(name = "dualimpact.console.organisation-name", defaultValue = "Dual Impact")
    String organisationName;

    @Inject
    @ConfigProperty(name = "dualimpact.console.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "dualimpact.console.oidc.client-id", defaultValue = "dual-impact-console")
    String clientId;

    @Inject
    @ConfigProperty(name = "dualimpact.console.oidc.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "dualimpact.console.oidc.name-claim", defaultValue = "name")
    String nameClaim;

    @Inject
    @ConfigProperty(name = "dualimpact.console.oidc.email-claim", defaultValue = "email")
    String emailClaim;

    @Inject
    @ConfigProperty(name = "dualimpact.console.oidc.email-verified-claim", defaultValue = "email_verified")
    String emailVerifiedClaim;

    @Inject
    @ConfigProperty(name = "dualimpact.console.session.idle-timeout", defaultValue = "PT30M")
    String idleTimeout;

    @Inject
    @ConfigProperty(name = "dualimpact.console.session.absolute-timeout", defaultValue = "PT8H")
    String absoluteTimeout;

    public String organisationName() {
        return organisationName;
    }

    /** The provider's issuer; empty when no provider is configured (sign-in is then unavailable). */
    public Optional<String> issuer() {
        return issuer.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** scheme://host[:port] of the issuer, which the sign-out form's redirect may reach; empty without a provider. */
    public String providerOrigin() {
        return issuer().map(URI::create).map(u -> u.getScheme() + "://" + u.getAuthority()).orElse("");
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret.orElse("");
    }

    public String nameClaim() {
        return nameClaim;
    }

    public String emailClaim() {
        return emailClaim;
    }

    /**
     * The ID token claim saying the provider verified the e-mail ({@code email_verified}), or
     * {@code always} for a provider whose every e-mail is verified (a directory; the development
     * provider, whose user names are the e-mail addresses).
     */
    public String emailVerifiedClaim() {
        return emailVerifiedClaim;
    }

    /** After this long without a request the session ends (ISO-8601 duration, default 30 minutes). */
    public Duration idleTimeout() {
        return Duration.parse(idleTimeout);
    }

    /** This long after sign-in the session ends, however active (ISO-8601 duration, default 8 hours). */
    public Duration absoluteTimeout() {
        return Duration.parse(absoluteTimeout);
    }
}
