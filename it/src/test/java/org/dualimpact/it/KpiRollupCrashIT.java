package org.dualimpact.it;

import static org.dualimpact.it.Story.ADMIN;
import static org.dualimpact.it.Story.BUYER;
import static org.dualimpact.it.Story.PROVIDER_A;
import static org.dualimpact.it.Story.SUPPLIER_A;
import static org.dualimpact.it.Story.SUPPLIER_A_ORG;
import static org.dualimpact.it.Story.created;
import static org.dualimpact.it.Story.ok;
import static org.dualimpact.it.Story.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The server running kpi-rollup is killed with SIGKILL in the middle of a chunk, started again, and the
 * job instance restarted through the batch REST API: the figures are exactly those of an uninterrupted
 * run — no row missing, none doubled. Runs on a server of its own ({@code itCrash}, copied from the
 * integration-test server of the current database, ports 9083/9446), since Arquillian's server must
 * not be killed under it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KpiRollupCrashIT {

    static final Path WLP = Path.of("target/liberty/wlp");
    static final String SERVER = "itCrash";
    static final String HTTP = "http://localhost:9083";
    static final String HTTPS = "https://localhost:9446";
    static String savedBase;
    static String savedHttps;

    @BeforeAll
    static void startOwnServer() throws Exception {
        createServer(SERVER, 9083, 9446);
        savedBase = System.getProperty("it.base.url");
        savedHttps = System.getProperty("it.https.url");
        System.setProperty("it.base.url", HTTP);
        System.setProperty("it.https.url", HTTPS);
        start();
    }

    /**
     * A server of its own, named {@code name}: a copy of the integration-test server of the current database
     * (its configuration, not its data or logs) with the EAR in dropins and its own ports. Stopped first if
     * an earlier, interrupted run left it running.
     */
    static void createServer(String name, int httpPort, int httpsPort) throws Exception {
        String template = Api.database().equals("postgresql") ? "itServerPg" : "itServer";
        Path source = WLP.resolve("usr/servers").resolve(template);
        Path target = WLP.resolve("usr/servers").resolve(name);
        server(name, "stop");
        deleteTree(target);
        Set<String> skipped = Set.of("derby", "logs", "workarea", "dropins", "apps", "tranlog", "temp", "derby.log");
        copyTree(source, target, skipped);
        Files.createDirectories(target.resolve("dropins"));
        Files.copy(Path.of(System.getProperty("it.ear")), target.resolve("dropins/dual-impact.ear"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(target.resolve("configDropins/overrides/zz-own-server.xml"), """
                <server>
                  <variable name="http.port" value="%d"/>
                  <variable name="https.port" value="%d"/>
                </server>
                """.formatted(httpPort, httpsPort));
    }

    @AfterAll
    static void stopOwnServer() throws Exception {
        try {
            server("stop");
        } finally {
            restore("it.base.url", savedBase);
            restore("it.https.url", savedHttps);
        }
    }

    @Test
    @Order(1)
    void aServerKilledMidChunkAndTheJobRestartedGiveExactlyTheFiguresOfAnUninterruptedRun() throws Exception {
        seedTwelveMonths();
        // the first run of this server's database, a pause of 4 s before each chunk's write: the server is
        // killed inside the first chunk, its agreements read, their figures not yet written
        long instance = BatchApi.submit("kpi-rollup",
                "{\"fullRebuild\":\"true\",\"agreementsPerChunk\":\"3\",\"throttleMillis\":\"4000\"}");
        waitForStep(instance, "agreements");
        Thread.sleep(1000);
        long pid = serverPid();
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start();
        assertEquals(0, kill.waitFor());
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(60, TimeUnit.SECONDS).join());
        assertTrue(ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true), "the server process is gone");

        start();
        JsonObject afterCrash = latestExecution(instance);
        assertTrue(Set.of("FAILED", "STARTED", "STOPPED").contains(afterCrash.getString("batchStatus")), afterCrash::toString);
        HttpResponse<String> restart = BatchApi.call("PUT", "/ibm/api/batch/jobinstances/" + instance
                + "?action=restart", BatchApi.OPERATOR, "{\"throttleMillis\":\"0\"}");
        assertEquals(200, restart.statusCode(), restart::body);
        JsonObject restarted = waitForLatest(instance);
        assertEquals("COMPLETED", restarted.getString("batchStatus"), restarted::toString);
        assertTrue(restarted.getString("exitStatus").startsWith("recomputed"), restarted::toString);
        String restartedLog = executionLog(restarted.getJsonNumber("executionId").longValue());
        assertTrue(restartedLog.contains("agreements to recompute in"), "the restart resumes the agreements step: " + restartedLog);
        String figures = allRows();
        assertTrue(Api.array(Api.get("/api/v1/kpis?limit=10000", ADMIN)).size() >= 12, figures);

        // an uninterrupted run over the same ledger gives exactly the same figures
        JsonObject uninterrupted = BatchApi.waitForEnd(BatchApi.submit("kpi-rollup", "{\"fullRebuild\":\"true\"}"));
        assertEquals("COMPLETED", uninterrupted.getString("batchStatus"), uninterrupted::toString);
        assertEquals(figures, allRows());
    }

    /** The job log of one execution, as text. */
    static String executionLog(long execution) {
        HttpResponse<String> log = BatchApi.call("GET", "/ibm/api/batch/jobexecutions/" + execution + "/joblogs?type=text",
                BatchApi.OPERATOR, null);
        assertEquals(200, log.statusCode(), log::body);
        return log.body();
    }

    @Test
    @Order(2)
    void theScheduleSubmitsJobsAsTheOperatorAndNeverStartsARunningJobAgain() throws Exception {
        // every 2 seconds for ledger-checkpoint and kpi-rollup, from server variables (MicroProfile Config)
        Path target = WLP.resolve("usr/servers").resolve(SERVER);
        Files.writeString(target.resolve("configDropins/overrides/zz-schedule.xml"), """
                <server>
                  <variable name="dualimpact.schedule.enabled" value="true"/>
                  <variable name="dualimpact.schedule.ledger-checkpoint.cron" value="*/2 * * * * *"/>
                  <variable name="dualimpact.schedule.kpi-rollup.cron" value="*/2 * * * * *"/>
                  <variable name="dualimpact.schedule.spo-expiry.enabled" value="false"/>
                </server>
                """);
        try {
            server("stop");
            start();
            // a scheduled kpi-rollup may hold the lease right now: then ours is refused, and we try again
            long manual = -1;
            for (int attempt = 0; attempt < 20 && manual < 0; attempt++) {
                long submitted = BatchApi.submit("kpi-rollup",
                        "{\"fullRebuild\":\"true\",\"agreementsPerChunk\":\"1\",\"throttleMillis\":\"500\"}");
                if (waitForStepOrRefusal(submitted, "agreements")) { // its lease is held from before its first step
                    manual = submitted;
                } else {
                    Thread.sleep(300);
                }
            }
            assertTrue(manual > 0, "a manual kpi-rollup got the lease");
            long windowStart = latestInstanceId();
            JsonObject done = waitForLatest(manual);
            assertTrue(Set.of("COMPLETED", "FAILED").contains(done.getString("batchStatus")), done::toString);
            Thread.sleep(5000);

            List<JsonObject> later = Api.array(BatchApi.call("GET", "/ibm/api/batch/jobinstances?pageSize=200", BatchApi.OPERATOR,
                    null)).stream().map(JsonValue::asJsonObject).filter(i -> i.getJsonNumber("instanceId").longValue() > windowStart)
                    .toList();
            List<JsonObject> checkpoints = later.stream().filter(i -> i.getString("jobName").equals("ledger-checkpoint")).toList();
            assertTrue(checkpoints.size() >= 2, "the schedule submitted ledger-checkpoint: " + later);
            checkpoints.forEach(i -> assertEquals("operator", i.getString("submitter"), i::toString));
            assertEquals("COMPLETED", done.getString("batchStatus"), "the manual run was never disturbed: " + done);
            for (JsonObject i : later.stream().filter(i -> i.getString("jobName").equals("kpi-rollup")).toList()) {
                JsonObject execution = latestExecution(i.getJsonNumber("instanceId").longValue());
                assertTrue(!execution.containsKey("exitStatus") || execution.isNull("exitStatus")
                        || !execution.getString("exitStatus").startsWith("REFUSED"),
                        "no scheduled kpi-rollup was started while one ran: " + execution);
            }
            assertTrue(later.stream().anyMatch(i -> i.getString("jobName").equals("kpi-rollup")),
                    "after the manual run ended, the schedule started kpi-rollup again: " + later);
        } finally {
            Files.delete(target.resolve("configDropins/overrides/zz-schedule.xml"));
        }
        // stopped while firing every 2 s: a firing may have claimed kpi-rollup's lease and not started the job yet.
        // On PostgreSQL that lease sits in the database every integration-test server shares; the restarted server
        // gives back its own firings' leases, so the job runs at once (and the other tests' runs are not refused)
        server("stop");
        boolean shared = Api.database().equals("postgresql");
        if (shared) {
            // make it certain rather than a matter of timing: a firing lease of this server's earlier life, and one of
            // another server (which must be left alone), as a stop between claim and job start leaves them
            String host = java.net.InetAddress.getLocalHost().getHostName();
            leaseRow("kpi-rollup", "schedule kpi-rollup 2026-01-01T01:30:00Z on " + SERVER + "@" + host);
            leaseRow("spo-expiry", "schedule spo-expiry 2026-01-01T01:00:00Z on someOtherServer@" + host);
        }
        start();
        JsonObject accepted = null;
        for (int attempt = 0; attempt < 30 && accepted == null; attempt++) {
            JsonObject run = BatchApi.waitForEnd(BatchApi.submit("kpi-rollup", "{}"));
            if ("COMPLETED".equals(run.getString("batchStatus"))) {
                accepted = run;
            } else {
                // the restarted application may still be starting its schedule (which releases the lease)
                assertTrue(run.getString("exitStatus", "").startsWith("REFUSED"), run::toString);
                Thread.sleep(1000);
            }
        }
        assertTrue(accepted != null, "after a restart with the schedule off, kpi-rollup runs: no firing's lease is left");
        if (shared) {
            String messages = Files.readString(WLP.resolve("usr/servers/" + SERVER + "/logs/messages.log"));
            assertTrue(messages.contains("Batch schedule: released the lease of kpi-rollup that a firing of this server claimed"),
                    "the restarted server said it gave its firing's lease back");
            assertTrue(!messages.contains("released the lease of spo-expiry"), "another server's firing is not this server's to release");
            try (java.sql.Connection c = pg(); java.sql.Statement s = c.createStatement();
                 java.sql.ResultSet other = s.executeQuery("SELECT INSTANCE_ID FROM BATCH_LEASE WHERE JOB_NAME = 'spo-expiry'")) {
                assertTrue(other.next() && other.getLong(1) == -1, "the other server's firing lease is still held");
            } finally {
                leaseRow("spo-expiry", null); // free it for the other tests on this database
            }
        }
    }

    /** PostgreSQL, shared by every server of the integration tests. */
    static java.sql.Connection pg() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(System.getenv("DI_IT_PG_URL"), System.getenv("DI_IT_PG_USER"),
                System.getenv("DI_IT_PG_PASSWORD"));
    }

    /** Sets a job's lease to a firing's (claimed a minute ago, for an hour), or frees it (holder null). */
    static void leaseRow(String job, String firingHolder) throws java.sql.SQLException {
        try (java.sql.Connection c = pg();
             java.sql.PreparedStatement update = c.prepareStatement(firingHolder == null
                     ? "UPDATE BATCH_LEASE SET HOLDER = NULL, INSTANCE_ID = NULL, CLAIMED_AT = NULL, EXPIRES_AT = NULL WHERE JOB_NAME = ?"
                     : "UPDATE BATCH_LEASE SET HOLDER = ?, INSTANCE_ID = -1, CLAIMED_AT = CURRENT_TIMESTAMP - INTERVAL '1 minute', "
                             + "EXPIRES_AT = CURRENT_TIMESTAMP + INTERVAL '1 hour' WHERE JOB_NAME = ?");
             java.sql.PreparedStatement insert = c.prepareStatement("INSERT INTO BATCH_LEASE (JOB_NAME) SELECT ? WHERE NOT EXISTS "
                     + "(SELECT 1 FROM BATCH_LEASE WHERE JOB_NAME = ?)")) {
            insert.setString(1, job);
            insert.setString(2, job);
            insert.executeUpdate();
            if (firingHolder == null) {
                update.setString(1, job);
            } else {
                update.setString(1, firingHolder);
                update.setString(2, job);
            }
            update.executeUpdate();
        }
    }

    static long latestInstanceId() {
        return Api.array(BatchApi.call("GET", "/ibm/api/batch/jobinstances?pageSize=200", BatchApi.OPERATOR, null)).stream()
                .mapToLong(i -> i.asJsonObject().getJsonNumber("instanceId").longValue()).max().orElse(0);
    }

    /** One contracted agreement of supplier A, a contribution in each of the last twelve months: twelve slices at least. */
    static void seedTwelveMonths() {
        String word = "crash" + Story.unique();
        String provision = Story.auditedProvision(word);
        String tender = Story.openTender("Crash " + word);
        String ref = Story.submitted(SUPPLIER_A, provision, tender);
        Story.award(tender, SUPPLIER_A_ORG);
        ok(post("/api/v1/spos/" + ref + "/signatures", SUPPLIER_A, null));
        ok(post("/api/v1/spos/" + ref + "/signatures", PROVIDER_A, null));
        YearMonth now = YearMonth.from(Story.today());
        ok(post("/api/v1/spos/" + ref + "/contract", BUYER, """
                {"contractReference": "TVP-C-%s", "start": "%s", "end": "%s", "value": 90000.00}
                """.formatted(word, now.minusMonths(12).atDay(1), Story.today().plusMonths(12))));
        for (int k = 11; k >= 0; k--) {
            created(post("/api/v1/agreements/" + ref + "/contributions", SUPPLIER_A, """
                    {"type": "FINANCIAL", "value": %d.00, "measureCode": "NT1", "deliveryDate": "%s", "commitmentLine": 1}
                    """.formatted(10 + k, now.minusMonths(k).atDay(1))));
        }
    }

    static String allRows() {
        HttpResponse<String> response = Api.get("/api/v1/kpis?limit=10000", ADMIN);
        assertEquals(200, response.statusCode(), response::body);
        return response.body();
    }

    static void waitForStep(long instance, String step) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            JsonObject execution = latestExecution(instance);
            long id = execution.getJsonNumber("executionId").longValue();
            HttpResponse<String> steps = BatchApi.call("GET", "/ibm/api/batch/jobexecutions/" + id + "/stepexecutions",
                    BatchApi.OPERATOR, null);
            if (steps.statusCode() == 200 && Api.array(steps).stream().map(JsonValue::asJsonObject)
                    .anyMatch(s -> s.getString("stepName", "").equals(step))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("step " + step + " of instance " + instance + " never started");
    }

    /** True once the step started; false when the execution was refused (another instance held the lease). */
    static boolean waitForStepOrRefusal(long instance, String step) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            JsonObject execution = latestExecution(instance);
            if (execution.getString("exitStatus", "").startsWith("REFUSED")
                    || execution.getString("batchStatus").equals("FAILED")) {
                return false;
            }
            long id = execution.getJsonNumber("executionId").longValue();
            HttpResponse<String> steps = BatchApi.call("GET", "/ibm/api/batch/jobexecutions/" + id + "/stepexecutions",
                    BatchApi.OPERATOR, null);
            if (steps.statusCode() == 200 && Api.array(steps).stream().map(JsonValue::asJsonObject)
                    .anyMatch(s -> s.getString("stepName", "").equals(step))) {
                return true;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("step " + step + " of instance " + instance + " never started");
    }

    static JsonObject latestExecution(long instance) {
        return Api.array(BatchApi.call("GET", "/ibm/api/batch/jobinstances/" + instance + "/jobexecutions", BatchApi.OPERATOR,
                null)).stream().map(JsonValue::asJsonObject)
                .max((a, b) -> Long.compare(a.getJsonNumber("executionId").longValue(), b.getJsonNumber("executionId").longValue()))
                .orElseThrow();
    }

    static JsonObject waitForLatest(long instance) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        JsonObject e;
        do {
            Thread.sleep(300);
            e = latestExecution(instance);
        } while (!Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(e.getString("batchStatus"))
                && Instant.now().isBefore(deadline));
        return e;
    }

    static void start() throws Exception {
        start(SERVER);
    }

    /** Starts the server and waits until the API and the batch API answer at it.base.url / it.https.url. */
    static void start(String name) throws Exception {
        assertEquals(0, server(name, "start"), "server " + name + " starts");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (Api.get("/api/v1/territories", null).statusCode() == 200
                        && BatchApi.call("GET", "/ibm/api/batch/jobinstances", BatchApi.OPERATOR, null).statusCode() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // connection refused while the application starts
            }
            Thread.sleep(500);
        }
        throw new AssertionError(name + " did not become ready");
    }

    static long serverPid() throws IOException {
        Path pidFile = WLP.resolve("usr/servers/.pid/" + SERVER + ".pid");
        if (Files.exists(pidFile)) {
            return Long.parseLong(Files.readString(pidFile).strip());
        }
        Optional<ProcessHandle> process = ProcessHandle.allProcesses().filter(p -> p.info().commandLine()
                .map(c -> c.contains("ws-server.jar") && c.contains(SERVER)).orElse(false)).findFirst();
        return process.orElseThrow(() -> new AssertionError("no process of " + SERVER)).pid();
    }

    static int server(String action) throws Exception {
        return server(SERVER, action);
    }

    static int server(String name, String action) throws Exception {
        Process process = new ProcessBuilder(WLP.resolve("bin/server").toAbsolutePath().toString(), action, name)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                        Path.of("target/" + name + "-commands.log").toFile())).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("server " + action + " timed out");
        }
        return process.exitValue();
    }

    static void copyTree(Path source, Path target, Set<String> skipped) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(source) && skipped.contains(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(target.resolve(source.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!skipped.contains(file.getFileName().toString())) {
                    Files.copy(file, target.resolve(source.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }

    static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
