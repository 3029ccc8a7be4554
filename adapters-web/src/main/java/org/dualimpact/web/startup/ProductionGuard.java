package org.dualimpact.web.startup;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.dualimpact.web.security.IssuerSettings;
import org.dualimpact.web.security.TrustedIssuers;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code dualimpact.profile=production} (environment {@code DUALIMPACT_PROFILE=production}) the
 * application refuses to start on development settings: a trusted identity provider with the dev
 * issuer {@code urn:dualimpact:dev} or the dev JWT key (whose private half is public in the source tree,
 * so anyone could mint tokens), the default batch operator password, the default keystore password,
 * demo data switched on, no SMTP server (mail would stay in the dev outbox), or the development OpenID
 * provider ({@link DevIdentityGuard}).
 */
@ApplicationScoped
public class ProductionGuard {

    private static final Logger LOG = Logger.getLogger(ProductionGuard.class.getName());

    /** SHA-256 of the DER encoding of {@code server-config/dev/dev-jwt-public.pem}. */
    static final String DEV_KEY_SHA256 = "270169a96c82a9522da85a01cf238cde2d5dcf59b2c6c74544783bbc0d717ce7";
    /** SHA-256 of the DER encoding of {@code server-config/dev/dev-ledger-ed25519-public.pem}. */
    static final String DEV_LEDGER_KEY_SHA256 = "d3761c1725dcab523fc83d0c0eee9382ad1efea8b1091b6c8e9c23068dcbf5fd";
    /** The issuer of the dev token tool's tokens. */
    static final String DEV_ISSUER = "urn:dualimpact:dev";
    static final String DEV_OPERATOR_PASSWORD = "dev-operator-password";
    static final String DEV_KEYSTORE_PASSWORD = "dev-keystore-password";
    static final String NO_SMTP = "no SMTP server is configured, so mail would only be kept in the development outbox; "
            + "set DUALIMPACT_MAIL_SMTP_HOST (and the other DUALIMPACT_MAIL_* settings)";

    @Inject
    @ConfigProperty(name = "dualimpact.profile", defaultValue = "dev")
    String profile;

    @Inject
    TrustedIssuers issuers;

    @Inject
    @ConfigProperty(name = "dualimpact.ledger.public-key", defaultValue = "")
    String ledgerPublicKey;

    @Inject
    @ConfigProperty(name = "batch.operator.password", defaultValue = "")
    String operatorPassword;

    @Inject
    @ConfigProperty(name = "keystore.password", defaultValue = "")
    String keystorePassword;

    @Inject
    @ConfigProperty(name = "dualimpact.demo-data", defaultValue = "auto")
    String demoData;

    @Inject
    @ConfigProperty(name = "dualimpact.mail.smtp.host")
    Optional<String> smtpHost;

    @Inject
    DevIdentityGuard devIdentity;

    public void check() {
        String name = profile.strip().toLowerCase(Locale.ROOT);
        if (!name.equals("production")) {
            LOG.warning(() -> "Dual Impact runs with the '" + name + "' profile: development keys and passwords are "
                    + "accepted. Set DUALIMPACT_PROFILE=production for a real deployment.");
            return;
        }
        Map<String, String> issuerKeys = new LinkedHashMap<>();
        for (IssuerSettings issuer : issuers.all()) {
            String key = issuer.publicKeyLocation().map(ProductionGuard::readLocation).orElse(null);
            issuerKeys.put(issuer.issuer(), key == null ? "" : key);
        }
        List<String> problems = new ArrayList<>(problems(issuerKeys, operatorPassword, keystorePassword, demoData));
        if (fingerprint(readLocation(ledgerPublicKey)).equals(DEV_LEDGER_KEY_SHA256)) {
            problems.add("the ledger tree-head signing key is the development key; set DUALIMPACT_LEDGER_SIGNING_KEY "
                    + "and DUALIMPACT_LEDGER_PUBLIC_KEY to your own Ed25519 key pair");
        }
        smtpProblem(smtpHost).ifPresent(problems::add);
        problems.addAll(devIdentity.problems());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start with the production profile: " + String.join("; ", problems));
        }
    }

    /** Why mail could not go out in production: no SMTP host, so it would stay in the development outbox. */
    static Optional<String> smtpProblem(Optional<String> smtpHost) {
        return smtpHost.filter(host -> !host.isBlank()).isPresent() ? Optional.empty() : Optional.of(NO_SMTP);
    }

    /**
     * @param issuerKeys each trusted issuer ({@code iss}) with the text of its PEM public key, or "" when
     *        its keys are published (JWKS)
     */
    static List<String> problems(Map<String, String> issuerKeys, String operatorPassword, String keystorePassword,
            String demoData) {
        List<String> problems = new ArrayList<>();
        issuerKeys.forEach((issuer, key) -> {
            if (issuer.equals(DEV_ISSUER) || isDevKey(key)) {
                problems.add("the trusted identity provider " + issuer + " is the development one (issuer " + DEV_ISSUER
                        + " or its public key); set DUALIMPACT_AUTH_ISSUERS to your own providers");
            }
        });
        if (operatorPassword == null || operatorPassword.isBlank() || operatorPassword.equals(DEV_OPERATOR_PASSWORD)) {
            problems.add("the batch operator password is the development default; set BATCH_OPERATOR_PASSWORD");
        }
        if (keystorePassword == null || keystorePassword.isBlank() || keystorePassword.equals(DEV_KEYSTORE_PASSWORD)) {
            problems.add("the keystore password is the development default; set KEYSTORE_PASSWORD");
        }
        if ("true".equalsIgnoreCase(demoData == null ? "" : demoData.strip())) {
            problems.add("demo data is switched on; set DUALIMPACT_DEMO_DATA=false");
        }
        return problems;
    }

    /** True when the text holds a PEM public key equal to the development JWT key. */
    static boolean isDevKey(String pem) {
        return fingerprint(pem).equals(DEV_KEY_SHA256);
    }

    /** SHA-256 (hex) of the DER inside a PEM public key; empty when there is none. */
    static String fingerprint(String pem) {
        if (pem == null || !pem.contains("BEGIN PUBLIC KEY")) {
            return "";
        }
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(body);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (IllegalArgumentException | NoSuchAlgorithmException e) {
            return "";
        }
    }

    /** The key text at a file path or file: URL; null for remote locations (a JWKS endpoint is never the dev key). */
    private static String readLocation(String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        try {
            Path path = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
            if (location.contains("://") && !location.startsWith("file:")) {
                return null;
            }
            return Files.readString(path, StandardCharsets.US_ASCII);
        } catch (IOException | RuntimeException e) {
            try (InputStream in = ProductionGuard.class.getClassLoader().getResourceAsStream(location)) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            } catch (IOException ignored) {
                return null;
            }
        }
    }
}
