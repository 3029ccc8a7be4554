package org.dualimpact.it;

import static org.dualimpact.it.Problems.assertProblem;
import static org.dualimpact.it.Story.AUDITOR;
import static org.dualimpact.it.Story.BUYER;
import static org.dualimpact.it.Story.PROVIDER_A;
import static org.dualimpact.it.Story.PROVIDER_B;
import static org.dualimpact.it.Story.SUPPLIER_A;
import static org.dualimpact.it.Story.SUPPLIER_A_ORG;
import static org.dualimpact.it.Story.SUPPLIER_B;
import static org.dualimpact.it.Story.created;
import static org.dualimpact.it.Story.ok;
import static org.dualimpact.it.Story.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.dualimpact.kernel.ledger.Merkle;
import org.dualimpact.verifier.Verify;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contribution ledger over HTTP on Liberty: recording against a contracted agreement, community
 * validation and corrections with their role and party checks, the derived progress view, and the
 * auditor's surface — signed tree heads, proofs, the export checked by the offline verifier.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerIT {

    private static final String ADMIN = Story.ADMIN;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    /** A contracted agreement of supplier A with provider A. */
    static String contractedAgreement(String word) {
        String provision = Story.auditedProvision(word);
        String tender = Story.openTender("Ledger " + word);
        String reference = Story.submitted(SUPPLIER_A, provision, tender);
        Story.award(tender, SUPPLIER_A_ORG);
        ok(post("/api/v1/spos/" + reference + "/signatures", SUPPLIER_A, null));
        ok(post("/api/v1/spos/" + reference + "/signatures", PROVIDER_A, null));
        ok(post("/api/v1/spos/" + reference + "/contract", BUYER, """
                {"contractReference": "TVP-L-%s", "start": "%s", "end": "%s", "value": 90000.00}
                """.formatted(word, Story.today().minusMonths(2), Story.today().plusMonths(10))));
        return reference;
    }

    static String contribution(String type, String quantity, String value, int line) {
        return """
                {"type": "%s", %s %s "measureCode": "NT%d", "deliveryDate": "%s", "commitmentLine": %d,
                 "description": "Delivered by Sam Chiltern"}
                """.formatted(type, quantity == null ? "" : "\"quantity\": " + quantity + ", \"unit\": \"laptops\",",
                value == null ? "" : "\"value\": " + value + ",", line == 1 ? 1 : line == 2 ? 18 : 7, Story.today(), line);
    }

    @Test
    void recordValidateCorrectAndProgress() {
        String agreement = contractedAgreement("rec" + Story.unique());
        String path = "/api/v1/agreements/" + agreement + "/contributions";

        JsonObject money = created(post(path, SUPPLIER_A, contribution("FINANCIAL", null, "1500.00", 1)));
        JsonObject laptops = created(post(path, SUPPLIER_A, contribution("IN_KIND", "6", "1800.00", 2)));
        long moneySeq = money.getJsonNumber("sequence").longValue();
        long laptopSeq = laptops.getJsonNumber("sequence").longValue();
        assertEquals(moneySeq + 1, laptopSeq);
        assertTrue(laptops.getString("leafHash").matches("[0-9a-f]{64}"));
        assertTrue(!laptops.toString().contains("Sam"), "personal data must not appear in the entry: " + laptops);

        // who may validate
        assertProblem(post("/api/v1/ledger/entries/" + moneySeq + "/confirmation", SUPPLIER_A, null), 403, "forbidden");
        assertProblem(post("/api/v1/ledger/entries/" + moneySeq + "/confirmation", PROVIDER_B, null), 404, "entry-not-found");
        created(post("/api/v1/ledger/entries/" + moneySeq + "/confirmation", PROVIDER_A, null));
        assertProblem(post("/api/v1/ledger/entries/" + laptopSeq + "/dispute", PROVIDER_A, "{}"), 400, "validation-failed");
        created(post("/api/v1/ledger/entries/" + laptopSeq + "/dispute", PROVIDER_A, "{\"reason\": \"Only four arrived\"}"));
        created(post("/api/v1/ledger/entries/" + laptopSeq + "/correction", SUPPLIER_A,
                "{\"reversal\": false, \"quantity\": 4, \"value\": 1200.00, \"reason\": \"Two went to another club\"}"));
        assertProblem(post("/api/v1/ledger/entries/" + laptopSeq + "/correction", SUPPLIER_B,
                "{\"reversal\": true, \"reason\": \"x\"}"), 404, "entry-not-found");

        // who may record, and against what
        assertProblem(post(path, SUPPLIER_B, contribution("FINANCIAL", null, "10.00", 1)), 404, "agreement-not-found");
        assertProblem(post(path, PROVIDER_A, contribution("FINANCIAL", null, "10.00", 1)), 403, "forbidden");
        assertProblem(post(path, SUPPLIER_A, contribution("FINANCIAL", null, "10.001", 1)), 400, "validation-failed");
        assertProblem(post(path, SUPPLIER_A, contribution("FINANCIAL", null, "-10.00", 1)), 400, "invalid-contribution");
        assertProblem(post(path, SUPPLIER_A, contribution("FINANCIAL", null, "10.00", 1).replace("NT1", "ZZ99")), 400,
                "invalid-contribution");
        JsonObject nowhere = assertProblem(post(path, SUPPLIER_A, contribution("FINANCIAL", null, "10.00", 1)
                .replace("\"measureCode\"", "\"territory\": \"E99999999\", \"measureCode\"")), 400, "invalid-contribution");
        assertEquals("territory", nowhere.getJsonArray("errors").getJsonObject(0).getString("field"), nowhere::toString);
        assertProblem(post("/api/v1/ledger/entries/" + moneySeq + "/confirmation", PROVIDER_A, null), 409,
                "already-validated");
        String provision = Story.auditedProvision("nc" + Story.unique());
        String proposal = Story.submitted(SUPPLIER_A, provision, Story.openTender("Not contracted"));
        assertProblem(post("/api/v1/agreements/" + proposal + "/contributions", SUPPLIER_A,
                contribution("FINANCIAL", null, "10.00", 1)), 409, "agreement-not-contracted");

        // the progress view, derived from the ledger
        JsonArray progress = Api.array(Api.get("/api/v1/agreements/" + agreement + "/progress", BUYER));
        JsonObject line1 = progress.getJsonObject(0);
        JsonObject line2 = progress.getJsonObject(1);
        assertEquals(0, new BigDecimal("1500.00").compareTo(line1.getJsonNumber("recordedValue").bigDecimalValue()));
        assertEquals(0, new BigDecimal("1500.00").compareTo(line1.getJsonNumber("confirmedValue").bigDecimalValue()));
        assertEquals(0, new BigDecimal("4").compareTo(line2.getJsonNumber("recordedQuantity").bigDecimalValue()));
        assertEquals(0, new BigDecimal("4").compareTo(line2.getJsonNumber("disputedQuantity").bigDecimalValue()));

        // parties see their agreement's entries; others do not
        assertEquals(5, Api.array(Api.get("/api/v1/ledger/entries?agreement=" + agreement, AUDITOR)).size());
        assertEquals(5, Api.array(Api.get("/api/v1/ledger/entries?agreement=" + agreement, PROVIDER_A)).size());
        assertProblem(Api.get("/api/v1/ledger/entries?agreement=" + agreement, SUPPLIER_B), 404, "agreement-not-found");
    }

    @Test
    void theLocationOfARecordedContributionAnswersTheEntryToItsPartiesOnly() {
        String agreement = contractedAgreement("loc" + Story.unique());
        HttpResponse<String> recorded = post("/api/v1/agreements/" + agreement + "/contributions", SUPPLIER_A,
                contribution("FINANCIAL", null, "75.00", 1));
        JsonObject entry = created(recorded);
        String location = URI.create(recorded.headers().firstValue("Location").orElseThrow()).getPath();
        assertEquals("/api/v1/ledger/entries/" + entry.getJsonNumber("sequence").longValue(), location);

        for (String party : List.of(SUPPLIER_A, PROVIDER_A, AUDITOR)) {
            JsonObject read = ok(Api.get(location, party));
            assertEquals(entry.getJsonNumber("sequence"), read.getJsonNumber("sequence"));
            assertEquals(entry.getString("leafHash"), read.getString("leafHash"));
            assertEquals(agreement, read.getString("agreement"));
        }
        assertProblem(Api.get(location, SUPPLIER_B), 404, "entry-not-found");
    }

    @Test
    void sequenceNumbersAndTreeSizesAre64Bit() {
        String beyondInt = Long.toString(Integer.MAX_VALUE + 1L);
        assertProblem(Api.get("/api/v1/ledger/entries/" + beyondInt, AUDITOR), 404, "entry-not-found");
        assertProblem(post("/api/v1/ledger/entries/" + beyondInt + "/confirmation", PROVIDER_A, null), 404,
                "entry-not-found");
        assertProblem(Api.get("/api/v1/ledger/proofs/inclusion?seq=0&treeSize=" + beyondInt, AUDITOR), 400,
                "invalid-proof-request");
        assertProblem(Api.get("/api/v1/ledger/proofs/inclusion?seq=" + beyondInt + "&treeSize=1", AUDITOR), 400,
                "invalid-proof-request");
        assertProblem(Api.get("/api/v1/ledger/proofs/consistency?first=1&second=" + Long.MAX_VALUE, AUDITOR), 400,
                "invalid-proof-request");
        assertEquals(0, Api.array(Api.get("/api/v1/ledger/entries?from=" + beyondInt, AUDITOR)).size());
        assertProblem(Api.send(Api.request("/api/v1/ledger/entries/" + beyondInt + "/personal-data", ADMIN).DELETE()), 404,
                "entry-not-found");
        assertProblem(Api.get("/api/v1/ledger/entries/9223372036854775808", AUDITOR), 400, "invalid-parameter");
    }

    @Test
    void concurrentRequestsAreSequencedIntoOneGapFreeChain() throws Exception {
        String agreement = contractedAgreement("conc" + Story.unique());
        ExecutorService clients = Executors.newFixedThreadPool(12);
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            int hours = i + 1;
            responses.add(clients.submit(() -> post("/api/v1/agreements/" + agreement + "/contributions", SUPPLIER_A,
                    contribution("VOLUNTEERING", null, null, 3).replace("\"commitmentLine\": 3",
                            "\"commitmentLine\": 3, \"quantity\": " + hours))));
        }
        Set<Long> sequences = new TreeSet<>();
        for (Future<HttpResponse<String>> response : responses) {
            sequences.add(created(response.get()).getJsonNumber("sequence").longValue());
        }
        clients.shutdown();

        assertEquals(48, sequences.size(), "every request got its own sequence number");
        JsonArray entries = Api.array(Api.get("/api/v1/ledger/entries?agreement=" + agreement, AUDITOR));
        assertEquals(48, entries.size());
        JsonObject head = ok(Api.get("/api/v1/ledger/tree-head", AUDITOR));
        long size = head.getJsonNumber("treeSize").longValue();
        HttpResponse<String> export = Api.get("/api/v1/ledger/export?to=" + size, AUDITOR, "application/x-ndjson");
        Path file = Files.createTempFile("export", ".jsonl");
        file.toFile().deleteOnExit();
        Files.writeString(file, export.body());
        String pem = Api.array(Api.get("/api/v1/ledger/public-keys", AUDITOR)).getJsonObject(0).getString("publicKey");
        Verify.Result result = Verify.verify(file, head.toString(), pem, null);
        assertTrue(result.valid(), result.message());
    }

    /**
     * More requests waiting for their batch than the application's pool has connections (20): each holds
     * one while it waits, so the batch must not need one of theirs.
     */
    @Test
    void moreRecordingsAtOnceThanThePoolHasConnectionsAllCommit() throws Exception {
        String agreement = contractedAgreement("pool" + Story.unique());
        ExecutorService clients = Executors.newFixedThreadPool(64);
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < 640; i++) {
            responses.add(clients.submit(() -> post("/api/v1/agreements/" + agreement + "/contributions", SUPPLIER_A,
                    contribution("VOLUNTEERING", null, null, 3).replace("\"commitmentLine\": 3",
                            "\"commitmentLine\": 3, \"quantity\": 1"))));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> response : responses) {
            statuses.add(response.get().statusCode());
        }
        clients.shutdown();

        assertEquals(Collections.nCopies(640, 201), statuses);
    }

    @Test
    void anAuditorVerifiesEverythingOfflineWithoutTrustingTheServer() throws Exception {
        String agreement = contractedAgreement("aud" + Story.unique());
        for (int i = 0; i < 3; i++) {
            created(post("/api/v1/agreements/" + agreement + "/contributions", SUPPLIER_A,
                    contribution("VOLUNTEERING", null, null, 3).replace("\"commitmentLine\": 3",
                            "\"commitmentLine\": 3, \"quantity\": " + (i + 5))));
        }
        JsonObject early = ok(Api.get("/api/v1/ledger/tree-head", AUDITOR));
        long lastSeq = created(post("/api/v1/agreements/" + agreement + "/contributions", SUPPLIER_A,
                contribution("FINANCIAL", null, "250.00", 1))).getJsonNumber("sequence").longValue();
        JsonObject head = created(post("/api/v1/ledger/checkpoints", Api.token("op", null, "operator"), null));
        long size = head.getJsonNumber("treeSize").longValue();
        assertTrue(size > lastSeq);

        // the signature, with the published key
        JsonObject key = Api.array(Api.get("/api/v1/ledger/public-keys", AUDITOR)).getJsonObject(0);
        assertEquals("Ed25519", key.getString("algorithm"));
        Signature ed = Signature.getInstance("Ed25519");
        ed.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder()
                .decode(key.getString("publicKey").replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "")))));
        ed.update(("dual-impact-tree-head/1\n" + size + "\n" + head.getString("rootHash") + "\n"
                + Instant.parse(head.getString("timestamp")).toEpochMilli() + "\n").getBytes(StandardCharsets.UTF_8));
        assertTrue(ed.verify(Base64.getDecoder().decode(head.getString("signature"))));

        // an inclusion proof of the last entry, checked with the RFC 9162 algorithm
        JsonObject inclusion = ok(Api.get("/api/v1/ledger/proofs/inclusion?seq=" + lastSeq + "&treeSize=" + size, AUDITOR));
        JsonObject entry = Api.array(Api.get("/api/v1/ledger/entries?from=" + lastSeq + "&to=" + (lastSeq + 1), AUDITOR))
                .getJsonObject(0);
        List<byte[]> proof = inclusion.getJsonArray("proof").getValuesAs(JsonString::getString).stream()
                .map(HexFormat.of()::parseHex).toList();
        assertTrue(Merkle.verifyInclusion(lastSeq, size, HexFormat.of().parseHex(entry.getString("leafHash")), proof,
                HexFormat.of().parseHex(head.getString("rootHash"))));
        assertTrue(proof.size() * 32 <= 32 * (64 - Long.numberOfLeadingZeros(size - 1)), "proof of " + proof.size());
        assertProblem(Api.get("/api/v1/ledger/proofs/inclusion?seq=" + size + "&treeSize=" + size, AUDITOR), 400,
                "invalid-proof-request");
        assertProblem(Api.get("/api/v1/ledger/proofs/inclusion?treeSize=" + size, AUDITOR), 400, "invalid-parameter");
        assertProblem(Api.get("/api/v1/ledger/proofs/inclusion?seq=" + lastSeq + "&treeSize=" + size, SUPPLIER_B), 404,
                "entry-not-found");
        assertProblem(Api.get("/api/v1/ledger/proofs/consistency?first=1&second=" + (size + 1000), AUDITOR), 400,
                "invalid-proof-request");

        // a consistency proof between the earlier head and the checkpoint
        long earlySize = early.getJsonNumber("treeSize").longValue();
        JsonObject consistency = ok(Api.get("/api/v1/ledger/proofs/consistency?first=" + earlySize + "&second=" + size,
                AUDITOR));
        assertTrue(Merkle.verifyConsistency(earlySize, size, HexFormat.of().parseHex(early.getString("rootHash")),
                HexFormat.of().parseHex(head.getString("rootHash")), consistency.getJsonArray("proof")
                        .getValuesAs(JsonString::getString).stream().map(HexFormat.of()::parseHex).toList()));

        // the export, verified offline against both tree heads
        HttpResponse<String> export = Api.get("/api/v1/ledger/export?to=" + size, AUDITOR, "application/x-ndjson");
        assertEquals(200, export.statusCode(), export::body);
        Path file = Files.createTempFile("export", ".jsonl");
        file.toFile().deleteOnExit();
        Files.writeString(file, export.body());
        String pem = key.getString("publicKey");
        Verify.Result result = Verify.verify(file, head.toString(), pem, early.toString());
        assertTrue(result.valid(), result.message());
        assertProblem(Api.get("/api/v1/ledger/export", SUPPLIER_A, "application/x-ndjson"), 403, "forbidden");

        // crypto-shredding: the personal data goes, the proofs stay valid
        HttpResponse<String> erased = Api.send(Api.request("/api/v1/ledger/entries/" + lastSeq + "/personal-data", ADMIN)
                .DELETE());
        assertEquals(200, erased.statusCode(), erased::body);
        String after = Api.get("/api/v1/ledger/export?to=" + size, AUDITOR, "application/x-ndjson").body();
        assertTrue(!after.contains("Sam Chiltern\"}],\"seq\":" + lastSeq));
        Files.writeString(file, after);
        assertTrue(Verify.verify(file, head.toString(), pem, null).valid());
    }
}
