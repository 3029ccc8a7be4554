package org.dualimpact.it;

import static org.dualimpact.it.KpiRollupCrashIT.WLP;
import static org.dualimpact.it.KpiRollupCrashIT.createServer;
import static org.dualimpact.it.KpiRollupCrashIT.latestExecution;
import static org.dualimpact.it.KpiRollupCrashIT.latestInstanceId;
import static org.dualimpact.it.KpiRollupCrashIT.restore;
import static org.dualimpact.it.KpiRollupCrashIT.seedTwelveMonths;
import static org.dualimpact.it.KpiRollupCrashIT.server;
import static org.dualimpact.it.KpiRollupCrashIT.start;
import static org.dualimpact.it.KpiRollupCrashIT.waitForStep;
import static org.dualimpact.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Liberty servers on one PostgreSQL database, as a council runs two nodes: a job running on one
 * server is refused on the other (the {@code BATCH_LEASE} row), each firing of a schedule that runs
 * on both servers starts its job on one server only ({@code BATCH_FIRING}'s key), and what one server
 * writes holds on the other at once (no server answers from a cache of its own). PostgreSQL only: an
 * embedded Derby database belongs to one server. Servers {@code itTwinA} (9084/9447) and
 * {@code itTwinB} (9085/9448) are copies of the PostgreSQL integration-test server.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoServersIT {

    static final String A = "itTwinA";
    static final String B = "itTwinB";
    static String savedBase;
    static String savedHttps;

    @BeforeAll
    static void startTwoServers() throws Exception {
        assumeTrue(Api.database().equals("postgresql"), "two servers share a database only on PostgreSQL");
        savedBase = System.getProperty("it.base.url");
        savedHttps = System.getProperty("it.https.url");
        createServer(A, 9084, 9447);
        createServer(B, 9085, 9448);
        on(A);
        start(A);
        on(B);
        start(B);
    }

    @AfterAll
    static void stopTwoServers() throws Exception {
        if (!Api.database().equals("postgresql")) {
            return;
        }
        try {
            server(A, "stop");
            server(B, "stop");
        } finally {
            restore("it.base.url", savedBase);
            restore("it.https.url", savedHttps);
        }
    }

    /** Points the tests' API calls at one of the two servers. */
    static void on(String server) {
        boolean a = server.equals(A);
        System.setProperty("it.base.url", "http://localhost:" + (a ? 9084 : 9085));
        System.setProperty("it.https.url", "https://localhost:" + (a ? 9447 : 9448));
    }

    @Test
    @Order(1)
    void aRollUpRunningOnOneServerIsRefusedOnTheOtherAndRunsThereOnceItEnded() throws Exception {
        on(A);
        seedTwelveMonths();
        // a pause of 4 s before each chunk: it runs for several seconds
        long running = BatchApi.submit("kpi-rollup", "{\"fullRebuild\":\"true\",\"throttleMillis\":\"4000\"}");
        waitForStep(running, "agreements");

        on(B);
        long refused = BatchApi.submit("kpi-rollup", "{}");
        JsonObject refusal = BatchApi.waitForEnd(refused);
        assertEquals("FAILED", refusal.getString("batchStatus"), refusal::toString);
        assertEquals("REFUSED: already running as instance " + running, refusal.getString("exitStatus"), refusal::toString);
        String log = BatchApi.jobLog(refused);
        assertTrue(log.contains("kpi-rollup is already running as job instance " + running + " (instance " + running)
                && log.contains(" on " + A + "@"), log);

        on(A);
        JsonObject first = BatchApi.waitForEnd(running);
        assertEquals("COMPLETED", first.getString("batchStatus"), first::toString);

        on(B);
        JsonObject after = BatchApi.waitForEnd(BatchApi.submit("kpi-rollup", "{}"));
        assertEquals("COMPLETED", after.getString("batchStatus"), "the lease was released on A and claimed on B: " + after);
    }

    @Test
    @Order(2)
    void eachFiringOfAScheduleOnBothServersStartsItsJobOnOneServerOnly() throws Exception {
        String schedule = """
                <server>
                  <variable name="dualimpact.schedule.enabled" value="true"/>
                  <variable name="dualimpact.schedule.ledger-checkpoint.cron" value="*/2 * * * * *"/>
                  <variable name="dualimpact.schedule.kpi-rollup.cron" value="*/2 * * * * *"/>
                  <variable name="dualimpact.schedule.spo-expiry.enabled" value="false"/>
                </server>
                """;
        on(A);
        long windowStart = latestInstanceId();
        Instant from = Instant.now();
        for (String server : List.of(A, B)) {
            server(server, "stop");
            Files.writeString(overrides(server).resolve("zz-schedule.xml"), schedule);
        }
        on(A);
        try {
            start(A);
            on(B);
            start(B);
            Thread.sleep(12_000); // both schedules fire every 2 seconds
        } finally {
            for (String server : List.of(A, B)) {
                Files.delete(overrides(server).resolve("zz-schedule.xml"));
                server(server, "stop");
            }
        }
        Instant to = Instant.now();
        for (String server : List.of(A, B)) {
            String messages = Files.readString(WLP.resolve("usr/servers/" + server + "/logs/messages.log"));
            assertTrue(messages.contains("Batch schedule: ledger-checkpoint at '*/2 * * * * *'"), server + " scheduled the jobs");
            assertTrue(messages.lines().anyMatch(line -> line.contains("Batch schedule: submitted ledger-checkpoint")
                    || line.contains("Batch schedule: ledger-checkpoint at ") && line.endsWith("is handled by another server")),
                    server + " acted on the firings of ledger-checkpoint");
        }
        List<String> firings = firings("ledger-checkpoint", from, to);
        assertTrue(firings.stream().filter(f -> f.contains("submitted as instance")).count() >= 3, "the schedules fired: " + firings);

        // both servers back with the schedule off: each gives back any firing lease it left, and marks any execution
        // it left running as ended, so nothing of this test blocks the jobs of the tests after it on this database
        on(B);
        start(B);
        on(A);
        start(A); // the REST API lists the jobs of both servers (one job repository)
        List<JsonObject> instances = Api.array(BatchApi.call("GET", "/ibm/api/batch/jobinstances?pageSize=500", BatchApi.OPERATOR,
                null)).stream().map(JsonValue::asJsonObject).filter(i -> i.getJsonNumber("instanceId").longValue() > windowStart)
                .toList();
        // each scheduled execution carries its firing's token ("schedule <job> <fire time> on <server>"): no firing
        // started its job twice, though both servers fired it
        for (String job : List.of("ledger-checkpoint", "kpi-rollup")) {
            List<String> tokens = instances.stream().filter(i -> i.getString("jobName").equals(job))
                    .map(i -> latestExecution(i.getJsonNumber("instanceId").longValue()))
                    .map(e -> e.getJsonObject("jobParameters").getString("leaseToken", "")).filter(t -> !t.isEmpty()).toList();
            List<String> fireTimes = tokens.stream().map(t -> t.substring(0, t.indexOf(" on "))).toList();
            assertTrue(tokens.size() >= 2, job + " was started by the schedules: " + tokens);
            assertEquals(fireTimes.stream().distinct().count(), fireTimes.size(), job + ": a firing started twice: " + tokens);
        }

        // kpi-rollup: never two executions at once, and no scheduled one refused (the firing checks the lease first)
        List<Instant[]> runs = new ArrayList<>();
        for (JsonObject i : instances.stream().filter(i -> i.getString("jobName").equals("kpi-rollup")).toList()) {
            JsonObject execution = latestExecution(i.getJsonNumber("instanceId").longValue());
            assertTrue(execution.isNull("exitStatus") || !execution.getString("exitStatus", "").startsWith("REFUSED"),
                    "a scheduled kpi-rollup was refused: " + execution);
            // an execution still running has no end time: null, or "" as the REST API may write it
            if (!execution.isNull("startTime") && !execution.isNull("endTime") && !execution.getString("startTime").isBlank()
                    && !execution.getString("endTime").isBlank()) {
                runs.add(new Instant[] {time(execution.getString("startTime")), time(execution.getString("endTime"))});
            }
        }
        assertTrue(runs.size() >= 2, "the schedules started kpi-rollup: " + instances);
        runs.sort((x, y) -> x[0].compareTo(y[0]));
        for (int k = 1; k < runs.size(); k++) {
            // the lease is released in afterJob, a moment before the batch container records the end time
            assertTrue(!runs.get(k)[0].isBefore(runs.get(k - 1)[1].minusSeconds(1)), "two kpi-rollup executions overlapped: "
                    + runs.get(k - 1)[0] + "–" + runs.get(k - 1)[1] + " and " + runs.get(k)[0] + "–" + runs.get(k)[1]);
        }
    }

    @Test
    @Order(3)
    void aRoleChangeAndAnErasureOnOneServerHoldOnTheOtherAtOnce() {
        on(A);
        String[] organisation = MembershipIT.organisationWithAdmin();
        String subject = "tom-" + MembershipIT.unique();
        String email = subject + "@supplier.example.test";
        String tom = Api.tokenWithEmail(subject, email);
        assertEquals(200, MembershipIT.accept(MembershipIT.invite(organisation[0], organisation[1], email, "supplier"), tom)
                .statusCode());
        String tomId = MembershipIT.me(tom).getString("userId");
        on(B);
        assertEquals(1, rolesOf(tom).size(), "B has read tom's membership");

        on(A);
        HttpResponse<String> changed = MembershipIT.put("/api/v1/organisations/" + organisation[0] + "/members/" + tomId
                + "/roles", organisation[1], "{\"roles\": [\"supplier\", \"organisation-admin\"]}");
        assertEquals(200, changed.statusCode(), changed::body);
        on(B);
        assertEquals(List.of("organisation-admin", "supplier"), rolesOf(tom).stream().sorted().toList(),
                "B sees the roles A changed");

        on(A);
        assertEquals(204, MembershipIT.delete("/api/v1/users/" + tomId, MembershipIT.ADMIN).statusCode());
        on(B);
        assertProblem(Api.get("/api/v1/me", tom), 403, "user-erased");
    }

    private static List<String> rolesOf(String token) {
        return MembershipIT.me(token).getJsonArray("memberships").getJsonObject(0).getJsonArray("roles")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    static Path overrides(String server) {
        return WLP.resolve("usr/servers/" + server + "/configDropins/overrides");
    }

    /** BATCH_FIRING rows of a job fired in [from, to]: "fire time | server | outcome". */
    static List<String> firings(String job, Instant from, Instant to) throws Exception {
        try (Connection c = DriverManager.getConnection(System.getenv("DI_IT_PG_URL"), System.getenv("DI_IT_PG_USER"),
                System.getenv("DI_IT_PG_PASSWORD"));
             PreparedStatement select = c.prepareStatement("SELECT FIRE_TIME, SERVER_NAME, OUTCOME FROM BATCH_FIRING "
                     + "WHERE JOB_NAME = ? AND FIRE_TIME BETWEEN ? AND ? ORDER BY FIRE_TIME")) {
            select.setString(1, job);
            select.setTimestamp(2, Timestamp.from(from));
            select.setTimestamp(3, Timestamp.from(to));
            List<String> rows = new ArrayList<>();
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getTimestamp(1).toInstant() + " | " + r.getString(2) + " | " + r.getString(3));
                }
            }
            return rows;
        }
    }

    /** A time as the batch REST API writes it: 2026/11/23 20:06:05.758 +0000. */
    static Instant time(String text) {
        return ZonedDateTime.parse(text, DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss.SSS Z")).toInstant();
    }
}
