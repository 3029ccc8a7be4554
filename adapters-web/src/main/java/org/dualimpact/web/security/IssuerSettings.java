package org.dualimpact.web.security;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.Config;

/**
 * One trusted identity provider, read from MicroProfile Config under
 * {@code dualimpact.auth.issuer.<name>.}; every key can be set as an environment variable
 * ({@code dualimpact.auth.issuer.entra.jwks-uri} → {@code DUALIMPACT_AUTH_ISSUER_ENTRA_JWKS_URI}).
 *
 * <p>Exactly one key source: {@code jwks-uri}, {@code discovery-url} (the provider's
 * {@code .well-known/openid-configuration}, whose {@code jwks_uri} is read on first use) or
 * {@code public-key-location} (a PEM public key file; for the dev token tool's issuer).
 *
 * @param name the configuration name ({@code dev}, {@code entra}, …)
 * @param issuer the exact {@code iss} value of its tokens
 * @param jwksUri where its signing keys are published, if configured directly
 * @param discoveryUrl its OpenID Connect discovery document, if the JWKS is found through it
 * @param publicKeyLocation a PEM public key file, if the keys are not published
 * @param audiences accepted {@code aud} values (one must be in the token)
 * @param audienceClaim the claim that carries the audience (default {@code aud}); {@code azp} for a provider
 *        whose access tokens name the client they were issued to there instead (Liberty's own)
 * @param algorithms accepted JWS algorithms (default RS256)
 * @param subjectClaim the claim naming the user or client for good (default {@code sub})
 * @param emailClaim the claim carrying the e-mail address (default {@code email})
 * @param emailVerifiedClaim the claim saying the provider verified it (default {@code email_verified});
 *        {@code always} when every e-mail this provider issues is verified (directories such as Entra ID)
 * @param nameClaim the claim carrying the display name (default {@code name})
 * @param trustOrganisationClaims whether {@code org} and {@code groups} of its tokens are honoured
 */
public record IssuerSettings(String name, String issuer, Optional<URI> jwksUri, Optional<URI> discoveryUrl,
        Optional<String> publicKeyLocation, Set<String> audiences, String audienceClaim, Set<String> algorithms, String subjectClaim, String emailClaim,
        String emailVerifiedClaim, String nameClaim, boolean trustOrganisationClaims) {

    /** The configuration prefix of every issuer. */
    public static final String PREFIX = "dualimpact.auth.issuer.";
    /** The value of {@code email-verified-claim} meaning the provider verifies every e-mail it issues. */
    public static final String ALWAYS_VERIFIED = "always";

    public IssuerSettings {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException(PREFIX + name + ".issuer is required");
        }
        int sources = (jwksUri.isPresent() ? 1 : 0) + (discoveryUrl.isPresent() ? 1 : 0)
                + (publicKeyLocation.isPresent() ? 1 : 0);
        if (sources != 1) {
            throw new IllegalArgumentException("issuer '" + name + "' needs exactly one of " + PREFIX + name
                    + ".jwks-uri, .discovery-url or .public-key-location (has " + sources + ")");
        }
        if (audiences.isEmpty()) {
            throw new IllegalArgumentException(PREFIX + name + ".audience is required");
        }
        audiences = Set.copyOf(audiences);
        algorithms = algorithms.isEmpty() ? Set.of("RS256") : Set.copyOf(algorithms);
    }

    /** Reads issuer {@code name} from the configuration. */
    public static IssuerSettings read(Config config, String name) {
        String prefix = PREFIX + name + ".";
        return new IssuerSettings(name,
                text(config, prefix + "issuer").orElse(null),
                text(config, prefix + "jwks-uri").map(URI::create),
                text(config, prefix + "discovery-url").map(URI::create),
                text(config, prefix + "public-key-location"),
                list(config, prefix + "audience"),
                text(config, prefix + "audience-claim").orElse("aud"),
                list(config, prefix + "algorithms"),
                text(config, prefix + "subject-claim").orElse("sub"),
                text(config, prefix + "email-claim").orElse("email"),
                text(config, prefix + "email-verified-claim").orElse("email_verified"),
                text(config, prefix + "name-claim").orElse("name"),
                text(config, prefix + "trust-organisation-claims").map(Boolean::parseBoolean).orElse(false));
    }

    /** The clock skew allowed on {@code exp} and {@code nbf} ({@code dualimpact.auth.clock-skew}, ISO-8601 or seconds). */
    static Duration clockSkew(Config config) {
        return text(config, "dualimpact.auth.clock-skew").map(IssuerSettings::duration).orElse(Duration.ofSeconds(60));
    }

    static Duration duration(String text) {
        String value = text.strip();
        if (value.matches("[0-9]+s?")) {
            return Duration.ofSeconds(Long.parseLong(value.replace("s", "")));
        }
        return Duration.parse(value);
    }

    static Optional<String> text(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(s -> !s.isEmpty());
    }

    static Set<String> list(Config config, String key) {
        Set<String> values = new LinkedHashSet<>();
        text(config, key).ifPresent(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(values::add));
        return values;
    }
}
