package org.dualimpact.it;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import org.dualimpact.devtools.DevToken;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the integration tests need to talk to the server under test like a real client: the real
 * EAR, HTTP calls with or without a bearer token, tokens minted with the dev tool, JSON reading.
 */
final class Api {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM = "urn:dualimpact:problem:";

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Api() {
    }

    /** The EAR the build produced, exactly as it ships. */
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("it.ear")));
    }

    /** The shipped EAR with one of its WARs changed for a test (a test servlet added, say). */
    static EnterpriseArchive earWithWar(String war, Consumer<WebArchive> change) {
        EnterpriseArchive ear = ear();
        WebArchive module = ShrinkWrap.create(ZipImporter.class, war)
                .importFrom(ear.get(war).getAsset().openStream()).as(WebArchive.class);
        change.accept(module);
        ear.delete(war);
        ear.addAsModule(module);
        return ear;
    }

    static String base() {
        return System.getProperty("it.base.url", "http://localhost:9081");
    }

    static String database() {
        return System.getProperty("it.database", "derby");
    }

    /**
     * A token for a caller acting for the organisation with the roles. Acting for an organisation, or as a
     * platform admin ({@code admin} without organisation), goes through memberships the product keeps
     * ({@link Memberships}): the token carries no organisation or role claims. Other platform staff
     * ({@code auditor}, {@code operator}) and unknown roles without organisation are
     * {@link #claimsToken claims tokens}; appointing platform staff through the API is tested on its own
     * ({@code MembershipIT}).
     */
    static String token(String subject, String organisation, String... groups) {
        return token(subject, organisation, Duration.ofMinutes(30), Instant.now(), groups);
    }

    static String token(String subject, String organisation, Duration ttl, Instant issuedAt, String... groups) {
        if (organisation != null) {
            return Memberships.member(subject, organisation, List.of(groups), ttl, issuedAt);
        }
        if (List.of(groups).equals(List.of("admin"))) {
            return Memberships.platformAdmin(subject, ttl, issuedAt);
        }
        return claimsToken(subject, organisation, ttl, issuedAt, groups);
    }

    /**
     * A token of the development issuer, which the IT servers trust for its {@code org} and {@code groups}
     * claims ({@code trust-organisation-claims=true}), as {@code server-config/dev/token} prints it.
     */
    static String claimsToken(String subject, String organisation, String... groups) {
        return claimsToken(subject, organisation, Duration.ofMinutes(30), Instant.now(), groups);
    }

    static String claimsToken(String subject, String organisation, Duration ttl, Instant issuedAt, String... groups) {
        try {
            return DevToken.sign(devKey(), subject, organisation, List.of(groups), DevToken.DEFAULT_ISSUER,
                    DevToken.DEFAULT_AUDIENCE, ttl, issuedAt);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A token of the IT issuer (memberships only) that carries {@code email} and {@code email_verified: true},
     * as a verifying provider's does; nothing is provisioned for it.
     */
    static String tokenWithEmail(String subject, String email) {
        return Memberships.sign(subject, email, Duration.ofMinutes(30), Instant.now());
    }

    /** The token after the membership it stands for was provisioned: for clients that set the header themselves. */
    static String ready(String token) {
        Memberships.ensure(token);
        return token;
    }

    static PrivateKey devKey() throws Exception {
        Path dir = Path.of(System.getProperty("devtoken.dir", "../server-config/dev"));
        return DevToken.readPrivateKey(Files.readString(dir.resolve("dev-jwt-private.pem")));
    }

    static HttpResponse<String> get(String path, String token) {
        return get(path, token, "application/json");
    }

    static HttpResponse<String> get(String path, String token, String accept) {
        return send(request(path, token).GET().header("Accept", accept));
    }

    static HttpResponse<String> post(String path, String token, String contentType, String body) {
        HttpRequest.Builder request = request(path, token).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    static HttpRequest.Builder request(String path, String token) {
        Memberships.ensure(token);
        return bare(path, token);
    }

    /** A request with the token as it is, nothing provisioned for it. */
    static HttpRequest.Builder bare(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        return send(HTTP, request);
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject object(HttpResponse<String> response) {
        return (JsonObject) json(response.body());
    }

    static JsonArray array(HttpResponse<String> response) {
        return (JsonArray) json(response.body());
    }

    static JsonStructure json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.read();
        }
    }

    /** An HTTP client for the batch management API, which Liberty serves over HTTPS with a self-signed certificate. */
    static HttpClient trustingHttpsClient() {
        return HttpClient.newBuilder().sslContext(trustingTls()).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** TLS that trusts any certificate: the test servers' own, self-signed. */
    static SSLContext trustingTls() {
        try {
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, new TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, new SecureRandom());
            return ssl;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
