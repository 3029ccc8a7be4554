package org.dualimpact.it;

import static org.dualimpact.it.Problems.assertProblem;
import static org.dualimpact.it.Story.BUYER;
import static org.dualimpact.it.Story.PROVIDER_A;
import static org.dualimpact.it.Story.SUPPLIER_A;
import static org.dualimpact.it.Story.SUPPLIER_A_ORG;
import static org.dualimpact.it.Story.SUPPLIER_B;
import static org.dualimpact.it.Story.created;
import static org.dualimpact.it.Story.ok;
import static org.dualimpact.it.Story.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.dualimpact.kernel.spo.SpoReference;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SPO story over HTTP on Liberty with a token per role: provider publishes, buyer audits,
 * supplier finds it in Spotlight, drafts, provider endorses, supplier submits, buyer awards, both
 * sign, buyer attaches the contract, buyer reviews — and a second supplier's proposal to the same
 * tender is withdrawn and purged.
 */
@ExtendWith(ArquillianExtension.class)
class SpoLifecycleIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    @Test
    void theWholeStory() throws Exception {
        String word = "story" + Story.unique();

        // the provider publishes; it is invisible to suppliers until a buyer audits it
        String provision = Story.publishedProvision(word);
        assertProblem(Api.get("/api/v1/provisions/" + provision, SUPPLIER_A), 404, "provision-not-found");
        assertEquals(0, spotlight("?q=" + word).getJsonNumber("total").longValue());
        assertEquals("AUDITED", ok(post("/api/v1/provisions/" + provision + "/audit", BUYER,
                "{\"decision\": \"AUDITED\"}")).getString("status"));

        // the supplier finds it in Spotlight
        assertEquals(1, spotlight("?territory=E23000029&need=VOLUNTEERING&q=" + word).getJsonNumber("total").longValue());
        assertEquals(1, spotlight("?region=E12000008&outcome=NT1&q=" + word).getJsonNumber("total").longValue());
        assertEquals(0, spotlight("?region=E12000001&q=" + word).getJsonNumber("total").longValue());

        // draft, endorse, submit
        String tender = Story.openTender("Fleet maintenance " + word);
        String reference = Story.draft(SUPPLIER_A, provision, "Boxing club support " + word);
        assertTrue(reference.matches("SPO-TVP-\\d{4}-\\d{6}-[0-9A-Z]"), reference);
        JsonObject endorsed = ok(post("/api/v1/spos/" + reference + "/endorsement", PROVIDER_A, null));
        assertEquals("ENDORSED", endorsed.getString("stage"));
        JsonObject submitted = ok(post("/api/v1/spos/" + reference + "/submission", SUPPLIER_A,
                "{\"tender\": \"" + tender + "\"}"));
        assertEquals("SUBMITTED", submitted.getString("stage"));
        String hash = submitted.getString("contentHash");
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);

        // a competitor submits to the same tender
        String competitor = Story.submitted(SUPPLIER_B, provision, tender);

        // the buyer sees both submissions, then awards
        List<String> buyerSees = Api.array(Api.get("/api/v1/spos", BUYER)).stream()
                .map(v -> v.asJsonObject().getString("reference")).toList();
        assertTrue(buyerSees.containsAll(List.of(reference, competitor)), buyerSees::toString);
        Story.award(tender, SUPPLIER_A_ORG);
        assertEquals("AWAITING_SIGNATURES", ok(Api.get("/api/v1/spos/" + reference, SUPPLIER_A)).getString("stage"));
        assertEquals("SUBMITTED", ok(Api.get("/api/v1/spos/" + competitor, SUPPLIER_B)).getString("stage"));

        // both sign, over the frozen hash
        assertEquals("AWAITING_SIGNATURES", ok(post("/api/v1/spos/" + reference + "/signatures", SUPPLIER_A, null))
                .getString("stage"));
        JsonObject signed = ok(post("/api/v1/spos/" + reference + "/signatures", PROVIDER_A, null));
        assertEquals("SIGNED", signed.getString("stage"));
        for (JsonValue signature : signed.getJsonArray("signatures")) {
            assertEquals(hash, signature.asJsonObject().getString("contentHash"));
        }

        // the buyer attaches the contract, ending today, and reviews
        JsonObject contracted = ok(post("/api/v1/spos/" + reference + "/contract", BUYER, """
                {"contractReference": "TVP-FLEET-%s", "start": "%s", "end": "%s", "value": 2500000.00}
                """.formatted(word, Story.today().minusYears(1), Story.today())));
        assertEquals("CONTRACTED", contracted.getString("stage"));
        assertEquals(3, contracted.getInt("stageNumber"));
        JsonObject reviewed = ok(post("/api/v1/spos/" + reference + "/review", BUYER,
                "{\"verdict\": \"DELIVERED\", \"notes\": \"All three lines delivered.\"}"));
        assertEquals("REVIEWED", reviewed.getString("stage"));
        JsonObject validated = ok(post("/api/v1/spos/" + reference + "/validation", PROVIDER_A,
                "{\"verdict\": \"DELIVERED\", \"notes\": \"Laptops in use every week.\"}"));
        assertEquals("DELIVERED", validated.getJsonArray("validations").getJsonObject(0).getString("verdict"));

        // the competitor withdraws: content purged, tombstone kept
        JsonObject withdrawn = ok(post("/api/v1/spos/" + competitor + "/withdrawal", SUPPLIER_B, null));
        assertEquals("WITHDRAWN", withdrawn.getString("stage"));
        assertFalse(withdrawn.containsKey("title"), withdrawn::toString);
        assertFalse(withdrawn.containsKey("summary"), withdrawn::toString);
        assertFalse(withdrawn.containsKey("commitments"), withdrawn::toString);
        assertTrue(withdrawn.getString("contentHash").matches("[0-9a-f]{64}"));
        assertEquals(List.of(Story.PROVIDER_A_ORG), withdrawn.getJsonArray("providers").getValuesAs(
                JsonString::getString));
        assertProblem(Api.get("/api/v1/spos/" + competitor + "/document", SUPPLIER_B, "application/pdf"), 409,
                "content-purged");

        // the journal tells the story
        List<String> actions = Api.array(Api.get("/api/v1/spos/" + reference + "/history", Story.AUDITOR)).stream()
                .map(e -> e.asJsonObject().getString("action")).toList();
        assertEquals(List.of("edit", "endorse", "submit", "award", "sign", "sign", "attach_contract", "review", "validate"),
                actions);
        List<String> competitorActions = Api.array(Api.get("/api/v1/spos/" + competitor + "/history", Story.AUDITOR))
                .stream().map(e -> e.asJsonObject().getString("to")).toList();
        assertEquals("WITHDRAWN", competitorActions.get(competitorActions.size() - 1));

        // the agreement as a PDF carries its reference and content hash
        String text = pdfText(reference);
        assertTrue(text.contains(reference), text);
        assertTrue(text.contains(hash), text);
        assertTrue(text.contains("Dual Impact Agreement"), text);
        assertTrue(text.contains("Oxford Youth Boxing Trust"), text);
        // names, not ids, and money as a buyer writes it
        assertTrue(text.contains(organisationName(Story.BUYER_ORG)), text);
        assertTrue(Pattern.compile("£\\d{1,3}(,\\d{3})*\\.\\d{2}").matcher(text).find(), text);
        assertFalse(text.contains("GBP"), text);
    }

    @Test
    void anyBuyerVerifiesAContractedAgreementButSeesNothingElse() throws Exception {
        String word = "verify" + Story.unique();
        String provision = Story.auditedProvision(word);
        String tender = Story.openTender("Verification " + word);
        String reference = Story.submitted(SUPPLIER_A, provision, tender);
        String otherBuyer = Api.token("mo.met", "GB-PFA-E23000001", "buyer");
        HttpResponse<String> registered = post("/api/v1/organisations", Story.ADMIN,
                "{\"id\": \"GB-PFA-E23000001\", \"kind\": \"BUYER\", \"name\": \"Metropolitan Police\", \"territories\": [\"E23000001\"]}");
        assertTrue(registered.statusCode() == 201 || registered.statusCode() == 409, registered::body);

        assertProblem(Api.get("/api/v1/agreements/" + reference + "/verification", otherBuyer), 404, "spo-not-found");
        Story.award(tender, SUPPLIER_A_ORG);
        post("/api/v1/spos/" + reference + "/signatures", SUPPLIER_A, null);
        post("/api/v1/spos/" + reference + "/signatures", PROVIDER_A, null);
        JsonObject contracted = ok(post("/api/v1/spos/" + reference + "/contract", BUYER, """
                {"contractReference": "TVP-V-%s", "start": "%s", "end": "%s", "value": 10000.00}
                """.formatted(word, Story.today(), Story.today().plusYears(2))));
        assertEquals(List.of("validate"), contracted.getJsonArray("allowedActions").getValuesAs(JsonString::getString),
                "the review is not offered before the contract ends");

        String verification = "/api/v1/agreements/" + reference + "/verification";
        assertProblem(Api.get(verification, otherBuyer), 404, "spo-not-found");
        JsonObject summary = ok(Api.get(verification + "?code=" + verificationCode(reference), otherBuyer));
        assertEquals("CONTRACTED", summary.getString("stage"));
        assertEquals(SUPPLIER_A_ORG, summary.getJsonObject("supplier").getString("id"));
        assertFalse(summary.containsKey("commitments"));
        assertProblem(Api.get("/api/v1/spos/" + reference, otherBuyer), 404, "spo-not-found");
        assertProblem(Api.get("/api/v1/spos/" + reference + "/document", otherBuyer, "application/pdf"), 404,
                "spo-not-found");
        // the review comes only at the contract's end
        assertProblem(post("/api/v1/spos/" + reference + "/review", BUYER, "{\"verdict\": \"DELIVERED\"}"), 422,
                "contract-not-ended");
    }

    @Test
    void verificationNeedsTheCodePrintedOnTheAgreementAndNamesOrganisationsNotUsers() throws Exception {
        String word = "code" + Story.unique();
        String reference = LedgerIT.contractedAgreement(word);
        String otherBuyer = Api.token("mo.met", "GB-PFA-E23000001", "buyer");
        HttpResponse<String> registered = post("/api/v1/organisations", Story.ADMIN,
                "{\"id\": \"GB-PFA-E23000001\", \"kind\": \"BUYER\", \"name\": \"Metropolitan Police\", \"territories\": [\"E23000001\"]}");
        assertTrue(registered.statusCode() == 201 || registered.statusCode() == 409, registered::body);
        String verification = "/api/v1/agreements/" + reference + "/verification";
        String code = verificationCode(reference);
        String wrong = (code.charAt(0) == '0' ? "1" : "0") + code.substring(1);
        String unknown = SpoReference.of("TVP", 2019, 999_998).value();

        JsonObject missing = assertProblem(Api.get(verification, otherBuyer), 404, "spo-not-found");
        JsonObject refused = assertProblem(Api.get(verification + "?code=" + wrong, otherBuyer), 404, "spo-not-found");
        JsonObject none = assertProblem(Api.get("/api/v1/agreements/" + unknown + "/verification?code=" + code, otherBuyer),
                404, "spo-not-found");
        assertEquals(none.getString("detail").replace(unknown, reference), refused.getString("detail"),
                "a wrong code reads exactly like an unknown reference");
        assertEquals(missing, refused);

        HttpResponse<String> verified = Api.get(verification + "?code=" + code.toLowerCase().replace("-", ""), otherBuyer);
        JsonObject summary = ok(verified);
        assertEquals(SUPPLIER_A_ORG, summary.getJsonObject("supplier").getString("id"));
        assertEquals(organisationName(SUPPLIER_A_ORG), summary.getJsonObject("supplier").getString("name"));
        assertEquals(List.of(organisationName(Story.PROVIDER_A_ORG)), summary.getJsonArray("providers").stream()
                .map(p -> p.asJsonObject().getString("name")).toList());
        assertEquals(Story.BUYER_ORG, summary.getJsonObject("buyer").getString("id"));
        assertEquals(2, summary.getJsonArray("signatures").size());
        for (String user : List.of("sam.chiltern", "pat.boxing", "tess.buyer", "signer")) {
            assertFalse(verified.body().contains(user), () -> user + " in " + verified.body());
        }
    }

    @Test
    void anExistingRelationshipEntersStageThreeWithoutATender() {
        String word = "existing" + Story.unique();
        String provision = Story.auditedProvision(word);
        String body = Story.spoBody(provision, "Existing mentoring partnership " + word).replaceFirst("\\}\\s*$", """
                , "existingContract": {"buyer": "GB-PFA-E23000029", "contractReference": "TVP-EX-%s",
                   "start": "%s", "end": "%s", "value": 80000.00}}
                """.formatted(word, Story.today().minusMonths(6), Story.today().plusMonths(18)));
        JsonObject draft = created(post("/api/v1/spos", SUPPLIER_A, body));
        assertTrue(draft.getBoolean("existingRelationship"));
        String reference = draft.getString("reference");
        ok(post("/api/v1/spos/" + reference + "/endorsement", PROVIDER_A, null));

        assertEquals("AWAITING_SIGNATURES", ok(post("/api/v1/spos/" + reference + "/submission", SUPPLIER_A, "{}"))
                .getString("stage"));
        ok(post("/api/v1/spos/" + reference + "/signatures", SUPPLIER_A, null));
        assertEquals("SIGNED", ok(post("/api/v1/spos/" + reference + "/signatures", PROVIDER_A, null)).getString("stage"));
        assertProblem(post("/api/v1/spos/" + reference + "/contract", BUYER, """
                {"contractReference": "SOMETHING-ELSE", "start": "%s", "end": "%s", "value": 80000.00}
                """.formatted(Story.today(), Story.today().plusYears(1))), 422, "contract-mismatch");
        JsonObject contracted = ok(post("/api/v1/spos/" + reference + "/contract", BUYER, """
                {"contractReference": "TVP-EX-%s", "start": "%s", "end": "%s", "value": 80000.00}
                """.formatted(word, Story.today().minusMonths(6), Story.today().plusMonths(18))));
        assertEquals("CONTRACTED", contracted.getString("stage"));
    }

    private static JsonObject spotlight(String query) {
        return ok(Api.get("/api/v1/spotlight" + query, SUPPLIER_A));
    }

    private static String organisationName(String id) {
        return ok(Api.get("/api/v1/organisations/" + id, BUYER)).getString("name");
    }

    /** The verification code printed on the agreement's PDF. */
    private static String verificationCode(String reference) throws IOException, InterruptedException {
        Matcher printed = Pattern.compile("Verification code: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})")
                .matcher(pdfText(reference));
        assertTrue(printed.find(), "the agreement's PDF prints its verification code");
        return printed.group(1);
    }

    /** The agreement's PDF as text, extracted by pdftotext (poppler-utils), as an auditor would read it. */
    private static String pdfText(String reference) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = Api.HTTP.send(Api.request("/api/v1/spos/" + reference + "/document", SUPPLIER_A)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        return Pdfs.text(response.body());
    }
}
