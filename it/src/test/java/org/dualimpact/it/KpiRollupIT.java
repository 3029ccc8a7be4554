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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
 * fail with a clear message in the job log; who may read which figures; a measures catalogue values the
 * roll-up (gross and net social value, SDG rows) and its SROI after a full rebuild.
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
            assertTrue(!r.containsKey("grossSocialValue") || r.isNull("grossSocialValue"), "no catalogue defines NT1, NT7 or NT18: unknown, not 0");
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

    static String serverMessages() throws IOException {
        Path logs = Path.of("target/liberty/wlp/usr/servers", Api.database().equals("postgresql") ? "itServerPg" : "itServer", "logs");
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("messages")).sorted().toList()) {
                text.append(Files.readString(f));
            }
        }
        return text.toString();
    }

    static String allRows() {
        HttpResponse<String> response = Api.get("/api/v1/kpis?limit=10000", ADMIN);
        assertEquals(200, response.statusCode(), response::body);
        return response.body();
    }

    @Test
    @Order(1)
    void throughTheRestApiTheFiguresEqualTheHandComputedOnesAndASecondRunChangesNothing() throws Exception {
        seed();
        // one agreement per chunk, in 2 partitions (threads): the figures are still exact
        long firstInstance = BatchApi.submit("kpi-rollup", "{\"agreementsPerChunk\": \"1\"}");
        JsonObject first = BatchApi.waitForEnd(firstInstance);
        assertEquals("COMPLETED", first.getString("batchStatus"), first::toString);
        String firstLog = BatchApi.jobLog(firstInstance);
        Matcher planned = Pattern.compile("kpi-rollup: (\\d+) agreements to recompute in (\\d+) partition\\(s\\)").matcher(firstLog);
        assertTrue(planned.find(), firstLog);
        assertEquals(Math.min(2, Integer.parseInt(planned.group(1))), Integer.parseInt(planned.group(2)), firstLog);
        assertTrue(first.getString("exitStatus").startsWith("recomputed "), first::toString);
        // bulk writes take each database's way: COPY on PostgreSQL (its driver is Liberty's global library,
        // which the application shares), multi-row INSERTs on Derby
        assertTrue(serverMessages().contains(Api.database().equals("postgresql") ? "KPI roll-up: bulk writes with PostgreSQL COPY"
                : "KPI roll-up: bulk writes with multi-row INSERTs (Apache Derby"), "the server says how it writes");
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

        // one agreement per chunk, a pause of 3 s before each: the run is in its agreements step when stopped
        Map<String, String> slow = Map.of("fullRebuild", "true", "agreementsPerChunk", "1", "throttleMillis", "3000");
        long execution = InContainerJobs.start("kpi-rollup", slow).getJsonNumber("executionId").longValue();
        Thread.sleep(1500);
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
        cases.put("{\"agreementsPerChunk\":\"0\"}", "job parameter agreementsPerChunk=0 is not a whole number from 1 to 1000");
        cases.put("{\"throttleMillis\":\"ten\"}", "job parameter throttleMillis=ten is not a whole number from 0 to 60000");
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
        Story.otherBuyerRegistered();
        String otherBuyer = Api.token("olly.other", Story.OTHER_BUYER_ORG, "buyer");
        assertProblem(Api.get("/api/v1/kpis?buyer=" + BUYER_ORG, otherBuyer), 403, "kpis-out-of-scope");
        assertEquals(0, Api.array(Api.get("/api/v1/kpis?supplier=" + SUPPLIER_ORG, otherBuyer)).size());
        // the provider of the agreement sees them
        assertEquals(expected(), actual(Api.array(Api.get("/api/v1/kpis?supplier=" + SUPPLIER_ORG, PROVIDER_A))));
        // no token, a role that reads no KPIs, malformed parameters
        assertProblem(Api.get("/api/v1/kpis", null), 401, "unauthenticated");
        assertProblem(Api.get("/api/v1/kpis", AUDITOR), 403, "forbidden");
        assertProblem(Api.get("/api/v1/kpis?from=2026-1", SUPPLIER), 400, "invalid-parameter");
        assertProblem(Api.get("/api/v1/kpis?limit=0", SUPPLIER), 400, "invalid-range");

        // the public summary needs no token; it shows quarters that have ended only (ours was recorded in this
        // one), under the default disclosure rules, and names no agreement and no supplier of a withheld cell
        HttpResponse<String> response = Api.get("/api/v1/public/territories/" + TERRITORY + "/impact", null);
        assertEquals(200, response.statusCode(), response::body);
        JsonObject impact = Api.object(response);
        assertEquals("Thames Valley", impact.getString("name"));
        LocalDate today = Story.today();
        int quarter = (today.getMonthValue() + 2) / 3;
        assertEquals(quarter == 1 ? (today.getYear() - 1) + "-Q4" : today.getYear() + "-Q" + (quarter - 1), impact.getString("to"));
        JsonObject disclosure = impact.getJsonObject("disclosure");
        assertEquals(3, disclosure.getInt("minimumContributors"));
        assertEquals(75, disclosure.getInt("dominancePercent"));
        assertFalse(response.body().contains(SUPPLIER_ORG), "no organisation id is shown");
        assertFalse(response.body().contains(agreement), "no agreement is named");
        assertFalse(response.body().contains("SPO-"), "no agreement is named");
        for (JsonValue q : impact.getJsonArray("quarters")) {
            String value = q.asJsonObject().getJsonObject("totals").getJsonNumber("recordedValue").bigDecimalValue().toPlainString();
            assertTrue(value.endsWith("00.00") || value.equals("0.00"), () -> "rounded to £100: " + q);
        }
        assertEquals(200, Api.get("/api/v1/public/regions/" + SOUTH_EAST + "/impact?from=2025-Q1&to=2025-Q4", null).statusCode());
        assertProblem(Api.get("/api/v1/public/regions/" + SOUTH_EAST + "/impact?from=2025-03", null), 400, "invalid-parameter");
        assertProblem(Api.get("/api/v1/public/regions/" + SOUTH_EAST + "/impact?to=2025-Q5", null), 400, "invalid-parameter");
        assertProblem(Api.get("/api/v1/public/territories/" + TERRITORY + "/impact?from=2025-Q3&to=2025-Q2", null), 400,
                "invalid-range");
        assertProblem(Api.get("/api/v1/public/territories/E99999999/impact", null), 404, "area-not-found");
    }

    // ---------------------------------------------------------------- social value from the measures catalogue

    /**
     * A catalogue connected to the roll-up: measure codes unique to this run (so no other test's catalogue
     * or contribution can touch them), defined by a shared catalogue, by a newer illustrative one and by a
     * buyer's local copy with other proxies — the shared non-illustrative one applies. A supplier of its
     * own, one agreement, contributions delivered a year ago and today (two proxy years); a full rebuild;
     * then gross and net social value, SDG rows and the roll-up's SROI against figures computed by hand.
     */
    @Test
    @Order(6)
    void aCatalogueValuesTheRollUpAndItsSroiAfterAFullRebuild() throws Exception {
        String u = Story.unique();
        String fin = "IT-" + u + "-FIN";
        String ink = "IT-" + u + "-INK";
        String vol = "IT-" + u + "-VOL";
        LocalDate today = Story.today();
        LocalDate yearAgo = today.minusYears(1);
        int y = today.getYear();
        // defaults: deadweight 0.1, drop-off 0.2. VOL: £10.00 an hour from Y-2, £12.50 from Y, deadweight 0.2 and
        // attribution 0.25 → net share 0.8 × 0.75 = 0.6, 2 years; FIN: face value, net share 0.9; INK: face value of
        // the declared GBP value, displacement 0.5 → net share 0.9 × 0.5 = 0.45
        String standard = """
                {"name": "IT roll-up standard %1$s", "edition": "1", "illustrative": false, "sources": ["IT figures"],
                 "defaults": {"deadweight": 0.1, "dropOff": 0.2},
                 "measures": [
                   {"code": "%2$s", "title": "Money given", "unit": "GBP", "sdgTargets": ["17.17"],
                    "proxies": [{"year": %5$d, "gbpPerUnit": 1, "source": "face value"}]},
                   {"code": "%3$s", "title": "Goods given at their declared value", "unit": "GBP", "sdgTargets": ["4.4"],
                    "displacement": 0.5, "proxies": [{"year": %5$d, "gbpPerUnit": 1, "source": "face value"}]},
                   {"code": "%4$s", "title": "Volunteering hours", "unit": "hours", "sdgTargets": ["8.5", "17.17"],
                    "deadweight": 0.2, "attribution": 0.25, "benefitYears": 2,
                    "proxies": [{"year": %5$d, "gbpPerUnit": 10.00, "source": "IT wage Y-2"},
                                {"year": %6$d, "gbpPerUnit": 12.50, "source": "IT wage Y"}]}]}
                """.formatted(u, fin, ink, vol, y - 2, y);
        JsonObject shared = created(Api.post("/api/v1/catalogues", ADMIN, "application/json", standard));
        // imported later, but illustrative: it does not apply to VOL
        created(Api.post("/api/v1/catalogues", ADMIN, "application/json", """
                {"name": "ZZ IT illustrative %1$s", "edition": "1", "illustrative": true,
                 "measures": [{"code": "%2$s", "title": "Volunteering hours", "unit": "hours", "sdgTargets": ["1.1"],
                               "proxies": [{"year": %3$d, "gbpPerUnit": 100, "source": "illustrative"}]}]}
                """.formatted(u, vol, y - 2)));
        // the buyer's local copy values an hour at £999: local catalogues never value the roll-up
        HttpResponse<String> derived = post("/api/v1/catalogues/" + shared.getString("id") + "/local", BUYER,
                "{\"name\": \"TVP local " + u + "\"}");
        String local = created(derived).getString("id");
        ok(Story.put("/api/v1/catalogues/" + local + "/measures/" + vol + "/proxies/" + y, BUYER,
                derived.headers().firstValue("ETag").orElseThrow(), "{\"gbpPerUnit\": 999, \"source\": \"local\"}"));

        // our own supplier and agreement, the contract from two years ago
        String supplierOrg = "GB-COH-6" + String.format("%07d", new Random().nextInt(10_000_000));
        String supplier = Api.token("val.value", supplierOrg, "supplier");
        created(post("/api/v1/organisations", ADMIN, """
                {"id": "%s", "kind": "SUPPLIER", "name": "Valued Supplies %s Ltd", "territories": ["%s"]}
                """.formatted(supplierOrg, u, TERRITORY)));
        String provision = Story.auditedProvision("value" + u);
        String tender = Story.openTender("Valued " + u);
        JsonObject draft = created(post("/api/v1/spos", supplier, """
                {"title": "Valued support %s", "summary": "Money, laptops and mentors for the club.",
                 "providers": ["%s"], "provisions": ["%s"], "territory": "%s",
                 "commitments": [
                   {"type": "FINANCIAL", "value": 1000.00, "measureCode": "%s", "start": "%s", "end": "%s", "frequency": "ONE_OFF"},
                   {"type": "IN_KIND", "quantity": 6, "unit": "laptops", "value": 1800.00, "measureCode": "%s",
                    "start": "%s", "end": "%s", "frequency": "ONE_OFF"},
                   {"type": "VOLUNTEERING", "quantity": 20, "skillLevel": "SKILLED", "measureCode": "%s",
                    "start": "%s", "end": "%s", "frequency": "MONTHLY"}]}
                """.formatted(u, PROVIDER_A_ORG, provision, TERRITORY, fin, today, today, ink, today, today, vol, today,
                today.plusMonths(12))));
        String ref = draft.getString("reference");
        ok(post("/api/v1/spos/" + ref + "/endorsement", PROVIDER_A, null));
        ok(post("/api/v1/spos/" + ref + "/submission", supplier, "{\"tender\": \"" + tender + "\"}"));
        Story.award(tender, supplierOrg);
        ok(post("/api/v1/spos/" + ref + "/signatures", supplier, null));
        ok(post("/api/v1/spos/" + ref + "/signatures", PROVIDER_A, null));
        ok(post("/api/v1/spos/" + ref + "/contract", BUYER, """
                {"contractReference": "TVP-VAL-%s", "start": "%s", "end": "%s", "value": 50000.00}
                """.formatted(u, today.minusYears(2).withDayOfMonth(1), today.plusMonths(12))));
        String path = "/api/v1/agreements/" + ref + "/contributions";
        String[][] contributions = {
            {"VOLUNTEERING", "\"quantity\": 10,", vol, yearAgo.toString(), "3"},
            {"FINANCIAL", "\"value\": 500.00,", fin, yearAgo.toString(), "1"},
            {"VOLUNTEERING", "\"quantity\": 4,", vol, today.toString(), "3"},
            {"IN_KIND", "\"quantity\": 6, \"unit\": \"laptops\", \"value\": 1800.00,", ink, today.toString(), "2"}};
        long laptops = 0;
        for (String[] c : contributions) {
            laptops = created(post(path, supplier, """
                    {"type": "%s", %s "measureCode": "%s", "deliveryDate": "%s", "commitmentLine": %s}
                    """.formatted((Object[]) c))).getJsonNumber("sequence").longValue();
        }
        created(post("/api/v1/ledger/entries/" + laptops + "/correction", supplier,
                "{\"quantity\": 4, \"value\": 1200.00, \"reason\": \"Two went elsewhere\"}"));

        JsonObject rebuilt = BatchApi.waitForEnd(BatchApi.submit("kpi-rollup", "{\"fullRebuild\": \"true\"}"));
        assertEquals("COMPLETED", rebuilt.getString("batchStatus"), rebuilt::toString);

        // rows: "month measure unit" → recorded quantity, recorded value, gross, net
        YearMonth then = YearMonth.from(yearAgo);
        Map<String, List<String>> expected = new TreeMap<>();
        expected.put(then + " " + fin + " GBP", List.of("500", "500", "500", "450"));        // face value, × 0.9
        expected.put(then + " " + vol + " hours", List.of("10", "0", "100", "60"));          // 10 h × £10.00 (Y-2), × 0.6
        expected.put(M0 + " " + fin + " GBP", List.of("0", "0", "0", "0"));                  // committed only: known, 0
        expected.put(M0 + " " + ink + " laptops", List.of("4", "1200", "1200", "540"));      // the GBP value, × 0.45
        expected.put(M0 + " " + vol + " hours", List.of("4", "0", "50", "30"));              // 4 h × £12.50 (Y), × 0.6
        Map<String, List<String>> actual = new TreeMap<>();
        for (JsonValue value : Api.array(Api.get("/api/v1/kpis?supplier=" + supplierOrg, supplier))) {
            JsonObject r = value.asJsonObject();
            actual.put(r.getString("month") + " " + r.getString("measure") + " " + r.getString("unit"), List.of(
                    "recordedQuantity", "recordedValue", "grossSocialValue", "netSocialValue").stream()
                    .map(f -> r.getJsonNumber(f).bigDecimalValue().stripTrailingZeros().toPlainString()).toList());
        }
        assertEquals(expected, actual);

        // SDG rows: "month target" → committed value, recorded value, gross, net
        Map<String, List<String>> expectedSdg = new TreeMap<>();
        expectedSdg.put(then + " 17.17", List.of("0", "500", "600", "510"));
        expectedSdg.put(then + " 8.5", List.of("0", "0", "100", "60"));
        expectedSdg.put(M0 + " 17.17", List.of("1000", "0", "50", "30"));
        expectedSdg.put(M0 + " 4.4", List.of("1800", "1200", "1200", "540"));
        expectedSdg.put(M0 + " 8.5", List.of("0", "0", "50", "30"));
        Map<String, List<String>> actualSdg = new TreeMap<>();
        for (JsonValue value : Api.array(Api.get("/api/v1/kpis/sdg?supplier=" + supplierOrg, supplier))) {
            JsonObject r = value.asJsonObject();
            actualSdg.put(r.getString("month") + " " + r.getString("sdgTarget"), List.of(
                    "committedValue", "recordedValue", "grossSocialValue", "netSocialValue").stream()
                    .map(f -> r.getJsonNumber(f).bigDecimalValue().stripTrailingZeros().toPlainString()).toList());
        }
        assertEquals(expectedSdg, actualSdg);

        // SROI at 3.5 %: FIN 500/1.035 (net 450/1.035); INK 1200/1.035 (540/1.035); VOL 150/1.035 + 120/1.035²
        // (net 90/1.035 + 72/1.035²): PV gross 1899.46, net 1110.69; invested 500 + 1200 = 1700
        HttpResponse<String> response = Api.get("/api/v1/kpis/sroi?supplier=" + supplierOrg, supplier);
        assertEquals(200, response.statusCode(), response::body);
        JsonObject sroi = Api.object(response);
        assertEquals("0.035", number(sroi, "discountRate"));
        assertEquals("1899.46", number(sroi, "grossPresentValue"));
        assertEquals("1110.69", number(sroi, "netPresentValue"));
        assertEquals("1700", number(sroi, "investment"));
        assertEquals("199.46", number(sroi, "grossNpv"));
        assertEquals("-589.31", number(sroi, "netNpv"));
        assertEquals("1.1173", number(sroi, "grossRatio"));
        assertEquals("0.6533", number(sroi, "netRatio"));
        assertEquals(3, sroi.getJsonArray("lines").size(), sroi::toString);
        JsonObject volLine = sroi.getJsonArray("lines").getJsonObject(2);
        assertTrue(volLine.getString("label").startsWith(vol + " (hours), terms from IT roll-up standard " + u), volLine::toString);
        assertEquals(2, volLine.getJsonArray("years").size());
        assertEquals("0.2", number(volLine, "dropOff"));
        assertEquals(0, sroi.getJsonArray("notValued").size(), sroi::toString);
        // undiscounted, a year's rows only; the buyer of the agreement reads it too
        JsonObject flat = Api.object(Api.get("/api/v1/kpis/sroi?supplier=" + supplierOrg + "&rate=0", BUYER));
        assertEquals("1970", number(flat, "grossPresentValue"));       // 500 + 1200 + 150 + 120
        assertEquals("1152", number(flat, "netPresentValue"));         // 450 + 540 + 90 + 72
        JsonObject thenOnly = Api.object(Api.get("/api/v1/kpis/sroi?supplier=" + supplierOrg + "&rate=0&from=" + then
                + "&to=" + then, supplier));
        assertEquals("680", number(thenOnly, "grossPresentValue"));    // 500 + 100 + 80 (year 2 of the hours)
        // refusals: another supplier, a role without KPIs, no token, bad parameters
        assertProblem(Api.get("/api/v1/kpis/sroi?supplier=" + supplierOrg, SUPPLIER_A), 403, "kpis-out-of-scope");
        assertProblem(Api.get("/api/v1/kpis/sroi", AUDITOR), 403, "forbidden");
        assertProblem(Api.get("/api/v1/kpis/sroi", null), 401, "unauthenticated");
        assertProblem(Api.get("/api/v1/kpis/sroi?rate=abc", supplier), 400, "invalid-parameter");
        assertProblem(Api.get("/api/v1/kpis/sroi?rate=0.3", supplier), 400, "invalid-discount-rate");
        assertProblem(Api.get("/api/v1/kpis/sroi?from=" + M0 + "&to=" + M0.minusMonths(1), supplier), 400, "invalid-range");
    }

    static String number(JsonObject object, String name) {
        return object.getJsonNumber(name).bigDecimalValue().stripTrailingZeros().toPlainString();
    }
}
