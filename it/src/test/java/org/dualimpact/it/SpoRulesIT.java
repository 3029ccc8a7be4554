package org.dualimpact.it;

import static org.dualimpact.it.Problems.assertProblem;
import static org.dualimpact.it.Story.AUDITOR;
import static org.dualimpact.it.Story.BUYER;
import static org.dualimpact.it.Story.PROVIDER_A;
import static org.dualimpact.it.Story.PROVIDER_B;
import static org.dualimpact.it.Story.SUPPLIER_A;
import static org.dualimpact.it.Story.SUPPLIER_A_ORG;
import static org.dualimpact.it.Story.SUPPLIER_B;
import static org.dualimpact.it.Story.ok;
import static org.dualimpact.it.Story.post;
import static org.dualimpact.it.Story.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.json.JsonObject;

import org.dualimpact.kernel.spo.SpoReference;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Confidentiality and refusals of the SPO API on Liberty. Who may see an SPO, as README states:
 * its supplier; a named provider; the buyer it was submitted to, from submission on; auditors,
 * agreements only; anyone else nothing — 404, exactly as for a reference that does not exist. A
 * caller without the role an action needs gets 403 whatever the reference.
 */
@ExtendWith(ArquillianExtension.class)
class SpoRulesIT {

    private static final String OTHER_SUPPLIER = Api.token("zed.other", "GB-COH-09000002", "supplier");

    /** Every SPO endpoint, as (method, path) for a reference. */
    private static final List<Function<String, HttpResponse<String>>> READS = List.of(
            ref -> Api.get("/api/v1/spos/" + ref, SUPPLIER_B),
            ref -> Api.get("/api/v1/spos/" + ref + "/history", SUPPLIER_B),
            ref -> Api.get("/api/v1/spos/" + ref + "/document", SUPPLIER_B, "application/pdf"),
            ref -> Api.get("/api/v1/agreements/" + ref + "/verification", SUPPLIER_B));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    @Test
    void aCompetitorMeetsNotFoundOnEveryEndpointExactlyAsForAnUnknownReference() {
        String provision = Story.auditedProvision("conf" + Story.unique());
        String reference = Story.draft(SUPPLIER_A, provision, "Confidential draft");
        String unknown = SpoReference.of("TVP", 2019, 999_999).value();

        for (String ref : List.of(reference, unknown)) {
            for (Function<String, HttpResponse<String>> read : READS) {
                assertProblem(read.apply(ref), 404, "spo-not-found");
            }
            assertProblem(put("/api/v1/spos/" + ref, OTHER_SUPPLIER, "\"1\"", Story.spoBody(provision, "x")), 404,
                    "spo-not-found");
            for (String action : List.of("submission", "signatures", "withdrawal")) {
                assertProblem(post("/api/v1/spos/" + ref + "/" + action, OTHER_SUPPLIER, "{}"), 404, "spo-not-found");
            }
            // a provider not named in the SPO
            assertProblem(Api.get("/api/v1/spos/" + ref, PROVIDER_B), 404, "spo-not-found");
            assertProblem(post("/api/v1/spos/" + ref + "/endorsement", PROVIDER_B, null), 404, "spo-not-found");
            // the buyer before submission, the auditor on a proposal
            assertProblem(Api.get("/api/v1/spos/" + ref, BUYER), 404, "spo-not-found");
            assertProblem(Api.get("/api/v1/spos/" + ref, AUDITOR), 404, "spo-not-found");
        }
        assertTrue(Api.array(Api.get("/api/v1/spos", OTHER_SUPPLIER)).stream()
                .noneMatch(v -> v.asJsonObject().getString("reference").equals(reference)));
    }

    @Test
    void visibilityWidensStageByStage() {
        String provision = Story.auditedProvision("vis" + Story.unique());
        String tender = Story.openTender("Visibility");
        String reference = Story.draft(SUPPLIER_A, provision, "Visibility");

        ok(Api.get("/api/v1/spos/" + reference, SUPPLIER_A));
        ok(Api.get("/api/v1/spos/" + reference, PROVIDER_A)); // named provider: from the endorsement request on
        assertProblem(Api.get("/api/v1/spos/" + reference, BUYER), 404, "spo-not-found");

        ok(post("/api/v1/spos/" + reference + "/endorsement", PROVIDER_A, null));
        ok(post("/api/v1/spos/" + reference + "/submission", SUPPLIER_A, "{\"tender\": \"" + tender + "\"}"));
        ok(Api.get("/api/v1/spos/" + reference, BUYER));
        assertProblem(Api.get("/api/v1/spos/" + reference, AUDITOR), 404, "spo-not-found");
        assertProblem(Api.get("/api/v1/spos/" + reference, SUPPLIER_B), 404, "spo-not-found");

        Story.award(tender, SUPPLIER_A_ORG);
        assertEquals("AWAITING_SIGNATURES", ok(Api.get("/api/v1/spos/" + reference, AUDITOR)).getString("stage"));
        assertProblem(Api.get("/api/v1/spos/" + reference, SUPPLIER_B), 404, "spo-not-found");
    }

    @Test
    void theWrongRoleIsForbiddenEvenOnOwnObjects() {
        String provision = Story.auditedProvision("role" + Story.unique());
        String reference = Story.draft(SUPPLIER_A, provision, "Roles");
        // a supplier's member with the provider role: only claims can say so, memberships of a supplier cannot
        String supplierAsProvider = Api.claimsToken("sam.chiltern", SUPPLIER_A_ORG, "provider");

        assertProblem(post("/api/v1/spos/" + reference + "/endorsement", SUPPLIER_A, null), 403, "forbidden");
        assertProblem(post("/api/v1/spos/" + reference + "/withdrawal", PROVIDER_A, null), 403, "forbidden");
        assertProblem(post("/api/v1/spos/" + reference + "/contract", SUPPLIER_A, "{}"), 403, "forbidden");
        assertProblem(post("/api/v1/spos", BUYER, Story.spoBody(provision, "x")), 403, "forbidden");
        // the right role, but not a named provider of this SPO
        assertProblem(post("/api/v1/spos/" + reference + "/endorsement", supplierAsProvider, null), 403,
                "not-a-named-provider");
        assertProblem(Api.get("/api/v1/spos/" + reference, null), 401, "unauthenticated");
        // a malformed organisation claim (of an issuer trusted for claims) is a refusal, not a server error
        assertProblem(post("/api/v1/spos", Api.claimsToken("odd", "not an org id", "supplier"), Story.spoBody(provision, "x")),
                403, "unknown-organisation");
        assertProblem(post("/api/v1/tenders", Api.claimsToken("odd", "GB-", "buyer"), "{\"title\": \"x\", "
                + "\"territory\": \"E23000029\", \"closingDate\": \"2030-01-01\"}"), 403, "unknown-organisation");
    }

    @Test
    void badReferencesAreBadRequestsNotNotFound() {
        String valid = SpoReference.of("TVP", 2026, 42).value();
        char[] swapped = valid.toCharArray();
        char c = swapped[17];
        swapped[17] = swapped[18];
        swapped[18] = c;
        String typo = valid.substring(0, valid.length() - 3) + (valid.charAt(valid.length() - 3) == '4' ? '5' : '4')
                + valid.substring(valid.length() - 2);

        for (String bad : List.of(new String(swapped), typo, "SPO-TVP-2026-42", "nonsense")) {
            if (!bad.equals(valid)) {
                assertProblem(Api.get("/api/v1/spos/" + bad, SUPPLIER_A), 400, "invalid-spo-reference");
            }
        }
    }

    @Test
    void refusedRequestsLeaveTheSpoUnchanged() {
        String provision = Story.auditedProvision("err" + Story.unique());
        String reference = Story.draft(SUPPLIER_A, provision, "Unchanged");
        HttpResponse<String> before = Api.get("/api/v1/spos/" + reference, SUPPLIER_A);
        String etag = before.headers().firstValue("ETag").orElseThrow();

        // an invalid transition names the stage and what is allowed
        JsonObject conflict = assertProblem(post("/api/v1/spos/" + reference + "/signatures", SUPPLIER_A, null), 409,
                "transition-not-allowed");
        assertTrue(conflict.getString("detail").contains("DRAFT"), conflict::toString);
        assertTrue(conflict.getString("detail").contains("Allowed now: edit, endorse"), conflict::toString);
        assertProblem(post("/api/v1/spos/" + reference + "/submission", SUPPLIER_A, "{\"tender\": \"TND-TVP-2026-0001\"}"),
                409, "transition-not-allowed");

        // edits: no If-Match, a stale one, unknown fields, negative and over-precise amounts
        String edit = Story.spoBody(provision, "Edited title");
        assertProblem(put("/api/v1/spos/" + reference, SUPPLIER_A, null, edit), 428, "if-match-required");
        assertProblem(put("/api/v1/spos/" + reference, SUPPLIER_A, "\"999\"", edit), 412, "stale-version");
        assertProblem(put("/api/v1/spos/" + reference, SUPPLIER_A, "W/" + etag, edit), 412, "stale-version");
        assertProblem(put("/api/v1/spos/" + reference, SUPPLIER_A, etag, edit.replaceFirst("\\{", "{\"colour\": \"red\", ")),
                400, "unknown-property");
        JsonObject negative = assertProblem(put("/api/v1/spos/" + reference, SUPPLIER_A, etag,
                edit.replace("\"value\": 1500.00", "\"value\": -1500.00")), 400, "invalid-spo");
        assertEquals("commitments[0]", negative.getJsonArray("errors").getJsonObject(0).getString("field"), negative::toString);
        JsonObject precise = assertProblem(put("/api/v1/spos/" + reference, SUPPLIER_A, etag,
                edit.replace("\"value\": 1500.00", "\"value\": 1500.005")), 400, "validation-failed");
        assertEquals("commitments[0].value", precise.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertProblem(post("/api/v1/spos", SUPPLIER_A, edit.replace("\"quantity\": 12, \"unit\": \"laptops\", ", "")), 400,
                "invalid-spo");

        HttpResponse<String> after = Api.get("/api/v1/spos/" + reference, SUPPLIER_A);
        assertEquals(before.body(), after.body());
        assertEquals(etag, after.headers().firstValue("ETag").orElseThrow());

        // a good edit with the right ETag goes through and changes the ETag
        HttpResponse<String> edited = put("/api/v1/spos/" + reference, SUPPLIER_A, etag, edit);
        assertEquals(200, edited.statusCode(), edited::body);
        assertEquals("Edited title", Api.object(edited).getString("title"));
        assertTrue(!etag.equals(edited.headers().firstValue("ETag").orElseThrow()));
    }

    @Test
    void anEditAfterEndorsementClearsIt() {
        String provision = Story.auditedProvision("clear" + Story.unique());
        String reference = Story.draft(SUPPLIER_A, provision, "To be endorsed");
        HttpResponse<String> endorsed = post("/api/v1/spos/" + reference + "/endorsement", PROVIDER_A, null);
        assertEquals("ENDORSED", Api.object(endorsed).getString("stage"));
        String etag = Api.get("/api/v1/spos/" + reference, SUPPLIER_A).headers().firstValue("ETag").orElseThrow();

        JsonObject edited = ok(put("/api/v1/spos/" + reference, SUPPLIER_A, etag, Story.spoBody(provision, "Changed")));

        assertEquals("DRAFT", edited.getString("stage"));
        assertTrue(edited.getJsonArray("endorsements").isEmpty());
    }

    @Test
    void implausibleInputIsABadRequestNotAServerError() {
        assertProblem(post("/api/v1/tenders", BUYER, "{\"title\": \"x\", \"territory\": \"E23000029\", "
                + "\"closingDate\": \"+10000-01-01\"}"), 400, "invalid-tender");
        String provision = Story.auditedProvision("dates" + Story.unique());
        assertProblem(post("/api/v1/spos", SUPPLIER_A, Story.spoBody(provision, "Far future").replaceFirst(
                "\"end\": \"[0-9-]+\"", "\"end\": \"+10000-01-01\"")), 400, "invalid-spo");
        assertProblem(Api.get("/api/v1/spotlight?page=2147483647&size=100", SUPPLIER_A), 400, "invalid-search");
        // numbers must be JSON numbers: "1500.00" as a string is not coerced
        assertProblem(post("/api/v1/spos", SUPPLIER_A, Story.spoBody(provision, "Quoted").replace("\"value\": 1500.00",
                "\"value\": \"1500.00\"")), 400, "malformed-json");
        assertProblem(post("/api/v1/provisions", PROVIDER_A, "{\"title\": \"x\", \"territories\": [\"E23000029\"], "
                + "\"needs\": [{\"type\": \"MONEY\", \"description\": \"d\"}], \"capacity\": 2.5}"), 400, "malformed-json");
        // a control character in any text is refused before binding, naming the field (UnsafeTextInterceptor)
        assertEquals("name", assertProblem(post("/api/v1/organisations", Story.ADMIN, "{\"id\": \"GB-CHC-2999999\", "
                + "\"kind\": \"PROVIDER\", \"name\": \"Nul\\u0000name\", \"territories\": [\"E23000029\"]}"), 400, "invalid-text")
                .getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void spotlightCountsTheSameMatchesOnEveryPage() {
        String word = "pages" + Story.unique();
        for (int i = 0; i < 3; i++) {
            Story.auditedProvision(word);
        }
        Function<String, JsonObject> search = paging -> ok(Api.get("/api/v1/spotlight?q=" + word + paging, SUPPLIER_A));

        // a full page, the last page (not full), a page past the last, and one first page holding them all
        Map<String, Integer> onPage = Map.of("&size=2&page=0", 2, "&size=2&page=1", 1, "&size=2&page=2", 0, "&size=5&page=0", 3);
        onPage.forEach((paging, items) -> {
            JsonObject found = search.apply(paging);
            assertEquals(3, found.getInt("total"), paging);
            assertEquals(items, found.getJsonArray("items").size(), paging);
        });
        assertEquals(0, search.apply("x&size=2&page=0").getInt("total"));
    }

    @Test
    void onlyAuditedProvisionsReceiveSpos() {
        String pending = Story.publishedProvision("pend" + Story.unique());

        assertProblem(post("/api/v1/spos", SUPPLIER_A, Story.spoBody(pending, "Too early")), 422, "provision-not-audited");
    }

    @Test
    void aProviderEditsItsProvisionWithIfMatchAndItGoesBackToAudit() {
        String word = "edit" + Story.unique();
        String provision = Story.auditedProvision(word);
        HttpResponse<String> read = Api.get("/api/v1/provisions/" + provision, PROVIDER_A);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        String edit = """
                {"title": "Boxing and football %s", "territories": ["E23000029"], "outcomes": ["NT1"],
                 "needs": [{"type": "IN_KIND", "description": "Footballs", "quantity": 20, "unit": "balls"}]}
                """.formatted(word);

        assertProblem(put("/api/v1/provisions/" + provision, PROVIDER_A, null, edit), 428, "if-match-required");
        assertProblem(put("/api/v1/provisions/" + provision, PROVIDER_B, etag, edit), 403, "not-the-provider");
        assertProblem(put("/api/v1/provisions/" + provision, SUPPLIER_A, etag, edit), 403, "forbidden");
        assertProblem(put("/api/v1/provisions/" + provision, PROVIDER_A, etag, edit.replace("E23000029", "E23000001")),
                400, "invalid-provision");
        HttpResponse<String> edited = put("/api/v1/provisions/" + provision, PROVIDER_A, etag, edit);
        JsonObject view = ok(edited);

        assertEquals("Boxing and football " + word, view.getString("title"));
        assertEquals("PENDING", view.getString("status"));
        assertEquals(1, view.getJsonArray("needs").size());
        assertTrue(!etag.equals(edited.headers().firstValue("ETag").orElseThrow()), "a new ETag");
        assertProblem(put("/api/v1/provisions/" + provision, PROVIDER_A, etag, edit), 412, "stale-version");
        assertProblem(Api.get("/api/v1/provisions/" + provision, SUPPLIER_A), 404, "provision-not-found");
        assertEquals(0, ok(Api.get("/api/v1/spotlight?q=" + word, SUPPLIER_A)).getInt("total"));

        // an audit of the words read before the edit decides nothing; of the edited words, it holds
        String audit = "{\"decision\": \"AUDITED\"}";
        assertProblem(Api.send(Api.request("/api/v1/provisions/" + provision + "/audit", BUYER).header("If-Match", etag)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(audit))), 412, "stale-version");
        assertEquals("AUDITED", ok(Api.send(Api.request("/api/v1/provisions/" + provision + "/audit", BUYER)
                .header("If-Match", edited.headers().firstValue("ETag").orElseThrow()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(audit)))).getString("status"));
    }
}
