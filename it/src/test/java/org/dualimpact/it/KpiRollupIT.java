package org.dualimpact.it;

import static org.dualimpact.it.Problems.assertProblem;
import static org.dualimpact.it.Story.ADMIN;
import static org.dualimpact.it.Story.AUDITOR;
import static org.dualimpact.it.Story.BUYER;
import static org.dualimpact.it.Story.BUYER_ORG;
import static org.dualimpact.it.Story.PROVIDER_A;
import static org.dualimpact.it.Story.PROVIDER_A_ORG;
import static org.dualimpact.it.Story.SUPPLIER_A;
import static org.dualimpact.it.Story.created;
import static org.dualimpact.it.Story.ok;
import static org.dualimpact.it.Story.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The kpi-rollup job on a real Liberty: figures equal a hand-computed expectation over a seeded data
 * set, through the REST API and through JobOperator in the container; a second run changes nothing; a
 * run stopped mid-way and restarted gives exactly the figures of an uninterrupted run; bad parameters
 * fail with a clear message in the job log; who may read which figures.
 *
 * <p>The seeded data belong to a supplier registered for this class only, so the rows of that supplier
 * are exactly the seeded ones whatever other test classes stored before.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KpiRollupIT {

    static final String TERRITORY = Story.TERRITORY;
    static final String SOUTH_EAST = "E12000008";
    static final String SUPPLIER_ORG = "GB-COH-7" + String.format("%07d", new Random().nextInt(10_000_000));
    static final String SUPPLIER = Api.token("kim.kpi", SUPPLIER_ORG, "supplier");
    static final YearMonth M0 = YearMonth.from(Story.today());

    static String agreement;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return InContainerJobs.ear();
    }

    /** The seeded story (once per class): one contracted agreement of our supplier and its contributions. */
    static synchronized void seed() {
        if (agreement != null) {
            return;
        }
        String word = "kpi" + Story.unique();
        created(post("/api/v1/organisations", ADMIN, """
                {"id": "%s", "kind": "SUPPLIER", "name": "KPI Test Supplies %s Ltd", "territories": ["%s"]}
                """.formatted(SUPPLIER_ORG, word, TERRITORY)));
        String provision = Story.auditedProvision(word);
        String tender = Story.openTender("KPI " + word);
        String ref = Story.submitted(SUPPLIER, provision, tender);
        Story.award(tender, SUPPLIER_ORG);
        ok(post("/api/v1/spos/" + ref + "/signatures", SUPPLIER, null));
        ok(post("/api/v1/spos/" + ref + "/signatures", PROVIDER_A, null));
        ok(post("/api/v1/spos/" + ref + "/contract", BUYER, """
                {"contractReference": "TVP-KPI-%s", "start": "%s", "end": "%s", "value": 90000.00}
                """.formatted(word, M0.minusMonths(12).atDay(1), Story.today().plusMonths(12))));
        String path = "/api/v1/agreements/" + ref + "/contributions";
        for (int k = 11; k >= 2; k--) {  // £10 a month, months M-11 .. M-2
            record(path, "FINANCIAL", null, "10.00", 1, M0.minusMonths(k).atDay(1));
        }
        long money = record(path, "FINANCIAL", null, "500.00", 1, M0.minusMonths(1).atDay(1));
        long hours = record(path, "VOLUNTEERING", "10", null, 3, M0.minusMonths(1).atDay(1));
        long reversed = record(path, "FINANCIAL", null, "250.00", 1, Story.today());
        long laptops = record(path, "IN_KIND", "6", "1800.00", 2, Story.today());
        created(post("/api/v1/ledger/entries/" + money + "/confirmation", PROVIDER_A, null));
        created(post("/api/v1/ledger/entries/" + hours + "/confirmation", PROVIDER_A, null));
        created(post("/api/v1/ledger/entries/" + laptops + "/dispute", PROVIDER_A, "{\"reason\": \"Only four arrived\"}"));
        created(post("/api/v1/ledger/entries/" + laptops + "/correction", SUPPLIER,
                "{\"quantity\": 4, \"value\": 1200.00, \"reason\": \"Two went elsewhere\"}"));
        created(post("/api/v1/ledger/entries/" + reversed + "/correction", SUPPLIER,
                "{\"reversal\": true, \"reason\": \"Recorded twice\"}"));
        agreement = ref;
    }

    static long record(String path, String type, String quantity, String value, int line, LocalDate day) {
        String measure = line == 1 ? "NT1" : line == 2 ? "NT18" : "NT7";
        JsonObject entry = created(post(path, SUPPLIER, """
                {"type": "%s", %s %s "measureCode": "%s", "deliveryDate": "%s", "commitmentLine": %d}
                """.formatted(type, quantity == null ? "" : "\"quantity\": " + quantity + (type.equals("IN_KIND")
                        ? ", \"unit\": \"laptops\"," : ","), value == null ? "" : "\"value\": " + value + ",", measure, day, line)));
        return entry.getJsonNumber("sequence").longValue();
    }

    /**
     * The expected rows of our supplier, by hand, keyed "month measure unit" →
     * committed q/v, recorded q/v, confirmed q/v, disputed q/v, corrected q/v, contributions.
     */
    static Map<String, List<String>> expected() {
        Map<String, List<String>> rows = new TreeMap<>();
        for (int k = 11; k >= 2; k--) {
            rows.put(M0.minusMonths(k) + " NT1 GBP", List.of("0", "0", "10", "10", "0", "0", "0", "0", "0", "0", "1"));
        }
        // M-1: £500 confirmed; 10 hours (no value) confirmed
        rows.put(M0.minusMonths(1) + " NT1 GBP", List.of("0", "0", "500", "500", "500", "500", "0", "0", "0", "0", "1"));
        rows.put(M0.minusMonths(1) + " NT7 hours", List.of("0", "0", "10", "0", "10", "0", "0", "0", "0", "0", "1"));
        // M0: the commitments start this month; £250 recorded then reversed; 6 laptops £1,800 disputed, amended to 4, £1,200
        rows.put(M0 + " NT1 GBP", List.of("1500", "1500", "0", "0", "0", "0", "0", "0", "-250", "-250", "0"));
        rows.put(M0 + " NT18 laptops", List.of("12", "3600", "4", "1200", "0", "0", "4", "1200", "-2", "-600", "1"));
        rows.put(M0 + " NT7 hours", List.of("40", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"));
        return rows;
    }

    static Map<String, List<String>> actual(JsonArray rows) {
        Map<String, List<String>> actual = new TreeMap<>();
        for (JsonValue value : rows) {
            JsonObject r = value.asJsonObject();
            assertEquals(TERRITORY, r.getString("territory"));
            assertEquals(SOUTH_EAST, r.getString("region"));
            assertEquals(BUYER_ORG, r.getString("buyer"));
            assertEquals(SUPPLIER_ORG, r.getString("supplier"));
            assertEquals(List.of(PROVIDER_A_ORG), r.getJsonArray("providers").getValuesAs(jakarta.json.JsonString.class)
                    .stream().map(jakarta.json.JsonString::getString).toList());
            assertTrue(!r.containsKey("grossSocialValue") || r.isNull("grossSocialValue"), "no catalogue yet: unknown, not 0");
            List<String> figures = List.of("committedQuantity", "committedValue", "recordedQuantity", "recordedValue",
                    "confirmedQuantity", "confirmedValue", "disputedQuantity", "disputedValue", "correctedQuantity",
                    "correctedValue", "contributions").stream()
                    .map(f -> r.getJsonNumber(f).bigDecimalValue().stripTrailingZeros().toPlainString()).toList();
            actual.put(r.getString("month") + " " + r.getString("measure") + " " + r.getString("unit"), figures);
        }
        return actual;
    }

    static JsonArray ourRows() {
        HttpResponse<String> response = Api.get("/api/v1/kpis?supplier=" + SUPPLIER_ORG, SUPPLIER);
        assertEquals(200, response.statusCode(), response::body);
        return Api.array(response);
    }

    /** Every row the platform admin sees: the whole roll-up. */
    static String allRows() {
        HttpResponse<String> response = Api.get("/api/v1/kpis?limit=10000", ADMIN);
        assertEquals(200, response.statusCode(), response::body);
        return response.body();
    }

    @Test
    @Order(1)
    void throughTheRestApiTheFiguresEqualTheHandComputedOnesAndASecondRunChangesNothing() throws Exception {
        seed();
        JsonObject first = BatchApi.waitForEnd(BatchApi.submit("kpi-rollup", "{}"));
        assertEquals("COMPLETED", first.getString("batchStatus"), first::toString);
        assertTrue(first.getString("exitStatus").startsWith("recomputed "), first::toString);

        assertEquals(expected(), actual(ourRows()));

        // the roll-up agrees with the agreement's real-time progress view (summed over months)
        JsonArray progress = Api.array(Api.get("/api/v1/agreements/" + agreement + "/progress", SUPPLIER));
        JsonArray rows = ourRows();
        for (JsonValue line : progress) {
            String measure = line.asJsonObject().getString("measureCode");
            for (String figure : List.of("committedQuantity", "committedValue", "recordedQuantity", "recordedValue",
                    "confirmedQuantity", "confirmedValue", "disputedQuantity", "disputedValue")) {
                BigDecimal sum = rows.stream().map(JsonValue::asJsonObject).filter(r -> r.getString("measure").equals(measure))
                        .map(r -> r.getJsonNumber(figure).bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertEquals(0, line.asJsonObject().getJsonNumber(figure).bigDecimalValue().compareTo(sum), measure + " " + figure);
            }
        }

        String csv = Api.get("/api/v1/kpis?supplier=" + SUPPLIER_ORG + "&from=" + M0 + "&to=" + M0, SUPPLIER, "text/csv").body();
        List<String> lines = csv.lines().toList();
        assertTrue(lines.get(0).startsWith("month,territory,region,buyer,supplier,providers,measure,unit,committedQuantity"), csv);
        assertEquals(4, lines.size(), csv);
        assertTrue(lines.contains(M0 + "," + TERRITORY + "," + SOUTH_EAST + "," + BUYER_ORG + "," + SUPPLIER_ORG + ","
                + PROVIDER_A_ORG + ",NT18,laptops,12.000,3600.00,4.000,1200.00,0.000,0.00,4.000,1200.00,-2.000,-600.00,1,,,1200.00,"),
                csv);

        String before = allRows();
        JsonObject second = BatchApi.waitForEnd(BatchApi.submit("kpi-rollup", "{}"));
        assertEquals("COMPLETED", second.getString("batchStatus"), second::toString);
        assertTrue(second.getString("exitStatus").startsWith("recomputed 0 slices"), second::toString);
        assertEquals(before, allRows());
    }

    @Test
    @Order(2)
    void everyJobRunsToCompletionThroughJobOperatorInTheContainer() throws Exception {
        seed();
        for (String job : List.of("reference-data-check", "ledger-checkpoint", "spo-expiry", "kpi-rollup")) {
            JsonObject started = InContainerJobs.start(job, job.equals("kpi-rollup") ? Map.of("fullRebuild", "true") : Map.of());
            JsonObject ended = InContainerJobs.waitForEnd(started.getJsonNumber("executionId").longValue());
            assertEquals("COMPLETED", ended.getString("batchStatus"), job + ": " + ended);
        }
        assertEquals(expected(), actual(ourRows()));
    }

    @Test
    @Order(3)
    void aRunStoppedMidWayAndRestartedGivesExactlyTheFiguresOfAnUninterruptedRun() throws Exception {
        seed();
        JsonObject uninterrupted = InContainerJobs.waitForEnd(InContainerJobs.start("kpi-rollup", Map.of("fullRebuild", "true"))
                .getJsonNumber("executionId").longValue());
        assertEquals("COMPLETED", uninterrupted.getString("batchStatus"), uninterrupted::toString);
        String figures = allRows();

        // one slice per chunk, a pause after each: the run is still in its slices step when stopped
        Map<String, String> slow = Map.of("fullRebuild", "true", "slicesPerChunk", "1", "throttleMillis", "400");
        long execution = InContainerJobs.start("kpi-rollup", slow).getJsonNumber("executionId").longValue();
        Thread.sleep(2500);
        InContainerJobs.stop(execution);
        JsonObject stopped = InContainerJobs.waitForEnd(execution);
        assertEquals("STOPPED", stopped.getString("batchStatus"), stopped::toString);
        assertFalse(stopped.getString("exitStatus").startsWith("recomputed"), "it stopped before its last step: " + stopped);

        JsonObject restarted = InContainerJobs.waitForEnd(InContainerJobs.restart(execution, Map.of("throttleMillis", "0"))
                .getJsonNumber("executionId").longValue());
        assertEquals("COMPLETED", restarted.getString("batchStatus"), restarted::toString);
        assertEquals(stopped.getJsonNumber("instanceId"), restarted.getJsonNumber("instanceId"));
        assertEquals(figures, allRows());
        assertEquals(expected(), actual(ourRows()));
    }

    @Test
    @Order(4)
    void badParametersFailTheJobWithAClearMessageInTheJobLog() throws Exception {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("{\"month\":\"2026-13\"}", "job parameter month=2026-13 is not a month: write YYYY-MM");
        cases.put("{\"territory\":\"E99999999\"}", "job parameter territory=E99999999 names no known territory");
        cases.put("{\"month\":\"" + M0.plusMonths(2) + "\"}", "is after the current month " + M0);
        for (Map.Entry<String, String> c : cases.entrySet()) {
            long instance = BatchApi.submit("kpi-rollup", c.getKey());
            JsonObject execution = BatchApi.waitForEnd(instance);
            assertEquals("FAILED", execution.getString("batchStatus"), execution::toString);
            assertTrue(execution.getString("exitStatus").contains(c.getValue()), execution::toString);
            String log = BatchApi.jobLog(instance);
            assertTrue(log.contains("kpi-rollup refused: ") && log.contains(c.getValue()), log);
        }
        // the lease was released by the failed runs: a good run still completes
        assertEquals("COMPLETED", BatchApi.waitForEnd(BatchApi.submit("kpi-rollup", "{}")).getString("batchStatus"));
    }

    @Test
    @Order(5)
    void readersSeeOnlyWhatIsTheirsAndThePublicSeesAggregatesOnly() throws Exception {
        seed();
        assertEquals("COMPLETED", BatchApi.waitForEnd(BatchApi.submit("kpi-rollup", "{}")).getString("batchStatus"));

        // another supplier asking for ours is refused; without a filter it sees none of ours
        assertProblem(Api.get("/api/v1/kpis?supplier=" + SUPPLIER_ORG, SUPPLIER_A), 403, "kpis-out-of-scope");
        assertFalse(Api.get("/api/v1/kpis?limit=10000", SUPPLIER_A).body().contains(SUPPLIER_ORG));
        // the buyer of the tender sees them; another buyer is refused for ours
        assertEquals(expected(), actual(Api.array(Api.get("/api/v1/kpis?supplier=" + SUPPLIER_ORG, BUYER))));
        String otherBuyer = Api.token("olly.other", "GB-PFA-E23000001", "buyer");
        assertProblem(Api.get("/api/v1/kpis?buyer=" + BUYER_ORG, otherBuyer), 403, "kpis-out-of-scope");
        assertEquals(0, Api.array(Api.get("/api/v1/kpis?supplier=" + SUPPLIER_ORG, otherBuyer)).size());
        // the provider of the agreement sees them
        assertEquals(expected(), actual(Api.array(Api.get("/api/v1/kpis?supplier=" + SUPPLIER_ORG, PROVIDER_A))));
        // no token, a role that reads no KPIs, malformed parameters
        assertProblem(Api.get("/api/v1/kpis", null), 401, "unauthenticated");
        assertProblem(Api.get("/api/v1/kpis", AUDITOR), 403, "forbidden");
        assertProblem(Api.get("/api/v1/kpis?from=2026-1", SUPPLIER), 400, "invalid-parameter");
        assertProblem(Api.get("/api/v1/kpis?limit=0", SUPPLIER), 400, "invalid-range");

        // the public summary needs no token, counts our agreement, names no group under 5 agreements
        HttpResponse<String> response = Api.get("/api/v1/public/territories/" + TERRITORY + "/impact", null);
        assertEquals(200, response.statusCode(), response::body);
        JsonObject impact = Api.object(response);
        assertEquals("Thames Valley", impact.getString("name"));
        assertEquals(5, impact.getInt("minimumGroup"));
        assertTrue(impact.getJsonObject("totals").getJsonNumber("agreements").longValue() >= 1);
        assertFalse(response.body().contains(SUPPLIER_ORG), "a supplier of one agreement is not named");
        assertFalse(response.body().contains(agreement), "no agreement is named");
        assertFalse(response.body().contains("SPO-"), "no agreement is named");
        for (JsonValue s : impact.getJsonArray("suppliers")) {
            assertTrue(s.asJsonObject().getJsonObject("totals").getJsonNumber("agreements").longValue() >= 5, s::toString);
        }
        assertNotEquals(JsonValue.NULL, impact.get("otherSuppliers"));
        assertEquals(200, Api.get("/api/v1/public/regions/" + SOUTH_EAST + "/impact", null).statusCode());
        assertProblem(Api.get("/api/v1/public/territories/E99999999/impact", null), 404, "area-not-found");
    }
}
