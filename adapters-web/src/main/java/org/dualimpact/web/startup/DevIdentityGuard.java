package org.dualimpact.web.startup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The production profile's checks on browser sign-in: the development OpenID provider
 * ({@code server-config/dev/dev-openid-provider.xml}, demo users with public passwords) must not be
 * included, the console must not use its development client secret, and the session cookie must be Secure.
 */
@ApplicationScoped
public class DevIdentityGuard {

    static final String DEV_CONSOLE_SECRET = "dev-console-secret";

    @Inject
    @ConfigProperty(name = "dualimpact.dev-openid-provider")
    Optional<String> devProvider;

    @Inject
    @ConfigProperty(name = "dualimpact.console.oidc.client-secret")
    Optional<String> consoleSecret;

    @Inject
    @ConfigProperty(name = "session.cookie.secure", defaultValue = "false")
    String cookieSecure;

    public List<String> problems() {
        return problems(devProvider.orElse(""), consoleSecret.orElse(""), cookieSecure);
    }

    static List<String> problems(String devProvider, String consoleSecret, String cookieSecure) {
        List<String> problems = new ArrayList<>();
        if (!devProvider.isBlank()) {
            problems.add("the development OpenID provider and its demo users are included; set "
                    + "DUALIMPACT_DEV_IDENTITY=none and point the console at your provider (docs/console.md)");
        }
        if (consoleSecret.strip().equals(DEV_CONSOLE_SECRET)) {
            problems.add("the console's client secret is the development one; set DUALIMPACT_CONSOLE_OIDC_CLIENT_SECRET");
        }
        if (!"true".equalsIgnoreCase(cookieSecure.strip())) {
            problems.add("the session cookie is not Secure; serve the console over HTTPS and set SESSION_COOKIE_SECURE=true");
        }
        return problems;
    }
}
