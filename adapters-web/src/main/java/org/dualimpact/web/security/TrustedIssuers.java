package org.dualimpact.web.security;

import java.io.IOException;
import java.io.StringReader;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.JWTProcessor;

import org.eclipse.microprofile.config.Config;

/**
 * The identity providers this deployment trusts ({@code dualimpact.auth.issuers}, a comma-separated list
 * of names, each configured as {@link IssuerSettings}), and the verification of their tokens.
 *
 * <p>A token names its issuer in {@code iss}; that claim is read unverified only to pick the issuer's
 * keys, then the signature (with one of the issuer's algorithms), {@code iss}, {@code aud} (or the issuer's audience claim),
 * {@code exp}/{@code nbf} (with the clock skew) and the subject claim are verified. Published keys (JWKS) are
 * cached; a token signed with a key id not in the cache makes the set be fetched again, at most once per
 * {@code dualimpact.auth.jwks.min-refetch-interval} (default 30 s), so keys rotate without a restart.
 */
@ApplicationScoped
public class TrustedIssuers {

    private static final Logger LOG = Logger.getLogger(TrustedIssuers.class.getName());
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    Config config;

    private final Map<String, IssuerSettings> byIssuer = new LinkedHashMap<>();
    private final Map<String, JWTProcessor<SecurityContext>> processors = new ConcurrentHashMap<>();
    private Duration clockSkew;
    private long minRefetchMillis;

    /** The verified caller a token stands for. */
    public record Verified(IssuerSettings issuer, JWTClaimsSet claims) {
    }

    /** A token that is not accepted; the message says why (for the log, never for the caller). */
    public static final class RefusedToken extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedToken(String message) {
            super(message);
        }
    }

    @PostConstruct
    void load() {
        clockSkew = IssuerSettings.clockSkew(config);
        minRefetchMillis = IssuerSettings.text(config, "dualimpact.auth.jwks.min-refetch-interval")
                .map(IssuerSettings::duration).orElse(Duration.ofSeconds(30)).toMillis();
        for (String name : IssuerSettings.list(config, "dualimpact.auth.issuers")) {
            IssuerSettings settings = IssuerSettings.read(config, name);
            if (byIssuer.putIfAbsent(settings.issuer(), settings) != null) {
                throw new IllegalStateException("two trusted issuers have the issuer " + settings.issuer());
            }
        }
        LOG.info(() -> "Trusted identity providers: " + byIssuer.values().stream()
                .map(s -> s.name() + " (" + s.issuer() + (s.trustOrganisationClaims() ? ", organisation claims trusted" : "")
                        + ")")
                .collect(Collectors.joining(", ")));
    }

    public List<IssuerSettings> all() {
        return List.copyOf(byIssuer.values());
    }

    /** Verifies a bearer token of one of the trusted issuers. */
    public Verified verify(String token) throws RefusedToken {
        SignedJWT jwt;
        String issuer;
        try {
            jwt = SignedJWT.parse(token);
            issuer = jwt.getJWTClaimsSet().getIssuer();
        } catch (ParseException | ClassCastException e) {
            throw new RefusedToken("not a signed JWT: " + e.getMessage());
        }
        IssuerSettings settings = issuer == null ? null : byIssuer.get(issuer);
        if (settings == null) {
            throw new RefusedToken("issuer not trusted: " + issuer);
        }
        try {
            JWTClaimsSet claims = processor(settings).process(jwt, null);
            return new Verified(settings, claims);
        } catch (BadJOSEException e) {
            throw new RefusedToken("token of " + settings.name() + " refused: " + e.getMessage());
        } catch (com.nimbusds.jose.JOSEException | RuntimeException e) {
            throw new RefusedToken("token of " + settings.name() + " not verifiable: " + e);
        }
    }

    private JWTProcessor<SecurityContext> processor(IssuerSettings settings) throws RefusedToken {
        JWTProcessor<SecurityContext> existing = processors.get(settings.issuer());
        if (existing != null) {
            return existing;
        }
        try {
            JWTProcessor<SecurityContext> built = build(settings);
            JWTProcessor<SecurityContext> raced = processors.putIfAbsent(settings.issuer(), built);
            return raced == null ? built : raced;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            LOG.log(Level.WARNING, "The keys of identity provider " + settings.name() + " cannot be loaded", e);
            throw new RefusedToken("keys of " + settings.name() + " unavailable: " + e);
        }
    }

    private DefaultJWTProcessor<SecurityContext> build(IssuerSettings settings) throws IOException, GeneralSecurityException {
        Set<JWSAlgorithm> algorithms = settings.algorithms().stream().map(JWSAlgorithm::parse).collect(Collectors.toSet());
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT,
                new JOSEObjectType("at+jwt"), null));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithms, keys(settings)));
        boolean aud = "aud".equals(settings.audienceClaim());
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(aud ? settings.audiences() : null,
                new JWTClaimsSet.Builder().issuer(settings.issuer()).build(), Set.of(settings.subjectClaim(), "exp"), null) {
            @Override
            public void verify(JWTClaimsSet claimsSet, SecurityContext context) throws BadJWTException {
                super.verify(claimsSet, context);
                if (!aud && !settings.audiences().contains(claimsSet.getClaim(settings.audienceClaim()))) {
                    throw new BadJWTException("JWT " + settings.audienceClaim() + " rejected");
                }
            }
        };
        claims.setMaxClockSkew((int) clockSkew.toSeconds());
        processor.setJWTClaimsSetVerifier(claims);
        return processor;
    }

    private JWKSource<SecurityContext> keys(IssuerSettings settings) throws IOException, GeneralSecurityException {
        if (settings.publicKeyLocation().isPresent()) {
            return new ImmutableJWKSet<>(new JWKSet(jwk(readPem(settings.publicKeyLocation().get()))));
        }
        URI jwks = settings.jwksUri().isPresent() ? settings.jwksUri().get() : discoverJwks(settings);
        return JWKSourceBuilder.<SecurityContext>create(url(jwks), new DefaultResourceRetriever(5_000, 5_000, 512 * 1024))
                .rateLimited(minRefetchMillis)
                .retrying(true)
                .build();
    }

    /** The {@code jwks_uri} of the provider's discovery document, whose {@code issuer} must be the configured one. */
    private static URI discoverJwks(IssuerSettings settings) throws IOException {
        URI discovery = settings.discoveryUrl().orElseThrow();
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(10))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("discovery document " + discovery + " answered " + response.statusCode());
            }
            JsonObject document;
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                document = reader.readObject();
            }
            if (!settings.issuer().equals(document.getString("issuer", null))) {
                throw new IOException("discovery document " + discovery + " names the issuer "
                        + document.getString("issuer", null) + ", not " + settings.issuer());
            }
            return URI.create(document.getString("jwks_uri"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** The text of a PEM file: a path, a {@code file:} URL, or a resource of the application. */
    static String readPem(String location) throws IOException {
        Path path = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
        return Files.readString(path, StandardCharsets.US_ASCII);
    }

    /** The JWK of a PEM public key (RSA or EC, SubjectPublicKeyInfo). */
    static JWK jwk(String pem) throws GeneralSecurityException {
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        X509EncodedKeySpec spec = new X509EncodedKeySpec(Base64.getDecoder().decode(body));
        PublicKey key;
        try {
            key = KeyFactory.getInstance("RSA").generatePublic(spec);
        } catch (GeneralSecurityException notRsa) {
            key = KeyFactory.getInstance("EC").generatePublic(spec);
        }
        if (key instanceof RSAPublicKey rsa) {
            return new RSAKey.Builder(rsa).build();
        }
        ECPublicKey ec = (ECPublicKey) key;
        return new ECKey.Builder(Curve.forECParameterSpec(ec.getParams()), ec).build();
    }

    private static URL url(URI uri) throws MalformedURLException {
        return uri.toURL();
    }
}
