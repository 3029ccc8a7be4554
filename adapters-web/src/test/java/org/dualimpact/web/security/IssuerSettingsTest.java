package org.dualimpact.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class IssuerSettingsTest {

    private static IssuerSettings settings(Optional<URI> jwks, Optional<URI> discovery, Optional<String> pem,
            Set<String> audiences, Set<String> algorithms) {
        return new IssuerSettings("entra", "https://login.example/tenant/v2.0", jwks, discovery, pem, audiences, "aud", algorithms,
                "sub", "email", "email_verified", "name", false);
    }

    @Test
    void needsExactlyOneKeySource() {
        Optional<URI> jwks = Optional.of(URI.create("https://login.example/keys"));
        Optional<URI> discovery = Optional.of(URI.create("https://login.example/.well-known/openid-configuration"));

        assertThrows(IllegalArgumentException.class,
                () -> settings(Optional.empty(), Optional.empty(), Optional.empty(), Set.of("api"), Set.of()));
        assertThrows(IllegalArgumentException.class,
                () -> settings(jwks, discovery, Optional.empty(), Set.of("api"), Set.of()));
    }

    @Test
    void needsAnAudience() {
        assertThrows(IllegalArgumentException.class, () -> settings(Optional.of(URI.create("https://login.example/keys")),
                Optional.empty(), Optional.empty(), Set.of(), Set.of()));
    }

    @Test
    void acceptsRs256UnlessToldOtherwise() {
        IssuerSettings settings = settings(Optional.of(URI.create("https://login.example/keys")), Optional.empty(),
                Optional.empty(), Set.of("api"), Set.of());

        assertEquals(Set.of("RS256"), settings.algorithms());
    }

    @Test
    void readsDurationsInSecondsOrIso8601() {
        assertEquals(Duration.ofSeconds(60), IssuerSettings.duration("60s"));
        assertEquals(Duration.ofSeconds(5), IssuerSettings.duration("5"));
        assertEquals(Duration.ofMinutes(2), IssuerSettings.duration("PT2M"));
    }
}
