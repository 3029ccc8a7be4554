package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.dualimpact.kernel.ledger.LedgerEntry;
import org.dualimpact.kernel.ledger.TreeHead;
import org.dualimpact.ledger.store.Ed25519TreeHeadSigner;
import org.dualimpact.ledger.store.JdbcContributionLedger;
import org.dualimpact.persistence.schema.SchemaMigrations;
import org.dualimpact.verifier.Verify;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The ledger under real processes: a writer JVM killed with SIGKILL mid-flight loses no acknowledged
 * entry and leaves a chain without gap or double; two writer JVMs on one PostgreSQL build one valid
 * chain holding every acknowledged entry.
 */
class LedgerProcessesTest {

    @Test
    void aWriterKilledMidFlightLosesNoAcknowledgedEntry() throws Exception {
        String dir = Path.of("target/ledger-kill-" + UUID.randomUUID()).toAbsolutePath().toString();
        Process writer = start("derby", dir, "killed", "1000000");
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        Thread reader = follow(writer, acknowledged);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (acknowledged.size() < 150 && Instant.now().isBefore(deadline) && writer.isAlive()) {
            Thread.sleep(20);
        }
        writer.destroyForcibly(); // SIGKILL: no shutdown hook, no clean Derby shutdown
        assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
        reader.join(5000);
        assertTrue(acknowledged.size() >= 150, "the writer acknowledged only " + acknowledged.size());

        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(dir);
        derby.setUser("dualimpact");
        checkChain(derby, acknowledged);
    }

    @Test
    void twoWriterJvmsOnOnePostgresqlBuildOneChain() throws Exception {
        String url = System.getenv("DI_IT_PG_URL");
        if (url == null) {
            System.out.println("LedgerProcessesTest: DI_IT_PG_URL not set, two-JVM PostgreSQL test not run (.ci/run sets it)");
            return;
        }
        String schema = "ledger_jvms_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PGSimpleDataSource admin = pg(url, null);
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        try {
            // the schema is migrated once before the race, as a first server start would
            new SchemaMigrations(pg(url, schema)).migrate();
            Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
            List<Process> writers = List.of(start("postgresql", url, schema, "jvm-a", "300"),
                    start("postgresql", url, schema, "jvm-b", "300"));
            List<Thread> readers = new ArrayList<>();
            for (Process p : writers) {
                readers.add(follow(p, acknowledged));
            }
            for (Process p : writers) {
                assertTrue(p.waitFor(5, TimeUnit.MINUTES), "a writer JVM did not finish");
                assertEquals(0, p.exitValue());
            }
            for (Thread t : readers) {
                t.join(5000);
            }
            assertEquals(600, acknowledged.size());
            checkChain(pg(url, schema), acknowledged);
        } finally {
            try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void checkChain(DataSource dataSource, Set<Long> acknowledged) throws Exception {
        JdbcContributionLedger ledger = new JdbcContributionLedger(dataSource);
        List<LedgerEntry> entries = ledger.entries(Optional.empty(), 0, Long.MAX_VALUE);
        assertEquals(ledger.size(), entries.size());
        Set<Long> present = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            assertEquals(i, entries.get(i).sequence(), "sequence numbers must run without gap or double");
            present.add(entries.get(i).sequence());
        }
        assertTrue(present.containsAll(acknowledged), "an acknowledged entry is missing");
        Ed25519TreeHeadSigner signer = LedgerStoreTest.devSigner();
        TreeHead head = LedgerStoreTest.head(ledger, signer, entries.size());
        Verify.Result result = Verify.verify(LedgerStoreTest.export(ledger, entries.size()), LedgerStoreTest.json(head),
                signer.publicKeyPem(), null);
        assertTrue(result.valid(), result.message());
    }

    private static PGSimpleDataSource pg(String url, String schema) {
        return LedgerStoreTest.pg(url, schema);
    }

    private static Process start(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LedgerAppender.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static Thread follow(Process process, Set<Long> acknowledged) {
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("ack ")) {
                        acknowledged.add(Long.parseLong(line.substring(4)));
                    } else if (!line.equals("ready") && !line.equals("done")) {
                        System.out.println("[writer] " + line);
                    }
                }
            } catch (Exception ignored) {
                // the process was killed
            }
        });
        reader.setDaemon(true);
        reader.start();
        return reader;
    }
}
