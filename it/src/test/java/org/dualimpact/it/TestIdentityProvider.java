package org.dualimpact.it;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A second and third identity provider for the tests, run by the test JVM: signing keys the test owns,
 * published over real HTTP as a JWKS ({@code /<name>/jwks}) and an OpenID discovery document
 * ({@code /<name>/.well-known/openid-configuration}), at the port the IT servers' configuration names
 * ({@code it.jwks.port}). The published keys can be switched (key rotation).
 */
final class TestIdentityProvider implements AutoCloseable {

    static final String AUDIENCE = "dual-impact-it";

    private final HttpServer server;
    private final Map<String, JWKSet> published = new ConcurrentHashMap<>();

    private TestIdentityProvider(HttpServer server) {
        this.server = server;
    }

    static int port() {
        return Integer.getInteger("it.jwks.port", 9089);
    }

    /** The issuer ({@code iss}) of provider {@code name}, as the IT servers trust it. */
    static String issuer(String name) {
        return "http://localhost:" + port() + "/" + name;
    }

    static TestIdentityProvider start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port()), 0);
        TestIdentityProvider provider = new TestIdentityProvider(server);
        server.createContext("/", provider::serve);
        server.start();
        return provider;
    }

    static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Provider {@code name} publishes exactly these keys from now on. */
    void publish(String name, RSAKey... keys) {
        published.put(name, new JWKSet(List.of(keys).stream().map(k -> (com.nimbusds.jose.jwk.JWK) k.toPublicJWK()).toList()));
    }

    /** A token of {@code issuer} signed with {@code key}, valid for 10 minutes, with extra claims. */
    static String token(String issuer, RSAKey key, String subject, Map<String, Object> claims) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(issuer).subject(subject).audience(AUDIENCE)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(10))))
                .jwtID(UUID.randomUUID().toString());
        claims.forEach(builder::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), builder.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private void serve(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().split("/", 3);
        String name = path.length > 1 ? path[1] : "";
        String rest = path.length > 2 ? path[2] : "";
        String body = null;
        if (rest.equals("jwks") && published.containsKey(name)) {
            body = published.get(name).toString();
        } else if (rest.equals(".well-known/openid-configuration") && published.containsKey(name)) {
            body = "{\"issuer\":\"" + issuer(name) + "\",\"jwks_uri\":\"" + issuer(name) + "/jwks\"}";
        }
        byte[] bytes = (body == null ? "{}" : body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
