package org.dualimpact.it;

import static org.dualimpact.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The foundation over HTTP against the real EAR on Liberty: reference data, the error model, the
 * security model, health and OpenAPI.
 */
@ExtendWith(ArquillianExtension.class)
class FoundationApiIT {

    private static final String ADMIN = Api.token("ada.admin", null, "admin");
    private static final String SUPPLIER = Api.token("sam.supplier", "GB-COH-09000001", "supplier");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    @Test
    void listsTheFortyFiveTerritoriesWithTheirRegions() {
        HttpResponse<String> response = Api.get("/api/v1/territories", null);

        assertEquals(200, response.statusCode(), response::body);
        JsonArray territories = Api.array(response);
        assertEquals(45, territories.size());
        for (JsonValue value : territories) {
            JsonObject territory = value.asJsonObject();
            assertTrue(territory.getString("code").matches("[EWSN][0-9]{8}(-[A-Z]+)?"), territory::toString);
            assertTrue(!territory.getString("name").isBlank());
            assertTrue(territory.getJsonObject("region").getString("code").matches("[EWSN]9?[0-9]{7,8}"));
            assertTrue(!territory.getJsonObject("region").getString("name").isBlank(), territory::toString);
        }
    }

    @Test
    void listsTheTwelveRegions() {
        JsonArray regions = Api.array(Api.get("/api/v1/regions", null));

        assertEquals(12, regions.size());
        Set<String> nations = regions.stream().map(r -> r.asJsonObject().getString("nation")).collect(Collectors.toSet());
        assertEquals(Set.of("England", "Wales", "Scotland", "Northern Ireland"), nations);
    }

    @Test
    void findsThamesValleyByItsGssCode() {
        HttpResponse<String> response = Api.get("/api/v1/territories/E23000029", null);

        assertEquals(200, response.statusCode(), response::body);
        JsonObject thamesValley = Api.object(response);
        assertEquals("Thames Valley", thamesValley.getString("name"));
        assertEquals("TVP", thamesValley.getString("abbrev"));
        assertEquals("E12000008", thamesValley.getJsonObject("region").getString("code"));
        assertEquals("South East", thamesValley.getJsonObject("region").getString("name"));
    }

    @Test
    void anUnknownTerritoryIsANotFoundProblem() {
        assertProblem(Api.get("/api/v1/territories/E23000099", null), 404, "territory-not-found");
        assertProblem(Api.get("/api/v1/territories/not-a-code", null), 404, "territory-not-found");
        assertProblem(Api.get("/api/v1/regions/E12000099", null), 404, "region-not-found");
    }

    @Test
    void anUnknownPathIsANotFoundProblem() {
        assertProblem(Api.get("/api/v1/no-such-thing", ADMIN), 404, "not-found");
        // outside JAX-RS too: the API WAR's container error page is a problem document, naming no Java
        // exception (paths outside /api belong to the console, whose 404 is a page: ConsoleIT)
        assertProblem(Api.get("/api/no-such-page", null), 404, "not-found");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (HttpResponse<String> response : List.of(Api.get("/api/v1/territories/E23000029", null),
                Api.get("/api/v1/organisations", null), Api.get("/api/no-such-page", null))) {
            HttpHeaders headers = response.headers();
            String policy = headers.firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("script-src 'none'") && policy.contains("frame-ancestors 'none'"),
                    response.uri() + ": " + policy);
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), response.uri()::toString);
            assertEquals("no-referrer", headers.firstValue("Referrer-Policy").orElse(""), response.uri()::toString);
            assertEquals("no-store", headers.firstValue("Cache-Control").orElse(""), response.uri()::toString);
        }
    }

    @Test
    void protectedResourcesNeedAToken() {
        HttpResponse<String> response = Api.get("/api/v1/organisations", null);

        assertProblem(response, 401, "unauthenticated");
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    }

    @Test
    void forgedExpiredAndForeignTokensAreRefused() {
        String forged = SUPPLIER.substring(0, SUPPLIER.lastIndexOf('.') + 1) + "AAAA" + SUPPLIER.substring(SUPPLIER.lastIndexOf('.') + 5);
        String expired = Api.token("sam.supplier", "GB-COH-09000001", Duration.ofMinutes(5),
                Instant.now().minus(Duration.ofHours(2)), "supplier");

        for (String token : new String[] {forged, expired, "not.a.jwt"}) {
            HttpResponse<String> response = Api.get("/api/v1/organisations", token);
            assertEquals(401, response.statusCode(), () -> "token " + token + " gave " + response.body());
        }
    }

    @Test
    void aValidTokenReadsOrganisationsIncludingTheDemoBuyer() {
        HttpResponse<String> response = Api.get("/api/v1/organisations", SUPPLIER);

        assertEquals(200, response.statusCode(), response::body);
        Set<String> names = Api.array(response).stream().map(o -> o.asJsonObject().getString("name"))
                .collect(Collectors.toSet());
        assertTrue(names.contains("Thames Valley Police"), names::toString);
        assertEquals(200, Api.get("/api/v1/organisations/GB-PFA-E23000029", SUPPLIER).statusCode());
        assertProblem(Api.get("/api/v1/organisations/GB-CHC-9999999", SUPPLIER), 404, "organisation-not-found");
    }

    @Test
    void aWrongRoleIsForbidden() {
        HttpResponse<String> response = Api.post("/api/v1/organisations", SUPPLIER, "application/json",
                registration(freshCharityNumber()));

        assertProblem(response, 403, "forbidden");
    }

    @Test
    void aTokenWithoutAKnownRoleIsForbidden() {
        String nobody = Api.token("nobody", null, "visitor");

        assertProblem(Api.get("/api/v1/organisations", nobody), 403, "forbidden");
    }

    @Test
    void aWrongContentTypeIsUnsupported() {
        String id = freshCharityNumber();
        assertProblem(Api.post("/api/v1/organisations", ADMIN, "text/plain", registration(id)), 415,
                "unsupported-media-type");
        assertNotStored(id);
    }

    @Test
    void malformedJsonIsABadRequest() {
        assertProblem(Api.post("/api/v1/organisations", ADMIN, "application/json", "{\"id\": \"GB-CHC-1"), 400,
                "malformed-json");
        assertProblem(Api.post("/api/v1/organisations", ADMIN, "application/json", "{\"kind\": \"CASINO\"}"), 400,
                "malformed-json");
        String id = freshCharityNumber();
        assertProblem(Api.post("/api/v1/organisations", ADMIN, "application/json",
                registration(id).replace("\"Test Provider " + id + "\"", "123")), 400, "malformed-json");
        assertProblem(Api.post("/api/v1/organisations", ADMIN, "application/json",
                registration(id).replace("\"E23000029\"", "{\"code\": \"E23000029\"}")), 400, "malformed-json");
        assertNotStored(id);
    }

    @Test
    void anUnknownPropertyIsRefusedAndNothingIsStored() {
        String id = freshCharityNumber();
        String body = registration(id).replace("{", "{\"sneaky\": true, ");

        JsonObject problem = assertProblem(Api.post("/api/v1/organisations", ADMIN, "application/json", body), 400,
                "unknown-property");

        assertTrue(problem.getString("detail").contains("sneaky"), problem::toString);
        assertNotStored(id);
    }

    @Test
    void invalidFieldsAreEachNamed() {
        String body = "{\"id\": \"charity 12\", \"kind\": \"PROVIDER\", \"name\": \"\", \"territories\": []}";

        JsonObject problem = assertProblem(Api.post("/api/v1/organisations", ADMIN, "application/json", body), 400,
                "validation-failed");

        Set<String> fields = problem.getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("id", "name", "territories"), fields, problem::toString);
    }

    @Test
    void anUnknownTerritoryIsRefusedByTheDomain() {
        String id = freshCharityNumber();
        String body = registration(id).replace("E23000029", "E23000099");

        JsonObject problem = assertProblem(Api.post("/api/v1/organisations", ADMIN, "application/json", body), 400,
                "invalid-organisation");

        assertEquals("territories", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertNotStored(id);
    }

    @Test
    void anAdminRegistersAnOrganisationOnce() {
        String id = freshCharityNumber();

        HttpResponse<String> created = Api.post("/api/v1/organisations", ADMIN, "application/json", registration(id));

        assertEquals(201, created.statusCode(), created::body);
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/organisations/" + id));
        JsonObject stored = Api.object(Api.get("/api/v1/organisations/" + id, SUPPLIER));
        assertEquals("PROVIDER", stored.getString("kind"));
        assertEquals("E23000029", stored.getJsonArray("territories").getString(0));
        assertProblem(Api.post("/api/v1/organisations", ADMIN, "application/json", registration(id)), 409,
                "organisation-exists");
    }

    @Test
    void readinessIncludesTheDatabase() {
        HttpResponse<String> response = Api.get("/health/ready", null);

        assertEquals(200, response.statusCode(), response::body);
        JsonObject health = Api.object(response);
        assertEquals("UP", health.getString("status"));
        JsonObject database = health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
        assertEquals("UP", database.getString("status"));
        String product = database.getJsonObject("data").getString("database").toLowerCase();
        assertTrue(product.contains(Api.database().equals("derby") ? "derby" : "postgres"), product);
    }

    @Test
    void publishesTheOpenApiDocumentAndItsUi() {
        HttpResponse<String> document = Api.send(Api.request("/openapi", null).GET());
        HttpResponse<String> ui = Api.send(Api.request("/openapi/ui/", null).GET());

        assertEquals(200, document.statusCode());
        assertTrue(document.body().contains("/api/v1/territories/{code}"), "territory path missing from OpenAPI");
        assertTrue(document.body().contains("bearer"), "JWT security scheme missing from OpenAPI");
        assertEquals(200, ui.statusCode());
    }

    private static String freshCharityNumber() {
        long number = 2_000_000L + Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 7_000_000L);
        return "GB-CHC-" + number;
    }

    private static String registration(String id) {
        return "{\"id\": \"" + id + "\", \"kind\": \"PROVIDER\", \"name\": \"Test Provider " + id
                + "\", \"territories\": [\"E23000029\"]}";
    }

    private static void assertNotStored(String id) {
        assertProblem(Api.get("/api/v1/organisations/" + id, ADMIN), 404, "organisation-not-found");
    }
}
