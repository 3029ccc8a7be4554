package org.dualimpact.it;

import static org.dualimpact.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.nimbusds.jose.jwk.RSAKey;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Several trusted identity providers on the real server: besides the dev issuer, the IT servers trust
 * {@code second} (JWKS URI) and {@code third} (discovery document), both run by this test JVM
 * ({@link TestIdentityProvider}). Their callers act only through memberships (accepted invitations,
 * service accounts), like the tests' own issuer ({@link Memberships}); only the dev issuer is trusted for
 * organisation claims ({@link Api#claimsToken}).
 */
@ExtendWith(ArquillianExtension.class)
class TrustedIssuersIT {

    private static final String JSON = "application/json";
    private static final String ADMIN = Api.token("ada.admin", null, "admin");
    private static final RSAKey SECOND_KEY = TestIdentityProvider.newKey();
    private static TestIdentityProvider provider;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    @BeforeAll
    static void startProvider() throws Exception {
        provider = TestIdentityProvider.start();
        provider.publish("second", SECOND_KEY);
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    private static String second(String subject, Map<String, Object> claims) {
        return TestIdentityProvider.token(TestIdentityProvider.issuer("second"), SECOND_KEY, subject, claims);
    }

    @Test
    void aTokenOfASecondTrustedIssuerIsAccepted() {
        HttpResponse<String> response = Api.get("/api/v1/territories", second("pat.public", Map.of()));

        assertEquals(200, response.statusCode(), response::body);
    }

    @Test
    void aTokenOfAnIssuerNotConfiguredIsUnauthenticated() {
        String foreign = TestIdentityProvider.token(TestIdentityProvider.issuer("untrusted"), SECOND_KEY, "eve", Map.of());

        HttpResponse<String> response = Api.get("/api/v1/territories", foreign);

        assertProblem(response, 401, "unauthenticated");
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    }

    @Test
    void aTokenSignedWithAKeyTheIssuerDoesNotPublishIsUnauthenticated() {
        String forged = TestIdentityProvider.token(TestIdentityProvider.issuer("second"), TestIdentityProvider.newKey(),
                "eve", Map.of());

        assertProblem(Api.get("/api/v1/territories", forged), 401, "unauthenticated");
    }

    @Test
    void aTokenForAnotherAudienceIsUnauthenticated() {
        String other = TestIdentityProvider.token(TestIdentityProvider.issuer("second"), SECOND_KEY, "eve",
                Map.of("aud", "someone-else"));

        assertProblem(Api.get("/api/v1/territories", other), 401, "unauthenticated");
    }

    @Test
    void organisationClaimsOfAnIssuerNotTrustedForThemGiveNoRole() {
        Map<String, Object> claims = Map.of("org", "GB-COH-09000001", "groups", List.of("admin", "supplier"));

        assertProblem(Api.get("/api/v1/organisations", second("mallory", claims)), 403, "no-membership");
        assertEquals(200, Api.get("/api/v1/organisations", Api.claimsToken("sam.supplier", "GB-COH-09000001", "supplier"))
                .statusCode());
    }

    @Test
    void keysRotateWithoutARestart() throws Exception {
        RSAKey first = TestIdentityProvider.newKey();
        RSAKey next = TestIdentityProvider.newKey();
        String issuer = TestIdentityProvider.issuer("third");
        provider.publish("third", first);
        assertProblem(Api.get("/api/v1/organisations", TestIdentityProvider.token(issuer, first, "rita", Map.of())),
                403, "no-membership");

        provider.publish("third", next);
        Thread.sleep(1_500); // the IT servers refetch a JWKS at most once a second

        assertProblem(Api.get("/api/v1/organisations", TestIdentityProvider.token(issuer, next, "rita", Map.of())),
                403, "no-membership");
        assertProblem(Api.get("/api/v1/organisations", TestIdentityProvider.token(issuer, first, "rita", Map.of())),
                401, "unauthenticated");
    }

    @Test
    void aFloodOfRefusedTokensIsAnsweredTooManyRequests() throws Exception {
        String bad = TestIdentityProvider.token(TestIdentityProvider.issuer("untrusted"), SECOND_KEY, "eve", Map.of());
        HttpResponse<String> refused = null;
        for (int i = 0; i < 200 && (refused == null || refused.statusCode() != 429); i++) {
            refused = Api.get("/api/v1/territories", bad);
        }

        JsonObject problem = assertProblem(refused, 429, "too-many-requests");
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1, problem::toString);
        // valid tokens from the same address still pass
        assertEquals(200, Api.get("/api/v1/territories", second("pat.public", Map.of())).statusCode());
        Thread.sleep(retryAfter * 1_000 + 200);
        assertProblem(Api.get("/api/v1/territories", bad), 401, "unauthenticated");
        Thread.sleep(3_500); // leave the address's allowance full for the tests that follow
    }

    @Test
    void aCallerOfASecondIssuerActsThroughTheMembershipItAccepted() {
        String organisation = supplier();
        String subject = "ivy-" + unique();
        String email = subject + "@supplier.example.test";
        String ivy = second(subject, Map.of("email", email, "email_verified", true,
                "org", "GB-COH-09000002", "groups", List.of("admin")));
        assertProblem(Api.get("/api/v1/spos", ivy), 403, "no-membership");

        assertEquals(200, accept(invite(organisation, email, "supplier"), ivy).statusCode());

        assertEquals(200, Api.get("/api/v1/spos", ivy).statusCode());
        assertProblem(Api.post("/api/v1/organisations", ivy, JSON, "{}"), 403, "forbidden");
        JsonObject me = Api.object(Api.get("/api/v1/me", ivy));
        assertEquals(organisation, me.getJsonArray("memberships").getJsonObject(0).getString("organisation"), me::toString);
    }

    @Test
    void aMemberOfSeveralOrganisationsChoosesOne() {
        String first = supplier();
        String other = supplier();
        String subject = "max-" + unique();
        String email = subject + "@supplier.example.test";
        String max = second(subject, Map.of("email", email, "email_verified", true));
        accept(invite(first, email, "supplier"), max);
        accept(invite(other, email, "supplier"), max);

        assertProblem(Api.get("/api/v1/spos", max), 400, "organisation-choice-required");
        assertEquals(200, Api.send(Api.request("/api/v1/spos", max).header("Dual-Impact-Organisation", first).GET())
                .statusCode());
        assertEquals(200, Api.get("/api/v1/spos?actingFor=" + other, max).statusCode());
        assertProblem(Api.get("/api/v1/spos?actingFor=GB-COH-09000001", max), 403, "not-a-member");
    }

    @Test
    void aServiceAccountActsWithItsClientCredentialsToken() {
        String organisation = supplier();
        String client = "erp-export-" + unique();
        String token = second(client, Map.of("client_id", client));
        assertProblem(Api.get("/api/v1/spos", token), 403, "no-membership");

        HttpResponse<String> registered = Api.post("/api/v1/organisations/" + organisation + "/service-accounts", ADMIN, JSON,
                "{\"issuer\": \"%s\", \"subject\": \"%s\", \"name\": \"ERP export\", \"roles\": [\"supplier\"]}"
                        .formatted(TestIdentityProvider.issuer("second"), client));
        assertEquals(201, registered.statusCode(), registered::body);

        assertEquals(200, Api.get("/api/v1/spos", token).statusCode());
    }

    /** Registers a supplier with a fresh Companies House number; returns its identifier. */
    private static String supplier() {
        String id = "GB-COH-" + unique();
        HttpResponse<String> created = Api.post("/api/v1/organisations", ADMIN, JSON, """
                {"id": "%s", "kind": "SUPPLIER", "name": "Trusted Issuers IT Ltd %s", "territories": ["E23000029"]}
                """.formatted(id, id));
        assertEquals(201, created.statusCode(), created::body);
        return id;
    }

    private static JsonObject invite(String organisation, String email, String role) {
        HttpResponse<String> response = Api.post("/api/v1/organisations/" + organisation + "/invitations", ADMIN, JSON,
                "{\"email\": \"%s\", \"roles\": [\"%s\"]}".formatted(email, role));
        assertEquals(201, response.statusCode(), response::body);
        return Api.object(response);
    }

    private static HttpResponse<String> accept(JsonObject invitation, String token) {
        String link = invitation.getString("link");
        HttpResponse<String> response = Api.post("/api/v1/invitations/" + link.substring(link.lastIndexOf('/') + 1)
                + "/acceptance", token, null, "");
        assertEquals(200, response.statusCode(), response::body);
        return response;
    }

    private static String unique() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L));
    }

    @Test
    void aMalformedOrganisationChoiceIsABadRequest() {
        HttpResponse<String> response = Api.send(Api.request("/api/v1/organisations",
                Api.token("sam.supplier", "GB-COH-09000001", "supplier")).header("Dual-Impact-Organisation", "nonsense").GET());

        assertProblem(response, 400, "invalid-parameter");
    }

    @Test
    void aClaimsTrustedCallerCannotActForAnotherOrganisation() {
        String supplier = Api.claimsToken("sam.supplier", "GB-COH-09000001", "supplier");

        assertProblem(Api.get("/api/v1/organisations?actingFor=GB-COH-09000002", supplier), 403, "not-a-member");
    }

    @Test
    void aDemoUserOfTheDevelopmentProviderActsThroughItsDemoMembership() {
        String tess = demoToken("tess@buyer.example", "dev-buyer-password");

        JsonObject membership = Api.object(Api.get("/api/v1/me", tess)).getJsonArray("memberships").getJsonObject(0);
        assertEquals("GB-PFA-E23000029", membership.getString("organisation"));
        assertEquals(List.of("buyer", "organisation-admin"),
                membership.getJsonArray("roles").getValuesAs(JsonString.class).stream().map(JsonString::getString).sorted().toList());
        assertEquals(200, Api.get("/api/v1/organisations/GB-PFA-E23000029/members", tess).statusCode());
    }

    @Test
    void aDemoAuditorActsForThePlatform() {
        String aude = demoToken("aude@auditor.example", "dev-auditor-password");

        JsonObject membership = Api.object(Api.get("/api/v1/me", aude)).getJsonArray("memberships").getJsonObject(0);
        assertEquals(JsonValue.NULL, membership.getOrDefault("organisation", JsonValue.NULL), membership::toString);
        assertEquals("auditor", membership.getJsonArray("roles").getString(0));
    }

    /** An access token of the development OpenID provider, as server-config/dev/demo-token asks for it. */
    private static String demoToken(String user, String password) {
        String client = Base64.getEncoder().encodeToString("dual-impact-cli:dev-cli-secret".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> issued = Api.send(HttpRequest.newBuilder(URI.create(Api.base() + "/oidc/endpoint/dev/token"))
                .header("Authorization", "Basic " + client).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&scope=openid&username="
                        + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + password)));
        assertEquals(200, issued.statusCode(), issued::body);
        return Api.object(issued).getString("access_token");
    }
}
