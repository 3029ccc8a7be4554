package org.dualimpact.it;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
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
import org.dualimpact.kernel.ledger.EntryType;
import org.dualimpact.kernel.ledger.LedgerService;
import org.dualimpact.kernel.ledger.LedgerService.PendingEntry;
import org.dualimpact.kernel.spo.SpoRepository;
import org.dualimpact.ledger.store.Ed25519TreeHeadSigner;
import org.dualimpact.ledger.store.JdbcContributionLedger;
import org.dualimpact.persistence.schema.SchemaMigrations;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Ledger append throughput at the ledger adapter, in-process, on PostgreSQL when DI_IT_PG_URL is set
 * (else embedded Derby): one entry per transaction with 1 and 16 writers, group commit (100 entries
 * per transaction) with 1 and 16 writers, and a raw JDBC batched INSERT of rows of the same shape in
 * the same run. Not a test: run with {@code mvn -pl it -am -Pbench test} (see README); results go to
 * the console and target/ledger-bench.md.
 */
@Tag("bench")
class LedgerBenchmark {

    private static final Path DEV = Path.of(System.getProperty("it.project.root", "..")).resolve("server-config/dev");

    @Test
    void appendThroughput() throws Exception {
        DataSource db = database();
        new SchemaMigrations(db).migrate();
        StringBuilder report = new StringBuilder("| case | entries | appends/s | p99 per commit (ms) |\n|---|---|---|---|\n");
        run(report, "adapter, 1 writer, 1 entry per commit", db, 1, 1, 1500);
        run(report, "adapter, 16 writers, 1 entry per commit", db, 16, 1, 3000);
        run(report, "adapter, 1 writer, group commit of 100", db, 1, 100, 30000);
        run(report, "adapter, 16 writers, group commit of 100", db, 16, 100, 48000);
        raw(report, db, 100, 30000);
        String text = "Database: " + name(db) + ", " + Runtime.getRuntime().availableProcessors() + " cores\n\n" + report;
        System.out.println(text);
        Files.writeString(Path.of("target/ledger-bench.md"), text);
    }

    private static void run(StringBuilder report, String name, DataSource db, int writers, int batch, int total)
            throws Exception {
        Ed25519TreeHeadSigner signer = new Ed25519TreeHeadSigner(Files.readString(DEV.resolve("dev-ledger-ed25519.pem")),
                Files.readString(DEV.resolve("dev-ledger-ed25519-public.pem")));
        SpoRepository unused = (SpoRepository) Proxy.newProxyInstance(SpoRepository.class.getClassLoader(),
                new Class<?>[] {SpoRepository.class}, (p, m, a) -> {
                    throw new UnsupportedOperationException();
                });
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        int commitsPerWriter = total / writers / batch;
        List<Future<long[]>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            results.add(pool.submit(() -> {
                TransactionPerAppend tx = new TransactionPerAppend(db);
                LedgerService ledger = new LedgerService(new JdbcContributionLedger(tx.dataSource()), unused, signer,
                        Clock.systemUTC());
                long[] latencies = new long[commitsPerWriter];
                for (int c = 0; c < commitsPerWriter; c++) {
                    List<PendingEntry> pending = new ArrayList<>(batch);
                    for (int i = 0; i < batch; i++) {
                        pending.add(new PendingEntry(EntryType.CONTRIBUTION_RECORDED, "SPO-TVP-2026-000042-E",
                                "GB-COH-09000001", "writer-" + writer, Map.of("contributionType", "VOLUNTEERING",
                                        "quantity", "3", "unit", "hours", "measureCode", "NT7", "deliveryDate", "2026-11-01"),
                                Map.of("description", "Mentoring session " + c + "/" + i)));
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

    private static void raw(StringBuilder report, DataSource db, int batch, int total) throws Exception {
        String table = "BENCH_RAW_" + suffix(db);
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + table + " (SEQ BIGINT NOT NULL PRIMARY KEY, RECORDED_AT TIMESTAMP NOT NULL, "
                    + "ENTRY_TYPE VARCHAR(32) NOT NULL, AGREEMENT_REF VARCHAR(30) NOT NULL, ORGANISATION_ID VARCHAR(40) NOT NULL, "
                    + "ACTOR_COMMITMENT VARCHAR(64) NOT NULL, PAYLOAD VARCHAR(4000) NOT NULL, LEAF_HASH VARCHAR(64) NOT NULL)");
        }
        List<Long> latencies = new ArrayList<>();
        long start = System.nanoTime();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                long seq = 0;
                for (int b = 0; b < total / batch; b++) {
                    long t0 = System.nanoTime();
                    for (int i = 0; i < batch; i++) {
                        insert.setLong(1, seq++);
                        insert.setTimestamp(2, java.sql.Timestamp.from(Instant.now()));
                        insert.setString(3, "CONTRIBUTION_RECORDED");
                        insert.setString(4, "SPO-TVP-2026-000042-E");
                        insert.setString(5, "GB-COH-09000001");
                        insert.setString(6, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
                        insert.setString(7, "{\"contributionType\":\"VOLUNTEERING\",\"quantity\":\"3\",\"unit\":\"hours\"}");
                        insert.setString(8, "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    c.commit();
                    latencies.add(System.nanoTime() - t0);
                }
            }
        }
        line(report, "raw JDBC batched INSERT, 1 writer, 100 rows per commit", total, (System.nanoTime() - start) / 1e9,
                latencies);
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
        return pg;
    }
}
