package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.json.JsonObject;

/**
 * The demo cast of Thames Valley and the steps of the SPO story over HTTP, shared by the SPO
 * integration tests. Every step asserts its status so a failing step names itself.
 */
final class Story {

    static final String TERRITORY = "E23000029";
    static final String BUYER_ORG = "GB-PFA-E23000029";
    static final String SUPPLIER_A_ORG = "GB-COH-09000001";
    static final String SUPPLIER_B_ORG = "GB-COH-09000002";
    static final String PROVIDER_A_ORG = "GB-CHC-1190001";
    static final String PROVIDER_B_ORG = "GB-CHC-1190002";

    static final String BUYER = Api.token("tess.buyer", BUYER_ORG, "buyer");
    static final String SUPPLIER_A = Api.token("sam.chiltern", SUPPLIER_A_ORG, "supplier");
    static final String SUPPLIER_B = Api.token("kim.kennet", SUPPLIER_B_ORG, "supplier");
    static final String PROVIDER_A = Api.token("pat.boxing", PROVIDER_A_ORG, "provider");
    static final String PROVIDER_B = Api.token("lee.larder", PROVIDER_B_ORG, "provider");
    static final String AUDITOR = Api.token("aud.itor", null, "auditor");
    static final String ADMIN = Api.token("ada.admin", null, "admin");

    private Story() {
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static JsonObject created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response::body);
        return Api.object(response);
    }

    static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response::body);
        return Api.object(response);
    }

    static String json(String path, String token) {
        return Api.get(path, token).body();
    }

    static HttpResponse<String> post(String path, String token, String body) {
        return Api.post(path, token, "application/json", body == null ? "{}" : body);
    }

    static HttpResponse<String> put(String path, String token, String ifMatch, String body) {
        HttpRequest.Builder request = Api.request(path, token).PUT(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return Api.send(request);
    }

    /** Provider A publishes a provision with a unique word in its title, and the buyer audits it. */
    static String auditedProvision(String word) {
        String id = publishedProvision(word);
        JsonObject audited = ok(post("/api/v1/provisions/" + id + "/audit", BUYER, "{\"decision\": \"AUDITED\"}"));
        assertEquals("AUDITED", audited.getString("status"));
        return id;
    }

    static String publishedProvision(String word) {
        JsonObject provision = created(post("/api/v1/provisions", PROVIDER_A, """
                {"title": "Boxing for focus %s", "summary": "Evening boxing sessions for young people in East Oxford.",
                 "territories": ["E23000029"], "outcomes": ["NT1", "youth-resilience"],
                 "needs": [{"type": "MONEY", "description": "Coach fees", "quantity": 5000},
                           {"type": "VOLUNTEERING", "description": "Mentors", "quantity": 120, "skills": "mentoring"},
                           {"type": "IN_KIND", "description": "Laptops for homework club", "quantity": 12, "unit": "laptops"}],
                 "capacity": 60}
                """.formatted(word)));
        assertEquals("PENDING", provision.getString("status"));
        return provision.getString("id");
    }

    static String spoBody(String provision, String title) {
        LocalDate start = today();
        LocalDate end = start.plusMonths(12);
        return """
                {"title": "%s", "summary": "Funding, laptops and mentors for the boxing club.",
                 "providers": ["%s"], "provisions": ["%s"], "territory": "E23000029",
                 "commitments": [
                   {"type": "FINANCIAL", "value": 1500.00, "measureCode": "NT1", "start": "%s", "end": "%s", "frequency": "ONE_OFF"},
                   {"type": "IN_KIND", "quantity": 12, "unit": "laptops", "value": 3600.00, "measureCode": "NT18",
                    "postcodeDistrict": "OX4", "start": "%s", "end": "%s", "frequency": "ONE_OFF"},
                   {"type": "VOLUNTEERING", "quantity": 40, "skillLevel": "SKILLED", "measureCode": "NT7",
                    "start": "%s", "end": "%s", "frequency": "MONTHLY"}]}
                """.formatted(title, PROVIDER_A_ORG, provision, start, end, start, end, start, end);
    }

    static String draft(String supplierToken, String provision, String title) {
        JsonObject spo = created(post("/api/v1/spos", supplierToken, spoBody(provision, title)));
        assertEquals("DRAFT", spo.getString("stage"));
        return spo.getString("reference");
    }

    static String openTender(String title) {
        JsonObject tender = created(post("/api/v1/tenders", BUYER, """
                {"title": "%s", "territory": "E23000029", "closingDate": "%s"}
                """.formatted(title, today().plusDays(30))));
        assertEquals("OPEN", tender.getString("status"));
        return tender.getString("reference");
    }

    /** Draft, endorse, submit: a SUBMITTED proposal of the supplier to the tender. */
    static String submitted(String supplierToken, String provision, String tender) {
        String ref = draft(supplierToken, provision, "Boxing club support " + unique());
        assertEquals("ENDORSED", ok(post("/api/v1/spos/" + ref + "/endorsement", PROVIDER_A, null)).getString("stage"));
        JsonObject spo = ok(post("/api/v1/spos/" + ref + "/submission", supplierToken, "{\"tender\": \"" + tender + "\"}"));
        assertEquals("SUBMITTED", spo.getString("stage"));
        return ref;
    }

    /** The buyer of another territory (the Metropolitan Police), registered unless a test did so before. */
    static final String OTHER_BUYER_ORG = "GB-PFA-E23000001";

    static void otherBuyerRegistered() {
        HttpResponse<String> registered = post("/api/v1/organisations", ADMIN, "{\"id\": \"" + OTHER_BUYER_ORG
                + "\", \"kind\": \"BUYER\", \"name\": \"Metropolitan Police\", \"territories\": [\"E23000001\"]}");
        assertTrue(registered.statusCode() == 201 || registered.statusCode() == 409, registered::body);
    }

    /** Close and award the tender to supplier A. */
    static void award(String tender, String supplierOrg) {
        assertEquals("CLOSED", ok(post("/api/v1/tenders/" + tender + "/closure", BUYER, null)).getString("status"));
        JsonObject awarded = ok(post("/api/v1/tenders/" + tender + "/award", BUYER, "{\"supplier\": \"" + supplierOrg + "\"}"));
        assertEquals("AWARDED", awarded.getString("status"));
    }
}
