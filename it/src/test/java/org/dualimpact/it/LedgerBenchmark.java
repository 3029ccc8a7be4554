package org.dualimpact.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.dualimpact.kernel.ledger.ContributionLedger;
import org.dualimpact.kernel.ledger.ExportLine;
import org.dualimpact.kernel.ledger.LedgerHead;
import org.dualimpact.kernel.ledger.Merkle;
import org.dualimpact.kernel.ledger.PersonalData;
import org.dualimpact.kernel.ledger.TreeHead;
import org.dualimpact.kernel.ledger.LedgerAppender;
import org.dualimpact.kernel.ledger.LedgerEntry;
import org.dualimpact.kernel.ledger.PendingEntry;
import org.dualimpact.ledger.store.JdbcContributionLedger;
import org.dualimpact.ledger.store.Sequencer;
import org.dualimpact.persistence.schema.SchemaMigrations;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Ledger append throughput at the ledger adapter, in-process, on PostgreSQL when DI_IT_PG_URL is set
 * (else embedded Derby): one entry per transaction with 1 and 16 writers, group commit (100 entries
 * per transaction) with 1 and 16 writers, and a raw JDBC batched INSERT of rows of the same shape in
 * the same run. Not a test: run with {@code mvn -pl it -am -Pbench package -Dtest=LedgerBenchmark} (see README); results go to
 * the console and target/ledger-bench.md.
 */
@Tag("bench")
class LedgerBenchmark {

    @Test
    void appendThroughput() throws Exception {
        DataSource db = database();
        new SchemaMigrations(db).migrate();
        StringBuilder report = new StringBuilder("| case | entries | appends/s | p99 per commit (ms) |\n|---|---|---|---|\n");
        run(report, "adapter, 1 writer, 1 entry per commit", db, 1, 1, 1500);
        run(report, "adapter, 16 writers, 1 entry per commit", db, 16, 1, 3000);
        run(report, "adapter, 1 writer, group commit of 100", db, 1, 100, 30000);
        run(report, "adapter, 16 writers, group commit of 100", db, 16, 100, 48000);
        run(report, "adapter, 1 writer, group commit of 1000", db, 1, 1000, 100000);
        run(report, "adapter, 16 writers, group commit of 1000", db, 16, 1000, 96000);
        sequenced(report, db, 16, 16000);
        sequenced(report, db, 256, 100000);
        raw(report, db, 100, 30000, false);
        raw(report, db, 100, 30000, true);
        raw(report, db, 1000, 100000, false);
        raw(report, db, 1000, 100000, true);
        String text = "Database: " + name(db) + ", " + Runtime.getRuntime().availableProcessors() + " cores\n\n" + report;
        System.out.println(text);
        Files.writeString(Path.of("target/ledger-bench.md"), text);
    }

    private static void run(StringBuilder report, String name, DataSource db, int writers, int batch, int total)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        int commitsPerWriter = total / writers / batch;
        List<Future<long[]>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            results.add(pool.submit(() -> {
                TransactionPerAppend tx = new TransactionPerAppend(db);
                LedgerAppender ledger = new LedgerAppender(new JdbcContributionLedger(tx.dataSource()), Clock.systemUTC());
                long[] latencies = new long[commitsPerWriter];
                for (int c = 0; c < commitsPerWriter; c++) {
                    List<PendingEntry> pending = new ArrayList<>(batch);
                    for (int i = 0; i < batch; i++) {
                        pending.add(new PendingEntry(Contributions.volunteering(3), "SPO-TVP-2026-000042-E",
                                "GB-COH-09000001", "writer-" + writer, Map.of("description", "Mentoring session " + c + "/" + i)));
                    }
                    long t0 = System.nanoTime();
                    tx.begin();
                    try {
                        ledger.appendAll(pending);
                        tx.commit();
                    } catch (RuntimeException e) {
                        tx.rollback();
                        throw e;
                    }
                    latencies[c] = System.nanoTime() - t0;
                }
                tx.close();
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : results) {
            Arrays.stream(f.get()).forEach(all::add);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        line(report, name, all.size() * batch, seconds, all);
    }

    /**
     * An export of 1,000,000 entries (built by the real appender, each with an actor and a description
     * under commitment) verified by the offline verifier in a JVM of its own, as an auditor runs it.
     * Also records the size of an inclusion proof at that size.
     */
    @Test
    void offlineVerificationOfAMillionEntries() throws Exception {
        int total = 1_000_000;
        Path export = Path.of("target/bench-export.jsonl");
        Path headFile = Path.of("target/bench-head.json");
        Path key = Path.of("target/bench-key.pem");
        ExportWriter.write(total, export, headFile, key);
        Path verifierClasses = Path.of(System.getProperty("it.project.root", "..")).resolve("ledger-verifier/target/classes");
        List<String> runs = new ArrayList<>();
        String output = "";
        for (int run = 0; run < 3; run++) { // the first run may share the disk with the write-back of the export
            long t0 = System.nanoTime();
            Process verifier = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    verifierClasses.toString(), "org.dualimpact.verifier.Verify", "--export", export.toString(), "--tree-head",
                    headFile.toString(), "--public-key", key.toString()).redirectErrorStream(true).start();
            output = new String(verifier.getInputStream().readAllBytes()).strip();
            int exit = verifier.waitFor();
            runs.add(String.format("%.2f s", (System.nanoTime() - t0) / 1e9));
            if (exit != 0) {
                throw new AssertionError("the verifier refused the export: " + output);
            }
        }
        long bytes = Files.size(export);
        if (!Boolean.getBoolean("bench.keepExport")) {
            Files.delete(export);
        }
        int proofBytes = 32 * (int) Math.ceil(Math.log(total) / Math.log(2));
        String text = String.format("Offline verification (verifier in its own JVM, cold start, 3 runs): %,d entries, %,d MB "
                + "export, %s — %s%nInclusion proof at n = %,d: at most 32·⌈log2 n⌉ = %d bytes%n", total, bytes >> 20,
                String.join(", ", runs), output, total, proofBytes);
        System.out.print(text);
        Files.writeString(Path.of("target/ledger-verify-bench.md"), text);
    }

    /**
     * The product's path: writer threads each send one entry at a time and wait for it to be durable;
     * the {@link Sequencer} appends whatever has queued up in one transaction (up to 1,000 entries).
     * Latency here is per request (one entry), not per commit.
     */
    private static void sequenced(StringBuilder report, DataSource db, int writers, int total) throws Exception {
        TransactionPerAppend tx = new TransactionPerAppend(db);
        LedgerAppender appender = new LedgerAppender(new JdbcContributionLedger(tx.dataSource()), Clock.systemUTC());
        Sequencer sequencer = new Sequencer(Thread::new, batch -> {
            try {
                tx.begin();
                List<LedgerEntry> written = appender.appendAll(batch);
                tx.commit();
                return written;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }, 1000);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        int perWriter = total / writers;
        List<Future<long[]>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            results.add(pool.submit(() -> {
                long[] latencies = new long[perWriter];
                for (int i = 0; i < perWriter; i++) {
                    PendingEntry entry = new PendingEntry(Contributions.volunteering(3), "SPO-TVP-2026-000042-E",
                            "GB-COH-09000001", "writer-" + writer, Map.of("description", "Mentoring session " + i));
                    long t0 = System.nanoTime();
                    sequencer.write(List.of(entry));
                    latencies[i] = System.nanoTime() - t0;
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : results) {
            Arrays.stream(f.get()).forEach(all::add);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        sequencer.stop();
        line(report, "sequencer (group commit up to 1000), " + writers + " writers, 1 entry per request, p99 per request",
                all.size(), seconds, all);
    }

    /**
     * The baseline: plain JDBC batched INSERTs (the driver's batching, with PostgreSQL's multi-row
     * rewrite switched on) into tables of the same shape and indexes as the ledger's, without guards;
     * either the entry rows alone, or every row the ledger writes per entry (entry, personal data,
     * one node row per 16 entries).
     */
    private static void raw(StringBuilder report, DataSource db, int batch, int total, boolean sameRows) throws Exception {
        String suffix = suffix(db);
        String entries = "BENCH_ENTRY_" + suffix;
        String personal = "BENCH_PERSONAL_" + suffix;
        String nodes = "BENCH_NODE_" + suffix;
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + entries + " (SEQ BIGINT NOT NULL PRIMARY KEY, RECORDED_AT TIMESTAMP NOT NULL, "
                    + "ENTRY_TYPE VARCHAR(32) NOT NULL, AGREEMENT_REF VARCHAR(30) NOT NULL, ORGANISATION_ID VARCHAR(40) NOT NULL, "
                    + "ACTOR_COMMITMENT VARCHAR(64) NOT NULL, PAYLOAD VARCHAR(4000) NOT NULL, LEAF_HASH VARCHAR(64) NOT NULL)");
            s.execute("CREATE INDEX " + entries + "_AGR ON " + entries + " (AGREEMENT_REF, SEQ)");
            s.execute("CREATE TABLE " + personal + " (SEQ BIGINT NOT NULL PRIMARY KEY, FIELDS VARCHAR(16000) NOT NULL)");
            s.execute("CREATE TABLE " + nodes + " (LVL INTEGER NOT NULL, IDX BIGINT NOT NULL, HASH VARCHAR(64) NOT NULL, "
                    + "PRIMARY KEY (LVL, IDX))");
        }
        String hash = "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d";
        List<Long> latencies = new ArrayList<>();
        long start = System.nanoTime();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement entry = c.prepareStatement("INSERT INTO " + entries + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement data = c.prepareStatement("INSERT INTO " + personal + " VALUES (?, ?)");
                 PreparedStatement node = c.prepareStatement("INSERT INTO " + nodes + " VALUES (?, ?, ?)")) {
                long seq = 0;
                for (int b = 0; b < total / batch; b++) {
                    long t0 = System.nanoTime();
                    for (int i = 0; i < batch; i++, seq++) {
                        entry.setLong(1, seq);
                        entry.setTimestamp(2, Timestamp.from(Instant.now()));
                        entry.setString(3, "CONTRIBUTION_RECORDED");
                        entry.setString(4, "SPO-TVP-2026-000042-E");
                        entry.setString(5, "GB-COH-09000001");
                        entry.setString(6, hash);
                        entry.setString(7, "{\"contributionType\":\"VOLUNTEERING\",\"deliveryDate\":\"2026-11-01\","
                                + "\"description\":\"" + hash + "\",\"measureCode\":\"NT7\",\"quantity\":\"3\","
                                + "\"unit\":\"hours\"}");
                        entry.setString(8, hash);
                        entry.addBatch();
                        if (sameRows) {
                            data.setLong(1, seq);
                            data.setString(2, "{\"actor\":{\"salt\":\"" + hash.substring(32) + "\",\"text\":\"writer-0\"},"
                                    + "\"description\":{\"salt\":\"" + hash.substring(32) + "\",\"text\":\"Mentoring session "
                                    + seq + "\"}}");
                            data.addBatch();
                            if (seq % 16 == 15) {
                                node.setInt(1, 4);
                                node.setLong(2, seq / 16);
                                node.setString(3, hash);
                                node.addBatch();
                            }
                        }
                    }
                    entry.executeBatch();
                    if (sameRows) {
                        data.executeBatch();
                        node.executeBatch();
                    }
                    c.commit();
                    latencies.add(System.nanoTime() - t0);
                }
            }
        }
        line(report, "raw JDBC batched INSERT, " + (sameRows ? "the same rows as the ledger" : "entry rows only")
                + ", " + batch + " entries per commit", total, (System.nanoTime() - start) / 1e9, latencies);
    }

    private static void line(StringBuilder report, String name, int entries, double seconds, List<Long> latencies) {
        latencies.sort(null);
        double p99 = latencies.get(Math.min(latencies.size() - 1, (int) Math.ceil(latencies.size() * 0.99) - 1)) / 1e6;
        String row = String.format("| %s | %d | %,.0f | %.1f |%n", name, entries, entries / seconds, p99);
        System.out.print(row);
        report.append(row);
    }

    private static String suffix(DataSource db) {
        return Integer.toHexString(System.identityHashCode(db)) + Long.toHexString(System.nanoTime() & 0xffff);
    }

    private static String name(DataSource db) {
        return db instanceof PGSimpleDataSource ? "PostgreSQL" : "embedded Derby";
    }

    private static DataSource database() throws Exception {
        String url = System.getenv("DI_IT_PG_URL");
        if (url == null) {
            EmbeddedDataSource derby = new EmbeddedDataSource();
            derby.setDatabaseName("target/ledger-bench-" + UUID.randomUUID());
            derby.setCreateDatabase("create");
            derby.setUser("dualimpact");
            return derby;
        }
        String schema = "ledger_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setUrl(url);
        admin.setUser(System.getenv("DI_IT_PG_USER"));
        admin.setPassword(System.getenv("DI_IT_PG_PASSWORD"));
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(url);
        pg.setUser(System.getenv("DI_IT_PG_USER"));
        pg.setPassword(System.getenv("DI_IT_PG_PASSWORD"));
        pg.setCurrentSchema(schema);
        pg.setReWriteBatchedInserts(true); // the raw baseline at its best; the ledger writes multi-row INSERTs itself
        return pg;
    }
}
