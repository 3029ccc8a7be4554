package org.dualimpact.it;

import static org.dualimpact.it.Problems.assertProblem;
import static org.dualimpact.it.Story.ADMIN;
import static org.dualimpact.it.Story.PROVIDER_A_ORG;
import static org.dualimpact.it.Story.SUPPLIER_A;
import static org.dualimpact.it.Story.created;
import static org.dualimpact.it.Story.ok;
import static org.dualimpact.it.Story.post;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A research hub's evidence through the API on a real server: drafted, a document attached and read back
 * by its SHA-256, reviewed by a second member, published for everyone without sign-in, withdrawn — and
 * who is refused on the way.
 */
@ExtendWith(ArquillianExtension.class)
class EvidenceIT {

    static final String HUB_ORG = "GB-EDU-7" + String.format("%05d", new Random().nextInt(100_000));
    static final String OTHER_HUB_ORG = "GB-EDU-8" + String.format("%05d", new Random().nextInt(100_000));
    static final String HANNAH = Api.token("hannah.hub", HUB_ORG, "hub");
    static final String HUGO = Api.token("hugo.hub", HUB_ORG, "hub");
    static final String OTTO = Api.token("otto.hub", OTHER_HUB_ORG, "hub");
    static final byte[] REPORT = "%PDF-1.4\nevaluation of the boxing club\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    @BeforeEach
    void hubsRegistered() {
        for (String[] hub : new String[][] {{HUB_ORG, "University of Oxford impact hub", "E23000029"},
            {OTHER_HUB_ORG, "King's College London impact hub", "E23000001"}}) {
            HttpResponse<String> r = post("/api/v1/organisations", ADMIN, "{\"id\": \"" + hub[0] + "\", \"kind\": \"HUB\", "
                    + "\"name\": \"" + hub[1] + "\", \"territories\": [\"" + hub[2] + "\"]}");
            assertTrue(r.statusCode() == 201 || r.statusCode() == 409, r::body);
        }
    }

    private static String body(String periodTo) {
        return """
                {"title": "Boxing for focus: a year's evaluation", "summary": "School attendance of participants rose.",
                 "method": "Attendance records of 48 participants, before and after", "periodFrom": "2025-01-01",
                 "periodTo": "%s", "providers": ["%s"], "territories": ["E23000029"], "outcomes": ["youth-resilience"],
                 "measures": ["NT7"]}""".formatted(periodTo, PROVIDER_A_ORG);
    }

    private static HttpResponse<String> step(String path, String token, String etag) {
        HttpRequest.Builder request = Api.request(path, token).POST(HttpRequest.BodyPublishers.noBody());
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return Api.send(request);
    }

    private static HttpResponse<byte[]> download(String path, String token) throws Exception {
        HttpRequest.Builder request = token == null ? Api.bare(path, null) : Api.request(path, token);
        return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void evidenceFromDraftToPublicationAndWithdrawal() throws Exception {
        assertProblem(post("/api/v1/evidence", HANNAH, body("2099-12-31")), 400, "invalid-evidence");
        assertProblem(post("/api/v1/evidence", SUPPLIER_A, body("2025-12-31")), 403, "forbidden");
        HttpResponse<String> drafted = post("/api/v1/evidence", HANNAH, body("2025-12-31"));
        JsonObject evidence = created(drafted);
        String id = evidence.getString("id");
        String path = "/api/v1/evidence/" + id;
        assertEquals("DRAFT", evidence.getString("stage"));
        assertFalse(evidence.getString("author").isBlank(), "its hub sees who wrote it");

        // a draft exists only for its hub
        assertProblem(Api.get(path, SUPPLIER_A), 404, "evidence-not-found");
        assertProblem(Api.get(path, OTTO), 404, "evidence-not-found");
        assertProblem(Api.get("/api/v1/public/evidence/" + id, null), 404, "evidence-not-found");
        assertFalse(Api.get("/api/v1/evidence", OTTO).body().contains(id));
        assertTrue(Api.get("/api/v1/evidence", HUGO).body().contains(id));

        // a document, named by its SHA-256
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(REPORT));
        JsonObject document = created(Api.send(Api.request(path + "/documents?name=evaluation.pdf", HANNAH)
                .POST(HttpRequest.BodyPublishers.ofByteArray(REPORT)).header("Content-Type", "application/pdf")));
        assertEquals(sha, document.getString("sha256"));
        assertEquals(REPORT.length, document.getInt("size"));
        assertEquals(415, Api.send(Api.request(path + "/documents?name=run.sh", HANNAH)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {1, 2})).header("Content-Type", "application/x-sh"))
                .statusCode());
        HttpResponse<byte[]> read = download(path + "/documents/" + sha, HUGO);
        assertEquals(200, read.statusCode());
        assertArrayEquals(REPORT, read.body());
        assertEquals("sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha)) + ":",
                read.headers().firstValue("Repr-Digest").orElseThrow());
        assertEquals(404, download("/api/v1/public/evidence/" + id + "/documents/" + sha, null).statusCode());

        // review: If-Match on every step; four eyes
        String etag = Api.get(path, HANNAH).headers().firstValue("ETag").orElseThrow();
        assertProblem(step(path + "/submission", HANNAH, null), 428, "if-match-required");
        HttpResponse<String> submitted = step(path + "/submission", HANNAH, etag);
        assertEquals("IN_REVIEW", ok(submitted).getString("stage"));
        etag = submitted.headers().firstValue("ETag").orElseThrow();
        assertProblem(step(path + "/approval", HANNAH, etag), 403, "four-eyes");
        assertProblem(step(path + "/approval", OTTO, etag), 404, "evidence-not-found");
        HttpResponse<String> approved = step(path + "/approval", HUGO, etag);
        assertEquals("APPROVED", ok(approved).getString("stage"));
        assertProblem(step(path + "/publication", HANNAH, etag), 412, "stale-version");
        HttpResponse<String> published = step(path + "/publication", HANNAH, approved.headers().firstValue("ETag").orElseThrow());
        assertEquals("PUBLISHED", ok(published).getString("stage"));

        // published: everyone reads it, without who wrote or approved it
        JsonObject publicView = ok(Api.get("/api/v1/public/evidence/" + id, null));
        for (String internal : new String[] {"author", "submittedBy", "approvedBy"}) {
            assertTrue(publicView.get(internal) == null || publicView.get(internal) == JsonValue.NULL, publicView::toString);
        }
        assertEquals(PROVIDER_A_ORG, publicView.getJsonArray("providers").getString(0));
        assertTrue(Api.get("/api/v1/public/evidence?territory=E23000029", null).body().contains(id));
        assertTrue(Api.get("/api/v1/public/evidence?provider=" + PROVIDER_A_ORG, null).body().contains(id));
        assertTrue(Api.get("/api/v1/public/evidence?region=E12000008", null).body().contains(id));
        assertFalse(Api.get("/api/v1/public/evidence?territory=E23000001", null).body().contains(id));
        assertProblem(Api.get("/api/v1/public/evidence?territory=E23000029&region=E12000008", null), 400, "invalid-parameter");
        assertProblem(Api.get("/api/v1/public/evidence?territory=E99999999", null), 404, "area-not-found");
        assertArrayEquals(REPORT, download("/api/v1/public/evidence/" + id + "/documents/" + sha, null).body());
        assertEquals(200, Api.get(path, SUPPLIER_A).statusCode());

        // withdrawn: gone from the public
        assertEquals("WITHDRAWN", ok(step(path + "/withdrawal", HUGO, published.headers().firstValue("ETag").orElseThrow()))
                .getString("stage"));
        assertProblem(Api.get("/api/v1/public/evidence/" + id, null), 404, "evidence-not-found");
        assertFalse(Api.get("/api/v1/public/evidence?territory=E23000029", null).body().contains(id));
    }
}
