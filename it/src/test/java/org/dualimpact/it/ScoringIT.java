package org.dualimpact.it;

import static org.dualimpact.it.Problems.assertProblem;
import static org.dualimpact.it.Story.created;
import static org.dualimpact.it.Story.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.dualimpact.importing.ShippedFiles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Social value frameworks, catalogues, tender scoring, SROI and the mapping tool over HTTP on Liberty:
 * both shipped Social Value Model editions imported again under editions of their own, a catalogue
 * imported from CSV and a malformed one refused whole with its line numbers, a tender with three bids
 * (two with SPOs valued by the illustrative catalogue, one on evidence only) marked, moderated,
 * evaluated and awarded, the JSON evaluation checked against numbers computed by hand (below), the PDF
 * text checked for ranks and totals, and every refusal of who-sees-what.
 *
 * <p>Hand computation: weights price 60, quality 30, social value 10; MAC 2.2 weighs 60 % and MAC 8.1
 * 40 % of social value; scale 0/20/50/70/100. Prices A £100,000, B £80,000, C £125,000 → price points
 * 60 × 80000 / price = 48, 60, 38.4. Quality A 80, B 60, C 90 → 24, 18, 27. Consensus marks A 70 and
 * 100 → 10 × (0.6 × 0.7 + 0.4 × 1.0) = 8.2; B 50 and 70 → 5.8; C 20 and (no consensus, one mark of
 * 50: the mean counts) 50 → 3.2. Totals A 80.2, B 83.8, C 68.6 → ranks B, A, C; incomplete (C lacks
 * a consensus on MAC 8.1).
 */
@ExtendWith(ArquillianExtension.class)
class ScoringIT {

    static final String SUPPLIER_C_ORG = "GB-COH-09000003";
    static final String SUPPLIER_C = Api.token("cy.cleaning", SUPPLIER_C_ORG, "supplier");
    static final String TOM = Api.token("tom.buyer", Story.BUYER_ORG, "buyer");
    static final String OTHER_BUYER = Api.token("mo.met", Story.OTHER_BUYER_ORG, "buyer");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    /** Supplier C and the other territory's buyer, registered unless a test (of any class) did so before. */
    @BeforeEach
    void organisationsRegistered() {
        HttpResponse<String> registered = Story.post("/api/v1/organisations", Story.ADMIN, "{\"id\": \"" + SUPPLIER_C_ORG
                + "\", \"kind\": \"SUPPLIER\", \"name\": \"Thames Cleaning Ltd (test)\", \"territories\": [\"E23000029\"]}");
        assertTrue(registered.statusCode() == 201 || registered.statusCode() == 409, registered::body);
        Story.otherBuyerRegistered();
    }

    @Test
    void frameworksShipWithAttributionAndImportAgainUnderTheirOwnEditions() {
        JsonArray frameworks = Api.array(Api.get("/api/v1/frameworks", Story.SUPPLIER_A));
        JsonObject shipped0620 = find(frameworks, "key", "ppn-06-20", "shipped", JsonValue.TRUE);
        assertEquals(22, shipped0620.getInt("criterionCount"));
        assertTrue(shipped0620.getString("attribution").contains("Open Government Licence v3.0"));
        assertTrue(shipped0620.getInt("provisionalCount") > 0);
        JsonObject shipped002 = find(frameworks, "key", "ppn-002", "shipped", JsonValue.TRUE);
        assertEquals(8, shipped002.getInt("outcomeCount"));

        // the full tree shows each element's own flag and whether it is provisional
        JsonObject tree = ok(Api.get("/api/v1/frameworks/" + shipped0620.getString("id"), Story.PROVIDER_A));
        JsonObject theme2 = tree.getJsonArray("themes").getJsonObject(1);
        JsonObject outcome2 = theme2.getJsonArray("outcomes").getJsonObject(0);
        JsonObject mac21 = outcome2.getJsonArray("criteria").getJsonObject(0);
        JsonObject mac22 = outcome2.getJsonArray("criteria").getJsonObject(1);
        assertEquals("MAC 2.1", mac21.getString("id"));
        assertFalse(mac21.getBoolean("provisional"));
        assertEquals("MAC 2.2", mac22.getString("id"));
        assertTrue(mac22.getBoolean("provisional"));
        assertTrue(mac22.getBoolean("unverified"));
        JsonObject outcome4 = tree.getJsonArray("themes").getJsonObject(2).getJsonArray("outcomes").getJsonObject(0);
        assertTrue(outcome4.getJsonArray("criteria").getJsonObject(0).getBoolean("provisional"),
                "MAC 4.1 is provisional because outcome 4 is unverified");
        assertEquals(7, tree.getJsonArray("sources").size());

        // both editions import again from their files under editions of their own; the same again is 409
        String unique = Story.unique();
        for (String resource : List.of("ppn-06-20.json", "ppn-002.json")) {
            String text = ShippedFiles.text(resource).replaceFirst("\"edition\": \"([^\"]*)\"",
                    "\"edition\": \"$1 it-" + unique + "\"");
            JsonObject imported = created(Api.post("/api/v1/frameworks", Story.ADMIN, "application/json", text));
            assertFalse(imported.getJsonObject("summary").getBoolean("shipped"));
            assertProblem(Api.post("/api/v1/frameworks", Story.ADMIN, "application/json", text), 409, "framework-exists");
        }
        assertProblem(Api.post("/api/v1/frameworks", Story.BUYER, "application/json", "{}"), 403, "forbidden");
        JsonObject bad = assertProblem(Api.post("/api/v1/frameworks", Story.ADMIN, "application/json",
                "{\n \"id\": \"x\", \"title\": \"T\", \"edition\": \"1\",\n \"themes\": [{\"id\": \"1\", \"colour\": 3}]\n}"),
                400, "invalid-framework");
        assertTrue(bad.toString().contains("line 3: unknown member"), bad.toString());
        assertProblem(Api.post("/api/v1/frameworks", Story.ADMIN, "application/json", "{\"id\": "), 400, "malformed-json");
        assertProblem(Api.get("/api/v1/frameworks/SVF-nope", Story.BUYER), 404, "framework-not-found");
    }

    @Test
    void aCatalogueImportsFromCsvAndAMalformedOneIsRefusedWholeWithItsLines() {
        String name = "IT catalogue " + Story.unique();
        String csv = "code,title,unit,proxy_year,proxy_gbp,proxy_source,sdg_targets,criteria\n"
                + "IT-1,Apprenticeship weeks,weeks,2024,250,Own 2024 study,4.4,ppn-06-20:MAC 2.3\n"
                + "IT-1,,,2025,260,Own 2025 study,,\n"
                + "IT-2,\"Trees planted, native\",trees,2025,30,Own estimate,15.2,ppn-06-20:MAC 4.2\n";
        HttpResponse<String> imported = Api.post("/api/v1/catalogues?name=" + name.replace(" ", "%20") + "&edition=1",
                Story.ADMIN, "text/csv", csv);
        JsonObject catalogue = created(imported);
        assertEquals(2, catalogue.getInt("measureCount"));
        JsonArray measures = Api.array(Api.get("/api/v1/catalogues/" + catalogue.getString("id") + "/measures",
                Story.SUPPLIER_B));
        assertEquals(2, measures.getJsonObject(0).getJsonArray("proxies").size());
        assertEquals("Trees planted, native", measures.getJsonObject(1).getString("title"));

        String broken = "code,title,unit,proxy_year,proxy_gbp,proxy_source\n"
                + "OK-1,Fine,hours,2025,12.21,NLW\n"
                + "BAD-1,,hours,2025,ten,NLW\n"
                + "BAD-2,Title,hours,2025\n";
        String brokenName = "IT broken " + Story.unique();
        JsonObject problem = assertProblem(Api.post("/api/v1/catalogues?name=" + brokenName.replace(" ", "%20")
                + "&edition=1", Story.ADMIN, "text/csv", broken), 400, "invalid-catalogue");
        JsonArray errors = problem.getJsonArray("errors");
        List<String> fields = errors.stream().map(e -> e.asJsonObject().getString("field")).toList();
        assertTrue(fields.contains("lines[3].proxy_gbp"), fields.toString());
        assertTrue(fields.contains("lines[3].title"), fields.toString());
        assertTrue(fields.contains("lines[4]"), fields.toString());
        assertTrue(errors.toString().contains("line 3: not a number: ten"), errors.toString());
        assertFalse(Api.array(Api.get("/api/v1/catalogues", Story.ADMIN)).stream()
                .anyMatch(c -> c.asJsonObject().getString("name").equals(brokenName)), "nothing of it was imported");

        // a JSON catalogue names the line of each bad measure; CSV without a name is refused
        JsonObject json = assertProblem(Api.post("/api/v1/catalogues", Story.ADMIN, "application/json",
                "{\"name\": \"J\", \"edition\": \"1\",\n \"measures\": [\n  {\"code\": \"J-1\", \"title\": \"T\"}]}"), 400,
                "invalid-catalogue");
        assertTrue(json.toString().contains("line 3: is required"), json.toString());
        assertProblem(Api.post("/api/v1/catalogues?edition=1", Story.ADMIN, "text/csv", csv), 400, "invalid-catalogue");
        assertProblem(Api.post("/api/v1/catalogues?name=x&edition=1", Story.SUPPLIER_A, "text/csv", csv), 403, "forbidden");
        assertProblem(Api.post("/api/v1/catalogues?name=x&edition=1", Story.BUYER, "text/csv", csv), 403, "role-required");

        // a buyer's local catalogue: its own users only; weights with If-Match
        JsonObject illustrative = illustrativeCatalogue();
        HttpResponse<String> derived = Story.post("/api/v1/catalogues/" + illustrative.getString("id") + "/local", Story.BUYER,
                "{\"name\": \"TVP local " + Story.unique() + "\"}");
        JsonObject local = created(derived);
        assertTrue(local.getBoolean("local"));
        String localPath = "/api/v1/catalogues/" + local.getString("id");
        assertProblem(Api.get(localPath, OTHER_BUYER), 404, "catalogue-not-found");
        assertProblem(Story.put(localPath + "/measures/DI-ILL-VOL/weight", Story.BUYER, null, "{\"weight\": 2}"), 428,
                "if-match-required");
        JsonObject weighted = ok(Story.put(localPath + "/measures/DI-ILL-VOL/weight", Story.BUYER,
                derived.headers().firstValue("ETag").orElseThrow(), "{\"weight\": 2}"));
        assertEquals(0, new BigDecimal("2").compareTo(weighted.getJsonArray("measures").getJsonObject(0)
                .getJsonNumber("localWeight").bigDecimalValue()));
        assertProblem(Story.put(localPath + "/measures/DI-ILL-VOL/weight", Story.BUYER, "\"0\"", "{\"weight\": 3}"), 412,
                "stale-version");
        assertProblem(Story.put("/api/v1/catalogues/" + illustrative.getString("id") + "/measures/DI-ILL-VOL/weight",
                Story.BUYER, "\"1\"", "{\"weight\": 3}"), 409, "catalogue-not-local");
    }

    @Test
    void aTenderWithThreeBidsFromSetupToAwardWithItsEvaluation() throws Exception {
        String ppn0620 = find(Api.array(Api.get("/api/v1/frameworks", Story.BUYER)), "key", "ppn-06-20", "shipped",
                JsonValue.TRUE).getString("id");
        String catalogue = illustrativeCatalogue().getString("id");
        String provision = Story.auditedProvision("scoring " + Story.unique());
        String tender = Story.openTender("Facilities management " + Story.unique());
        String path = "/api/v1/tenders/" + tender;

        // setup: 9 % social value breaks the policy minimum; 60/30/10 is accepted
        String criteria = "[{\"framework\": \"" + ppn0620 + "\", \"criterion\": \"MAC 2.2\", \"weight\": 60},"
                + " {\"framework\": \"" + ppn0620 + "\", \"criterion\": \"MAC 8.1\", \"weight\": 40}]";
        JsonObject floor = assertProblem(Story.put(path + "/scoring", Story.BUYER, null, "{\"weights\": {\"price\": 61, "
                + "\"quality\": 30, \"socialValue\": 9}, \"method\": \"MARKS\", \"criteria\": " + criteria + "}"), 422,
                "social-value-below-minimum");
        assertTrue(floor.getString("detail").contains("policy minimum weighting for social value is 10 %"), floor.toString());
        assertProblem(Story.put(path + "/scoring", Story.BUYER, null, "{\"weights\": {\"price\": 60, \"quality\": 31, "
                + "\"socialValue\": 10}, \"method\": \"MARKS\", \"criteria\": " + criteria + "}"), 422, "weights-not-100");
        assertProblem(Story.put(path + "/scoring", Story.BUYER, null, "{\"weights\": {\"price\": 60, \"quality\": 30, "
                + "\"socialValue\": 10}, \"method\": \"SOMETIMES\", \"criteria\": " + criteria + "}"), 400, "invalid-scoring");
        assertProblem(Story.put(path + "/scoring", Story.BUYER, null, "{\"weights\": {\"price\": 60, \"quality\": 30, "
                + "\"socialValue\": 10}, \"method\": \"MARKS\", \"perPound\": \"yes\", \"criteria\": " + criteria + "}"), 400,
                "invalid-scoring");
        assertProblem(Story.put(path + "/scoring", Story.SUPPLIER_A, null, "{}"), 403, "forbidden");
        assertProblem(Story.put(path + "/scoring", OTHER_BUYER, null, "{\"weights\": {\"price\": 60, \"quality\": 30, "
                + "\"socialValue\": 10}, \"method\": \"MARKS\", \"criteria\": " + criteria + "}"), 403, "not-the-buyer");
        HttpResponse<String> set = Story.put(path + "/scoring", Story.BUYER, null, "{\"weights\": {\"price\": 60, "
                + "\"quality\": 30, \"socialValue\": 10}, \"method\": \"MARKS\", \"catalogue\": \"" + catalogue
                + "\", \"criteria\": " + criteria + "}");
        JsonObject setup = ok(set);
        assertEquals(2, setup.getJsonArray("criteria").size());
        assertEquals(5, setup.getJsonArray("scale").size());
        assertTrue(setup.getJsonArray("criteria").getJsonObject(0).getBoolean("provisional"));
        // suppliers read the setup (how they are scored) too
        assertEquals("MARKS", ok(Api.get(path + "/scoring", Story.SUPPLIER_B)).getString("method"));

        // three bids: A and B with SPOs, C on evidence only
        String spoA = submittedSpo(Story.SUPPLIER_A, provision, tender, """
                {"type": "VOLUNTEERING", "quantity": 100, "skillLevel": "SKILLED", "measureCode": "DI-ILL-VOL",
                 "start": "%1$s", "end": "%2$s", "frequency": "MONTHLY"},
                {"type": "FINANCIAL", "value": 1500.00, "measureCode": "DI-ILL-FIN", "start": "%1$s", "end": "%1$s",
                 "frequency": "ONE_OFF"}""");
        String spoB = submittedSpo(Story.SUPPLIER_B, provision, tender, """
                {"type": "FINANCIAL", "value": 2000.00, "measureCode": "DI-ILL-FIN", "territory": "E23000001",
                 "start": "%1$s", "end": "%1$s", "frequency": "ONE_OFF"},
                {"type": "VOLUNTEERING", "quantity": 50, "skillLevel": "GENERAL", "measureCode": "DI-ILL-VOL",
                 "start": "%1$s", "end": "%2$s", "frequency": "MONTHLY"}""");
        HttpResponse<String> bidA = Story.post(path + "/bids", Story.SUPPLIER_A, "{\"price\": 100000}");
        JsonObject a = created(bidA);
        assertEquals(List.of(spoA), a.getJsonArray("spos").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList());
        JsonObject volunteering = a.getJsonArray("commitments").getJsonObject(0);
        assertEquals(0, new BigDecimal("1221.00").compareTo(volunteering.getJsonNumber("grossValue").bigDecimalValue()),
                "100 hours at GBP 12.21 (National Living Wage 2025)");
        assertEquals(2025, volunteering.getInt("proxyYear"));
        JsonObject b = created(Story.post(path + "/bids", Story.SUPPLIER_B, "{\"price\": 80000, \"spos\": [\"" + spoB
                + "\"]}"));
        assertProblem(Story.post(path + "/bids", SUPPLIER_C, "{\"price\": 125000}"), 422, "bid-without-social-value");
        JsonObject c = created(Story.post(path + "/bids", SUPPLIER_C, "{\"price\": 125000, \"evidence\": \"Social value "
                + "proposition, tender response section 7\"}"));
        assertTrue(c.getBoolean("evidenceOnly"));
        assertProblem(Story.post(path + "/bids", Story.SUPPLIER_A, "{\"price\": 1, \"evidence\": \"again\"}"), 409,
                "bid-exists");
        assertProblem(Story.post(path + "/bids", Story.SUPPLIER_B, "{\"price\": \"80000\"}"), 400, "malformed-json");
        assertProblem(Story.put(path + "/scoring", Story.BUYER, set.headers().firstValue("ETag").orElseThrow(),
                "{\"weights\": {\"price\": 60, \"quality\": 30, \"socialValue\": 10}, \"method\": \"MARKS\", \"criteria\": "
                        + criteria + "}"), 409, "scoring-setup-fixed");

        // who sees the bids
        assertEquals(3, Api.array(Api.get(path + "/bids", Story.BUYER)).size());
        JsonArray own = Api.array(Api.get(path + "/bids", Story.SUPPLIER_A));
        assertEquals(1, own.size());
        assertFalse(own.getJsonObject(0).containsKey("marks"));
        assertProblem(Api.get(path + "/bids/" + b.getString("id"), Story.SUPPLIER_A), 404, "bid-not-found");
        assertProblem(Api.get(path + "/bids", OTHER_BUYER), 403, "not-the-buyer");
        assertProblem(Api.get(path + "/bids", Story.PROVIDER_A), 403, "forbidden");
        assertProblem(Api.get(path + "/bids/" + a.getString("id") + "/marks", Story.SUPPLIER_A), 403, "forbidden");
        assertProblem(Api.get(path + "/bids/" + a.getString("id") + "/marks", OTHER_BUYER), 404, "bid-not-found");
        assertProblem(Api.get(path + "/evaluation", Story.SUPPLIER_A), 403, "evaluation-not-available");

        // marking waits for the closing
        assertProblem(mark(path, a, Story.BUYER, "\"1\"", "MAC 2.2", 70), 409, "evaluation-not-open");
        assertEquals("CLOSED", ok(Story.post(path + "/closure", Story.BUYER, null)).getString("status"));
        assertProblem(mark(path, a, Story.BUYER, "\"1\"", "MAC 2.2", 60), 400, "mark-not-on-scale");
        assertProblem(mark(path, a, Story.BUYER, null, "MAC 2.2", 50), 428, "if-match-required");
        assertProblem(mark(path, a, OTHER_BUYER, "\"1\"", "MAC 2.2", 50), 403, "not-an-evaluator");

        // A: Tess 50, Tom 70 on MAC 2.2 (both kept), consensus 70; consensus 100 on MAC 8.1; quality 80
        String tag = tagOf(mark(path, a, Story.BUYER, "\"1\"", "MAC 2.2", 50));
        assertProblem(mark(path, a, TOM, "\"1\"", "MAC 2.2", 70), 412, "stale-version");
        tag = tagOf(mark(path, a, TOM, tag, "MAC 2.2", 70));
        tag = tagOf(consensus(path, a, tag, "MAC 2.2", 70));
        tag = tagOf(consensus(path, a, tag, "MAC 8.1", 100));
        quality(path, a, tag, 80);
        JsonObject marksA = ok(Api.get(path + "/bids/" + a.getString("id") + "/marks", Story.BUYER));
        assertEquals(2, marksA.getJsonArray("marks").size(), "individual marks are kept beside the consensus");
        assertEquals(2, marksA.getJsonArray("consensus").size());
        // B: consensus 50 and 70; quality 60
        tag = tagOf(consensus(path, b, "\"1\"", "MAC 2.2", 50));
        tag = tagOf(consensus(path, b, tag, "MAC 8.1", 70));
        quality(path, b, tag, 60);
        // C: consensus 20 on MAC 2.2; on MAC 8.1 only Tom's 50, no consensus; quality 90
        tag = tagOf(consensus(path, c, "\"1\"", "MAC 2.2", 20));
        tag = tagOf(mark(path, c, TOM, tag, "MAC 8.1", 50));
        quality(path, c, tag, 90);

        // the evaluation, against the hand computation in the class comment
        JsonObject evaluation = ok(Api.get(path + "/evaluation", Story.BUYER));
        assertFalse(evaluation.getBoolean("complete"));
        assertEquals(1, evaluation.getJsonArray("gaps").size());
        assertTrue(evaluation.getJsonArray("gaps").getString(0).contains("MAC 8.1 has 1 evaluator mark(s) but no consensus"));
        JsonArray results = evaluation.getJsonArray("results");
        assertResult(results.getJsonObject(0), 1, Story.SUPPLIER_B_ORG, "60.0000", "18.0000", "5.8000", "83.8000");
        assertResult(results.getJsonObject(1), 2, Story.SUPPLIER_A_ORG, "48.0000", "24.0000", "8.2000", "80.2000");
        assertResult(results.getJsonObject(2), 3, SUPPLIER_C_ORG, "38.4000", "27.0000", "3.2000", "68.6000");
        JsonObject resultA = results.getJsonObject(1);
        JsonObject mac22 = resultA.getJsonArray("criteria").getJsonObject(0);
        assertEquals("CONSENSUS", mac22.getString("basis"));
        assertEquals("4.2000", mac22.getJsonNumber("points").bigDecimalValue().toPlainString());
        assertEquals("MEAN_OF_MARKS", results.getJsonObject(2).getJsonArray("criteria").getJsonObject(1).getString("basis"));
        // HOW & WHERE: A all inside Thames Valley; B GBP 2,000 of GBP 2,610.50 delivered in London
        JsonObject howA = resultA.getJsonObject("howWhere");
        assertEquals("2721.00", howA.getJsonNumber("committedValue").bigDecimalValue().toPlainString());
        assertEquals("1.0000", howA.getJsonNumber("shareInsideTerritory").bigDecimalValue().toPlainString());
        assertEquals(List.of(provision), howA.getJsonArray("provisions").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList());
        JsonObject howB = results.getJsonObject(0).getJsonObject("howWhere");
        assertEquals("2610.50", howB.getJsonNumber("committedValue").bigDecimalValue().toPlainString());
        assertEquals("610.50", howB.getJsonNumber("insideTerritory").bigDecimalValue().toPlainString());
        assertEquals("0.2339", howB.getJsonNumber("shareInsideTerritory").bigDecimalValue().toPlainString());
        String explanation = resultA.getJsonArray("explanation").toString();
        assertTrue(explanation.contains("60 x 80000 / 100000.00 = 48.0000 points"), explanation);
        assertTrue(explanation.contains("MAC 2.2"), explanation);
        assertTrue(explanation.contains("consensus mark 70 of 100"), explanation);
        assertTrue(explanation.contains("proxy of 2025"), explanation);
        assertTrue(explanation.contains("Total 80.2000 = 48.0000 + 24.0000 + 8.2000; rank 2"), explanation);
        assertTrue(results.getJsonObject(2).getJsonArray("explanation").toString().contains("marked on the social value "
                + "evidence it references"));

        // the PDF holds the ranks and totals, names its suppliers and gives prices in pounds
        String text = pdfText(path + "/evaluation", Story.BUYER);
        assertTrue(phrase("Rank 1: " + name(Story.SUPPLIER_B_ORG) + " - total 83.8000").matcher(text).find(), text);
        assertTrue(phrase("Rank 2: " + name(Story.SUPPLIER_A_ORG) + " - total 80.2000").matcher(text).find(), text);
        assertTrue(phrase("Rank 3: Thames Cleaning Ltd (test) - total 68.6000").matcher(text).find(), text);
        assertFalse(text.contains(SUPPLIER_C_ORG), "names, not register ids: " + text);
        assertTrue(text.contains("£80,000.00"), "B's price of 80000: " + text);
        assertTrue(text.contains("£12.21"), "the explanation's proxy of an hour, in pounds: " + text);
        assertFalse(text.contains("GBP "), "money as a buyer writes it: " + text);
        assertTrue(text.contains("INCOMPLETE"), text);

        // SROI of A's SPO: (1221.00 + 1500.00) / 1.035 = 2628.99; investment 1500.00 (the money); ratio 1.7527
        JsonObject sroi = ok(Api.get("/api/v1/sroi/spos/" + spoA, Story.SUPPLIER_A));
        assertEquals("2628.99", sroi.getJsonNumber("grossPresentValue").bigDecimalValue().toPlainString());
        assertEquals("2628.99", sroi.getJsonNumber("netPresentValue").bigDecimalValue().toPlainString());
        assertEquals("1500.00", sroi.getJsonNumber("investment").bigDecimalValue().toPlainString());
        assertEquals("1.7527", sroi.getJsonNumber("grossRatio").bigDecimalValue().toPlainString());
        assertEquals("1128.99", sroi.getJsonNumber("netNpv").bigDecimalValue().toPlainString());
        assertProblem(Api.get("/api/v1/sroi/spos/" + spoA, Story.SUPPLIER_B), 404, "spo-not-found");
        assertProblem(Api.get("/api/v1/sroi/spos/" + spoA + "?rate=0.9", Story.SUPPLIER_A), 400, "invalid-discount-rate");
        assertProblem(Api.get("/api/v1/sroi/spos/" + spoA + "?rate=abc", Story.SUPPLIER_A), 400, "invalid-parameter");
        JsonObject bidSroi = ok(Api.get("/api/v1/sroi/tenders/" + tender + "/bids/" + a.getString("id") + "?rate=0",
                Story.BUYER));
        assertEquals("2721.00", bidSroi.getJsonNumber("grossPresentValue").bigDecimalValue().toPlainString());

        // award to B: the suppliers then see their own result only
        ok(Story.post(path + "/award", Story.BUYER, "{\"supplier\": \"" + Story.SUPPLIER_B_ORG + "\"}"));
        JsonObject ownResult = ok(Api.get(path + "/evaluation", Story.SUPPLIER_A));
        assertEquals(1, ownResult.getJsonArray("results").size());
        assertEquals(2, ownResult.getJsonArray("results").getJsonObject(0).getInt("rank"));
        assertEquals(Story.SUPPLIER_A_ORG, ownResult.getJsonArray("results").getJsonObject(0).getString("supplier"));
        assertEquals(0, ownResult.getJsonArray("gaps").size());
        String ownPdf = pdfText(path + "/evaluation", Story.SUPPLIER_A);
        assertTrue(ownPdf.contains("your own bid only"), ownPdf);
        assertFalse(ownPdf.contains(Story.SUPPLIER_B_ORG) || ownPdf.contains(name(Story.SUPPLIER_B_ORG)), ownPdf);
        assertProblem(Api.get(path + "/evaluation", Story.PROVIDER_A), 403, "forbidden");
        assertProblem(Api.get(path + "/evaluation", OTHER_BUYER), 403, "not-the-buyer");
        assertProblem(consensus(path, a, "\"99\"", "MAC 2.2", 0), 409, "tender-awarded");
        // the framework the tender used is frozen now
        assertProblem(Api.send(Api.request("/api/v1/frameworks/" + ppn0620, Story.ADMIN).PUT(HttpRequest.BodyPublishers
                .ofString(ShippedFiles.text("ppn-06-20.json"))).header("Content-Type", "application/json")),
                409, "framework-in-use");
    }

    @Test
    void aSupplierPreviewsHowItsOwnDraftWouldBeValuedAndNoOneElseCan() {
        String catalogue = illustrativeCatalogue().getString("id");
        String provision = Story.auditedProvision("preview " + Story.unique());
        String path = "/api/v1/tenders/" + Story.openTender("Preview " + Story.unique());
        String start = Story.today().toString();
        JsonObject draft = created(Story.post("/api/v1/spos", Story.SUPPLIER_A, """
                {"title": "Previewed support %s", "summary": "Time for the club.", "providers": ["%s"],
                 "provisions": ["%s"], "territory": "E23000029", "commitments": [
                 {"type": "VOLUNTEERING", "quantity": 100, "skillLevel": "SKILLED", "measureCode": "DI-ILL-VOL",
                  "start": "%s", "end": "%s", "frequency": "MONTHLY"},
                 {"type": "FINANCIAL", "value": 50.00, "measureCode": "NT1", "start": "%4$s", "end": "%4$s",
                  "frequency": "ONE_OFF"}]}
                """.formatted(Story.unique(), Story.PROVIDER_A_ORG, provision, start, Story.today().plusMonths(12))));
        String spo = draft.getString("reference");
        assertProblem(Api.get(path + "/score-preview?spo=" + spo, Story.SUPPLIER_A), 404, "scoring-not-configured");
        ok(Story.put(path + "/scoring", Story.BUYER, null, "{\"weights\": {\"price\": 60, \"quality\": 30, "
                + "\"socialValue\": 10}, \"method\": \"QUANTITATIVE\", \"catalogue\": \"" + catalogue + "\", "
                + "\"criteria\": [{\"framework\": \"ppn-06-20\", \"criterion\": \"MAC 8.1\", \"weight\": 100, "
                + "\"measures\": [\"DI-ILL-VOL\"]}]}"));

        JsonObject preview = ok(Api.get(path + "/score-preview?spo=" + spo, Story.SUPPLIER_A));
        assertEquals("QUANTITATIVE", preview.getString("method"));
        assertEquals(start, preview.getString("valuedOn"));
        JsonObject criterion = preview.getJsonArray("criteria").getJsonObject(0);
        assertEquals("MAC 8.1", criterion.getJsonObject("criterion").getString("criterion"));
        JsonObject hours = criterion.getJsonArray("lines").getJsonObject(0);
        BigDecimal proxy = hours.getJsonNumber("proxyGbpPerUnit").bigDecimalValue();
        assertEquals(0, proxy.multiply(BigDecimal.valueOf(100)).compareTo(hours.getJsonNumber("grossValue").bigDecimalValue()),
                hours::toString);
        assertTrue(hours.getInt("proxyYear") <= Story.today().getYear(), hours::toString);
        assertEquals(0, hours.getJsonNumber("netValue").bigDecimalValue().compareTo(
                criterion.getJsonNumber("netValue").bigDecimalValue()), criterion::toString);
        assertEquals("NT1", preview.getJsonArray("countingNowhere").getJsonObject(0).getString("measure"));
        assertFalse(preview.toString().contains("score"), "no points: " + preview);
        assertEquals(0, Api.array(Api.get(path + "/bids", Story.BUYER)).size(), "a preview is no bid");

        assertProblem(Api.get(path + "/score-preview?spo=" + spo, Story.SUPPLIER_B), 404, "spo-not-found");
        assertProblem(Api.get(path + "/score-preview?spo=" + spo, Story.BUYER), 403, "forbidden");
        assertProblem(Api.get(path + "/score-preview", Story.SUPPLIER_A), 400, "invalid-parameter");
        assertProblem(Api.get(path + "/score-preview?spo=SPO-nonsense", Story.SUPPLIER_A), 404, "spo-not-found");
        assertProblem(Api.get(path + "/score-preview?spo=" + spo, null), 401, "unauthenticated");
    }

    @Test
    void aFrameworkIsNamedByItsKeyOrItsEditionIdentifier() {
        String path = "/api/v1/tenders/" + Story.openTender("Framework keys " + Story.unique());
        String body = "{\"weights\": {\"price\": 60, \"quality\": 30, \"socialValue\": 10}, \"method\": \"MARKS\", "
                + "\"criteria\": [{\"framework\": \"%s\", \"criterion\": \"MAC 2.2\", \"weight\": 100}]}";
        JsonObject unknown = assertProblem(Story.put(path + "/scoring", Story.BUYER, null, body.formatted("ppn-99-99")), 422,
                "invalid-criteria");
        String message = unknown.getJsonArray("errors").getJsonObject(0).getString("message");
        assertTrue(message.contains("SVF-") && message.contains("ppn-06-20") && message.contains("ppn-002"), message);

        JsonObject byKey = ok(Story.put(path + "/scoring", Story.BUYER, null, body.formatted("ppn-06-20")))
                .getJsonArray("criteria").getJsonObject(0);
        assertEquals("ppn-06-20", byKey.getString("frameworkKey"));
        String edition = byKey.getString("framework");
        assertTrue(edition.startsWith("SVF-"), edition);
        assertEquals(edition, ok(Api.get("/api/v1/frameworks/ppn-06-20", Story.BUYER)).getJsonObject("summary")
                .getString("id"), "the key names the same edition everywhere");
        String version = ok(Api.get(path + "/scoring", Story.BUYER)).getJsonNumber("version").toString();
        JsonObject byId = ok(Story.put(path + "/scoring", Story.BUYER, "\"" + version + "\"", body.formatted(edition)))
                .getJsonArray("criteria").getJsonObject(0);
        assertEquals(edition, byId.getString("framework"));
        assertProblem(Api.get("/api/v1/frameworks/ppn-99-99", Story.BUYER), 404, "framework-not-found");
    }

    @Test
    void theMappingToolSummarisesKpisRecordsDeliveryAndPrintsTheKpiList() throws Exception {
        String ppn0620 = find(Api.array(Api.get("/api/v1/frameworks", Story.BUYER)), "key", "ppn-06-20", "shipped",
                JsonValue.TRUE).getString("id");
        String catalogue = illustrativeCatalogue().getString("id");
        HttpResponse<String> made = Story.post("/api/v1/mappings", Story.BUYER, "{\"name\": \"Fleet KPIs\", \"framework\": \""
                + ppn0620 + "\", \"catalogue\": \"" + catalogue + "\", \"outcomes\": [\"4\"], \"criteria\": [\"MAC 8.1\"]}");
        JsonObject mapping = created(made);
        String id = mapping.getJsonObject("mapping").getString("id");
        JsonArray summary = mapping.getJsonArray("summary");
        assertEquals(3, summary.size());
        assertEquals("DI-ILL-CO2", summary.getJsonObject(0).getJsonArray("kpis").getJsonObject(0).getString("code"));
        HttpResponse<String> put = Story.put("/api/v1/mappings/" + id + "/entries", Story.BUYER,
                made.headers().firstValue("ETag").orElseThrow(), "{\"entries\": [{\"measure\": \"DI-ILL-VOL\", \"territory\": "
                        + "\"E23000029\", \"period\": \"2025-Q1\", \"committed\": 100, \"delivered\": 40}]}");
        JsonObject filled = ok(put);
        assertEquals("1221.00", filled.getJsonArray("regions").getJsonObject(0).getJsonNumber("committedValue")
                .bigDecimalValue().toPlainString());
        assertProblem(Story.put("/api/v1/mappings/" + id + "/entries", Story.BUYER, "\"0\"", "{\"entries\": []}"), 412,
                "stale-version");
        assertProblem(Story.put("/api/v1/mappings/" + id + "/entries", Story.BUYER, put.headers().firstValue("ETag")
                .orElseThrow(), "{\"entries\": [{\"measure\": "
                + "\"NT1\", \"territory\": \"E23000029\", \"period\": \"2025\", \"committed\": 1, \"delivered\": 1}]}"), 422,
                "invalid-mapping-entries");
        assertProblem(Api.get("/api/v1/mappings/" + id, OTHER_BUYER), 404, "mapping-not-found");
        assertProblem(Api.get("/api/v1/mappings/" + id, Story.PROVIDER_A), 403, "forbidden");
        String kpis = pdfText("/api/v1/mappings/" + id + "/kpis.pdf", Story.BUYER);
        assertTrue(kpis.contains("DI-ILL-CO2"), kpis);
        assertTrue(kpis.contains("MAC 8.1"), kpis);
        assertTrue(kpis.contains("ILLUSTRATIVE"), kpis);
    }

    @Test
    void anEvaluatorSavesAWholeMarkSheetInOneRequestWithTheSameEvaluationAsMarkByMark() {
        int[][] marks = {{70, 50, 100}, {20, 100, 50}, {0, 70, 70}};
        String sheetPath = closedTenderWithThreeEvidenceBids("Mark sheet");
        String markByMarkPath = closedTenderWithThreeEvidenceBids("Mark by mark");

        HttpResponse<String> read = Api.get(sheetPath + "/mark-sheet", TOM);
        JsonArray empty = ok(read).getJsonArray("marks");
        assertEquals(9, empty.size(), "3 bids x 3 criteria");
        assertTrue(empty.stream().noneMatch(c -> c.asJsonObject().containsKey("mark")), empty::toString);
        JsonArray bids = Api.array(Api.get(sheetPath + "/bids", Story.BUYER));
        StringBuilder lines = new StringBuilder();
        for (int b = 0; b < 3; b++) {
            for (int c = 0; c < 3; c++) {
                lines.append(lines.length() == 0 ? "" : ", ").append("{\"bid\": \"").append(bids.getJsonObject(b)
                        .getString("id")).append("\", \"criterion\": \"").append(SHEET_CRITERIA.get(c))
                        .append("\", \"mark\": ").append(marks[b][c]).append(", \"note\": \"why ").append(b).append(c)
                        .append("\"}");
            }
        }
        JsonObject saved = ok(Story.put(sheetPath + "/mark-sheet", TOM, read.headers().firstValue("ETag").orElseThrow(),
                "{\"marks\": [" + lines + "]}"));
        assertTrue(saved.getJsonArray("marks").stream().allMatch(c -> c.asJsonObject().containsKey("mark")), saved::toString);
        assertEquals("why 12", saved.getJsonArray("marks").getJsonObject(5).getString("note"));

        JsonArray others = Api.array(Api.get(markByMarkPath + "/bids", Story.BUYER));
        for (int b = 0; b < 3; b++) {
            JsonObject bid = others.getJsonObject(b);
            String tag = "\"" + bid.getJsonNumber("version") + "\"";
            for (int c = 0; c < 3; c++) {
                tag = tagOf(mark(markByMarkPath, bid, TOM, tag, SHEET_CRITERIA.get(c), marks[b][c]));
            }
        }
        assertEquals(ranking(markByMarkPath), ranking(sheetPath));
        assertEquals(marksOf(markByMarkPath, others), marksOf(sheetPath, bids));
    }

    @Test
    void aMarkSheetIsSavedAllOrNothingAgainstItsCurrentVersion() {
        String path = closedTenderWithThreeEvidenceBids("Stale sheet") + "/mark-sheet";
        HttpResponse<String> read = Api.get(path, TOM);
        JsonObject first = ok(read).getJsonArray("marks").getJsonObject(0);
        String line = "{\"bid\": \"" + first.getString("bid") + "\", \"criterion\": \"%s\", \"mark\": %d}";
        String original = read.headers().firstValue("ETag").orElseThrow();

        assertProblem(Story.put(path, TOM, null, "{\"marks\": [" + line.formatted("MAC 2.1", 70) + "]}"), 428,
                "if-match-required");
        assertProblem(Story.put(path, OTHER_BUYER, original, "{\"marks\": []}"), 403, "not-an-evaluator");
        HttpResponse<String> saved = Story.put(path, TOM, original, "{\"marks\": [" + line.formatted("MAC 2.1", 70) + "]}");
        String current = tagOf(saved);
        assertProblem(Story.put(path, TOM, original, "{\"marks\": [" + line.formatted("MAC 2.2", 50) + "]}"), 412,
                "stale-version");
        JsonObject refused = assertProblem(Story.put(path, TOM, current, "{\"marks\": [" + line.formatted("MAC 2.2", 50)
                + ", " + line.formatted("MAC 8.1", 60) + "]}"), 400, "invalid-mark-sheet");
        assertEquals("marks[1].mark", refused.getJsonArray("errors").getJsonObject(0).getString("field"), refused::toString);

        HttpResponse<String> after = Api.get(path, TOM);
        assertEquals(current, after.headers().firstValue("ETag").orElseThrow());
        assertEquals(List.of(70), ok(after).getJsonArray("marks").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.containsKey("mark")).map(c -> c.getInt("mark")).toList(), "nothing of a refused sheet is saved");
        // a mark made on its own changes the sheet's version too
        tagOf(mark(path.replace("/mark-sheet", ""), first.getString("bid"), Story.BUYER, "\"" + (ok(Api.get(path
                .replace("/mark-sheet", "/bids/" + first.getString("bid")), Story.BUYER)).getJsonNumber("version")) + "\"",
                "MAC 2.2", 20));
        assertProblem(Story.put(path, TOM, current, "{\"marks\": [" + line.formatted("MAC 2.2", 50) + "]}"), 412,
                "stale-version");
    }

    // ---------------------------------------------------------------- helpers

    private static JsonObject illustrativeCatalogue() {
        return Api.array(Api.get("/api/v1/catalogues", Story.BUYER)).stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getBoolean("illustrative") && !c.getBoolean("local")).findFirst().orElseThrow();
    }

    private static String submittedSpo(String supplier, String provision, String tender, String lines) {
        String start = Story.today().toString();
        String end = Story.today().plusMonths(12).toString();
        JsonObject spo = created(Story.post("/api/v1/spos", supplier, """
                {"title": "Scored support %s", "summary": "Time and money for the club.", "providers": ["%s"],
                 "provisions": ["%s"], "territory": "E23000029", "commitments": [%s]}
                """.formatted(Story.unique(), Story.PROVIDER_A_ORG, provision, lines.formatted(start, end))));
        String ref = spo.getString("reference");
        ok(Story.post("/api/v1/spos/" + ref + "/endorsement", Story.PROVIDER_A, null));
        ok(Story.post("/api/v1/spos/" + ref + "/submission", supplier, "{\"tender\": \"" + tender + "\"}"));
        return ref;
    }

    private static final List<String> SHEET_CRITERIA = List.of("MAC 2.1", "MAC 2.2", "MAC 8.1");

    /** A tender scored by marks on three criteria, with three evidence-only bids (A, B, C in that order), closed. */
    private static String closedTenderWithThreeEvidenceBids(String title) {
        String path = "/api/v1/tenders/" + Story.openTender(title + " " + Story.unique());
        ok(Story.put(path + "/scoring", Story.BUYER, null, "{\"weights\": {\"price\": 60, \"quality\": 30, "
                + "\"socialValue\": 10}, \"method\": \"MARKS\", \"criteria\": [{\"framework\": \"ppn-06-20\", "
                + "\"criterion\": \"MAC 2.1\", \"weight\": 40}, {\"framework\": \"ppn-06-20\", \"criterion\": \"MAC 2.2\", "
                + "\"weight\": 30}, {\"framework\": \"ppn-06-20\", \"criterion\": \"MAC 8.1\", \"weight\": 30}]}"));
        int price = 90000;
        for (String supplier : List.of(Story.SUPPLIER_A, Story.SUPPLIER_B, SUPPLIER_C)) {
            created(Story.post(path + "/bids", supplier, "{\"price\": " + price + ", \"evidence\": \"Proposition " + price
                    + "\"}"));
            price += 5000;
        }
        ok(Story.post(path + "/closure", Story.BUYER, null));
        return path;
    }

    /** Each bid's supplier, rank, social value score and total, in rank order. */
    private static List<String> ranking(String path) {
        return ok(Api.get(path + "/evaluation", Story.BUYER)).getJsonArray("results").stream().map(JsonValue::asJsonObject)
                .map(r -> r.getString("supplier") + " " + r.getInt("rank") + " " + r.getJsonNumber("socialValueScore")
                        + " " + r.getJsonNumber("total")).toList();
    }

    /** Each bid's marks as criterion=mark by evaluator, in bid order. */
    private static List<String> marksOf(String path, JsonArray bids) {
        return bids.stream().map(b -> ok(Api.get(path + "/bids/" + b.asJsonObject().getString("id") + "/marks",
                Story.BUYER)).getJsonArray("marks").stream().map(JsonValue::asJsonObject).map(m -> m.getString("criterion")
                        + "=" + m.getInt("mark") + " by " + m.getString("evaluator")).sorted().collect(Collectors.joining(", ")))
                .toList();
    }

    private static HttpResponse<String> mark(String path, JsonObject bid, String token, String ifMatch, String criterion,
            int mark) {
        return mark(path, bid.getString("id"), token, ifMatch, criterion, mark);
    }

    private static HttpResponse<String> mark(String path, String bid, String token, String ifMatch, String criterion,
            int mark) {
        HttpRequest.Builder request = Api.request(path + "/bids/" + bid + "/marks", token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"criterion\": \"" + criterion + "\", \"mark\": " + mark + "}"))
                .header("Content-Type", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return Api.send(request);
    }

    private static HttpResponse<String> consensus(String path, JsonObject bid, String ifMatch, String criterion, int mark) {
        return Story.put(path + "/bids/" + bid.getString("id") + "/consensus/" + criterion.replace(" ", "%20"), Story.BUYER,
                ifMatch, "{\"mark\": " + mark + ", \"note\": \"moderated\"}");
    }

    private static void quality(String path, JsonObject bid, String ifMatch, int quality) {
        ok(Story.put(path + "/bids/" + bid.getString("id") + "/quality", Story.BUYER, ifMatch, "{\"quality\": " + quality + "}"));
    }

    private static String tagOf(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response::body);
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private static void assertResult(JsonObject result, int rank, String supplier, String price, String quality, String sv,
            String total) {
        assertEquals(rank, result.getInt("rank"), result::toString);
        assertEquals(supplier, result.getString("supplier"));
        assertEquals(price, result.getJsonNumber("priceScore").bigDecimalValue().toPlainString());
        assertEquals(quality, result.getJsonNumber("qualityScore").bigDecimalValue().toPlainString());
        assertEquals(sv, result.getJsonNumber("socialValueScore").bigDecimalValue().toPlainString());
        assertEquals(total, result.getJsonNumber("total").bigDecimalValue().toPlainString());
    }

    private static JsonObject find(JsonArray array, String key, String value, String flag, JsonValue flagValue) {
        return array.stream().map(JsonValue::asJsonObject).filter(o -> o.getString(key).equals(value)
                && o.get(flag).equals(flagValue)).findFirst().orElseThrow(() -> new AssertionError(value + " in " + array));
    }

    private static Pattern phrase(String words) {
        return Pattern.compile(Arrays.stream(words.trim().split("\\s+")).map(Pattern::quote)
                .collect(Collectors.joining("\\s+")));
    }

    /** An organisation's registered name, as the API gives it. */
    private static String name(String organisation) {
        return ok(Api.get("/api/v1/organisations/" + organisation, Story.ADMIN)).getString("name");
    }

    private static String pdfText(String path, String token) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = Api.HTTP.send(Api.request(path, token).GET().header("Accept", "application/pdf")
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        return Pdfs.textInReadingOrder(response.body());
    }
}
