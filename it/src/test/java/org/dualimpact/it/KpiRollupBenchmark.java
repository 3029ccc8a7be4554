package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.dualimpact.importing.ShippedFiles;
import org.dualimpact.kernel.rollup.RollupRequest;
import org.dualimpact.kernel.rollup.RollupRun;
import org.dualimpact.kernel.rollup.MeasureReference;
import org.dualimpact.kernel.rollup.RollupService;
import org.dualimpact.kernel.rollup.KpiFigures;
import org.dualimpact.kernel.territory.ReferenceData;
import org.dualimpact.kernel.territory.Region;
import org.dualimpact.kernel.territory.Territory;
import org.dualimpact.kernel.territory.TerritoryRepository;
import org.dualimpact.ledger.store.JdbcContributionLedger;
import org.dualimpact.persistence.rollup.JdbcAgreementSource;
import org.dualimpact.persistence.rollup.JdbcRollupStore;
import org.dualimpact.persistence.schema.SchemaMigrations;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * kpi-rollup over 1,000,000 and 10,000,000 ledger entries on PostgreSQL, against one hand-written SQL
 * GROUP BY (jsonb over the ledger's payloads) producing the same figures in the same run, and a check
 * that both give exactly the same rows. Data are generated with SQL ({@code generate_series}) in a
 * bench-only schema ({@code rollup_bench}, dropped first). The roll-up runs in-process with the job's
 * own code and shape: the same kernel service and JDBC adapters, the agreements step in 2 partitions
 * (threads) of 100 agreements per transaction, then the SQL grouping of the complete step — without the
 * batch container's checkpoint bookkeeping. A warm-up run over {@code bench.warmup} entries
 * (default 200,000; not reported) comes first. The report gives the CPU time each side used besides
 * the elapsed time, read from /proc when PostgreSQL runs on this machine: the SQL's backend (its plan
 * has no parallel workers); for the roll-up, this JVM and every PostgreSQL process (its backends and
 * the server's background work during the run). Not a test: {@code mvn -pl it -am -Pbench test
 * -DskipITs -Dtest=KpiRollupBenchmark} with DI_IT_PG_URL/USER/PASSWORD set; sizes with
 * {@code -Dbench.sizes=1000000,10000000}; results in target/kpi-rollup-bench.md.
 */
@Tag("bench")
class KpiRollupBenchmark {

    /** The schema of the data ({@code -Dbench.schema}), so that sizes can be kept side by side between sessions. */
    static final String SCHEMA = System.getProperty("bench.schema", "rollup_bench");
    static final int ENTRIES_PER_AGREEMENT = 100;

    @Test
    void rollupAgainstSqlGroupBy() throws Exception {
        String url = System.getenv("DI_IT_PG_URL");
        assertTrue(url != null, "set DI_IT_PG_URL, DI_IT_PG_USER, DI_IT_PG_PASSWORD: the benchmark runs on PostgreSQL");
        StringBuilder report = new StringBuilder("| ledger entries | agreements | KPI rows | SQL GROUP BY (s) | its CPU (s) | kpi-rollup, "
                + "first run (s) | of which plan and agreements steps (s) | its CPU: JVM + PostgreSQL (s) | ratio | kpi-rollup, full rebuild (s) "
                + "| ratio | incremental run after +1 % entries (s) |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        // warm-up (not reported): the JIT compiles the roll-up's code first, so no size pays for it and
        // the figures do not depend on the order of the sizes
        long warmup = Long.parseLong(System.getProperty("bench.warmup", "200000"));
        if (warmup > 0) {
            run(url, warmup, new StringBuilder(), SCHEMA + "_warmup");
        }
        for (String size : System.getProperty("bench.sizes", "1000000,10000000").split(",")) {
            run(url, Long.parseLong(size.strip()), report, SCHEMA);
        }
        String text = "PostgreSQL on the same machine, " + Runtime.getRuntime().availableProcessors() + " cores (max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB)\n\n" + report;
        System.out.println(text);
        Files.writeString(Path.of("target/kpi-rollup-bench.md"), text);
    }

    /**
     * A run split over several sessions (each short enough for a shared machine). {@code -Dbench.stop=generated},
     * {@code first} or {@code rebuild} ends after generating the data, after the first run, or after the full
     * rebuild. {@code -Dbench.reuse=true} then goes on from where the data left off: the first run when the
     * ledger holds exactly the size asked for and nothing else ran on it, the full rebuild after a first run,
     * the incremental run after a full rebuild; {@code -Dbench.from=first} measures the first run again (the
     * roll-up's tables and the SQL result emptied). The figures of earlier sessions are kept in BENCH_TIME.
     */
    static final String STOP = System.getProperty("bench.stop", "");

    private void run(String url, long entries, StringBuilder report, String schema) throws Exception {
        PGSimpleDataSource db = LedgerStoreTest.pg(url, schema);
        long agreements = entries / ENTRIES_PER_AGREEMENT;
        String phase = Boolean.getBoolean("bench.reuse") && schema.equals(SCHEMA) ? phase(db, entries) : "generate";
        if (phase.equals("generate")) {
            PGSimpleDataSource admin = LedgerStoreTest.pg(url, null);
            try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                s.execute("CREATE SCHEMA " + schema);
            }
            new SchemaMigrations(db).migrate();
            long t0 = System.nanoTime();
            generate(db, agreements, 0, entries);
            System.out.printf("generated %,d entries in %.1f s%n", entries, seconds(t0));
            phase = "first";
        }
        if (STOP.equals("generated")) {
            return;
        }
        System.out.println("bench: " + phase + " at " + entries + " entries");
        sql(db, "CREATE TABLE IF NOT EXISTS BENCH_TIME (NAME VARCHAR(40) PRIMARY KEY, SECONDS DOUBLE PRECISION)");
        if (phase.equals("first")) {
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                long backend = backendPid(c); // the SQL's CPU: its backend's alone (its plan has no parallel workers)
                double cpu = processCpuSeconds(backend);
                long sql = System.nanoTime();
                s.execute("CREATE TABLE KPI_SQL AS " + GROUP_BY);
                time(db, "sql", seconds(sql));
                time(db, "sql cpu", processCpuSeconds(backend) - cpu);
            }
            time(db, "kpi rows", count(db, "SELECT COUNT(*) FROM KPI_SQL"));
            long first = System.nanoTime();
            long jvmCpu = processCpuNanos();
            double pgCpu = postgresCpuSeconds();
            rollup(db, 1, true);
            time(db, "first", seconds(first));
            time(db, "first agreements", agreementsSeconds);
            time(db, "first jvm cpu", (processCpuNanos() - jvmCpu) / 1e9);
            time(db, "first pg cpu", postgresCpuSeconds() - pgCpu);
            System.out.printf("first run: %.1f s; CPU of this JVM %.1f s, of PostgreSQL %s s%n", time(db, "first"),
                    time(db, "first jvm cpu"), cpu(time(db, "first pg cpu")));
            assertSame(db);
            phase = "rebuild";
        }
        if (phase.equals("rebuild") && !STOP.equals("first")) {
            long rebuild = System.nanoTime();
            rollup(db, 2, true);
            time(db, "rebuild", seconds(rebuild));
            assertSame(db);
            phase = "incremental";
        }
        long more = entries / 100;
        if (phase.equals("incremental") && !STOP.equals("first") && !STOP.equals("rebuild")) {
            generate(db, agreements, entries, entries + more);
            long incremental = System.nanoTime();
            rollup(db, 3, false);
            time(db, "incremental", seconds(incremental));
            sql(db, "DROP TABLE KPI_SQL");
            sql(db, "CREATE TABLE KPI_SQL AS " + GROUP_BY);
            assertSame(db);
        }
        double sqlSeconds = time(db, "sql");
        double rebuild = time(db, "rebuild");
        report.append(String.format("| %,d | %,d | %,d | %.1f | %s | %.1f | %.1f | %.1f + %s | %.2f | %s | %s | %s |%n", entries, agreements,
                (long) time(db, "kpi rows"), sqlSeconds, cpu(time(db, "sql cpu")), time(db, "first"),
                time(db, "first agreements"), time(db, "first jvm cpu"), cpu(time(db, "first pg cpu")), time(db, "first") / sqlSeconds,
                figure(rebuild), Double.isNaN(rebuild) ? "–" : String.format("%.2f", rebuild / sqlSeconds),
                Double.isNaN(time(db, "incremental")) ? "–" : String.format("%.1f (+%,d entries)", time(db, "incremental"), more)));
        System.out.println(report);
    }

    /**
     * Where a reused schema leaves off (see {@link #STOP}): "generate" unless its ledger holds exactly
     * {@code entries}; "first" (after emptying the roll-up) when nothing ran yet, when a first run did not finish,
     * or when {@code bench.from=first}; else the step after the last one finished.
     */
    private static String phase(DataSource db, long entries) {
        try {
            if (count(db, "SELECT COUNT(*) FROM LEDGER_ENTRY") != entries) {
                return "generate";
            }
            long runs = count(db, "SELECT COUNT(*) FROM ROLLUP_RUN");
            if (!System.getProperty("bench.from", "").equals("first")) {
                if (runs == 1 && !Double.isNaN(time(db, "first"))) {
                    return "rebuild";
                }
                if (runs == 2 && !Double.isNaN(time(db, "rebuild"))) {
                    return "incremental";
                }
            }
            for (String table : List.of("ROLLUP_RUN_SLICE", "ROLLUP_RUN", "ROLLUP_AGREEMENT_FIGURES", "KPI_ROLLUP", "KPI_SDG_ROLLUP",
                    "KPI_ROLLUP_AGREEMENT", "ROLLUP_MEASURE_SDG")) {
                sql(db, "DELETE FROM " + table);
            }
            sql(db, "UPDATE ROLLUP_STATE SET LEDGER_WATERMARK = 0, JOURNAL_WATERMARK = 0 WHERE ID = 1");
            sql(db, "DROP TABLE IF EXISTS KPI_SQL");
            sql(db, "DROP TABLE IF EXISTS BENCH_TIME");
            sql(db, "VACUUM ANALYZE");
            return "first";
        } catch (Exception none) {
            return "generate";
        }
    }

    /** Keeps a figure for the sessions after this one. */
    private static void time(DataSource db, String name, double seconds) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement p = c.prepareStatement("INSERT INTO BENCH_TIME (NAME, SECONDS) "
                + "VALUES (?, ?) ON CONFLICT (NAME) DO UPDATE SET SECONDS = EXCLUDED.SECONDS")) {
            p.setString(1, name);
            p.setDouble(2, seconds);
            p.executeUpdate();
        }
    }

    /** A figure kept by this or an earlier session, or NaN. */
    private static double time(DataSource db, String name) {
        try (Connection c = db.getConnection(); PreparedStatement p = c.prepareStatement("SELECT SECONDS FROM BENCH_TIME WHERE NAME = ?")) {
            p.setString(1, name);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getDouble(1) : Double.NaN;
            }
        } catch (Exception none) {
            return Double.NaN;
        }
    }

    private static String figure(double seconds) {
        return Double.isNaN(seconds) ? "–" : String.format("%.1f", seconds);
    }

    /**
     * The job's steps, in-process: plan; agreements (2 partitions on 2 threads, agreements split by the
     * hash of their reference, 100 per transaction); complete (the KPI rows grouped by SQL).
     */
    private static void rollup(DataSource db, long instance, boolean full) throws Exception {
        long started = System.nanoTime();
        TransactionPerAppend tx = new TransactionPerAppend(db);
        RollupService service = service(tx.dataSource());
        tx.begin();
        RollupRun run = service.plan(instance, new RollupRequest(full, Optional.empty(), Optional.empty()));
        List<String> agreements = service.agreements(run);
        tx.commit();
        List<List<String>> partitions = List.of(new ArrayList<>(), new ArrayList<>());
        agreements.forEach(a -> partitions.get(Math.floorMod(a.hashCode(), 2)).add(a));
        inParallel(db, partitions, (own, partition, ptx) -> {
            for (int i = 0; i < partition.size(); i += AGREEMENTS_PER_CHUNK) {
                ptx.begin();
                long c0 = System.nanoTime();
                Map<String, List<KpiFigures>> figures = own.compute(run, partition.subList(i, Math.min(i + AGREEMENTS_PER_CHUNK,
                        partition.size())));
                long c1 = System.nanoTime();
                own.store(figures);
                synchronized (KpiRollupBenchmark.class) {
                    computeNanos += c1 - c0;
                    storeNanos += System.nanoTime() - c1;
                }
                ptx.commit();
            }
        });
        agreementsSeconds = seconds(started);
        long grouped = System.nanoTime();
        tx.begin();
        String summary = service.complete(run);
        tx.commit();
        System.out.printf("%s; %,d agreements in %.1f s (read and fold %.1f s, write %.1f s, both threads), grouped in %.1f s%n",
                summary, agreements.size(), agreementsSeconds, computeNanos / 1e9, storeNanos / 1e9, seconds(grouped));
        computeNanos = storeNanos = 0;
    }

    static final int AGREEMENTS_PER_CHUNK = 100;

    interface PartitionWork<T> {
        void run(RollupService service, T partition, TransactionPerAppend tx) throws Exception;
    }

    /** One thread per partition, each with its own service and connection (as the job's partitions). */
    private static <T> void inParallel(DataSource db, List<T> partitions, PartitionWork<T> work) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(Math.max(1, partitions.size()));
        try {
            List<Future<?>> done = new ArrayList<>();
            for (T partition : partitions) {
                done.add(threads.submit(() -> {
                    TransactionPerAppend ptx = new TransactionPerAppend(db);
                    work.run(service(ptx.dataSource()), partition, ptx);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            threads.shutdown();
        }
    }

    /** Time of the last run's plan and agreements steps. */
    static double agreementsSeconds;
    static long computeNanos, storeNanos;

    private static RollupService service(DataSource ds) {
        return new RollupService(new JdbcRollupStore(ds), new JdbcAgreementSource(ds), new JdbcContributionLedger(ds),
                TERRITORIES, MeasureReference.UNKNOWN, Clock.systemUTC());
    }

    /** The roll-up and the SQL GROUP BY hold exactly the same rows. */
    private static void assertSame(DataSource db) throws Exception {
        String columns = "PERIOD, TERRITORY_CODE, REGION_CODE, BUYER_ID, SUPPLIER_ID, PROVIDER_GROUP, MEASURE_CODE, UNIT, "
                + "COMMITTED_QUANTITY, COMMITTED_VALUE, RECORDED_QUANTITY, RECORDED_VALUE, CONFIRMED_QUANTITY, CONFIRMED_VALUE, "
                + "DISPUTED_QUANTITY, DISPUTED_VALUE, CORRECTED_QUANTITY, CORRECTED_VALUE, CONTRIBUTIONS";
        long rollup = count(db, "SELECT COUNT(*) FROM KPI_ROLLUP");
        assertEquals(count(db, "SELECT COUNT(*) FROM KPI_SQL"), rollup, "row counts");
        assertEquals(0, count(db, "SELECT COUNT(*) FROM (SELECT " + columns + " FROM KPI_ROLLUP EXCEPT SELECT " + columns
                + " FROM KPI_SQL) d"), "rows of the roll-up not in the SQL result");
        assertEquals(0, count(db, "SELECT COUNT(*) FROM (SELECT " + columns + " FROM KPI_SQL EXCEPT SELECT " + columns
                + " FROM KPI_ROLLUP) d"), "rows of the SQL result not in the roll-up");
    }

    /** The hand-written GROUP BY: the ledger's JSON payloads, follow-ups joined to their contributions, commitments. */
    static final String GROUP_BY = """
            WITH e AS (SELECT SEQ, ENTRY_TYPE, AGREEMENT_REF, PAYLOAD::jsonb AS p FROM LEDGER_ENTRY),
            rec AS (SELECT SEQ, AGREEMENT_REF, p->>'territory' AS territory, substr(p->>'deliveryDate', 1, 7) AS period,
                           p->>'measureCode' AS measure, p->>'unit' AS unit, (p->>'quantity')::numeric AS q0,
                           COALESCE((p->>'value')::numeric, 0) AS v0
                    FROM e WHERE ENTRY_TYPE = 'CONTRIBUTION_RECORDED'),
            fol AS (SELECT SEQ, ENTRY_TYPE, (p->>'ref')::bigint AS ref, p->>'correction' AS correction,
                           (p->>'quantity')::numeric AS q, (p->>'value')::numeric AS v
                    FROM e WHERE ENTRY_TYPE <> 'CONTRIBUTION_RECORDED'),
            rev AS (SELECT ref, MIN(SEQ) AS rseq FROM fol WHERE correction = 'REVERSAL' GROUP BY ref),
            st AS (SELECT f.ref,
                          (array_agg(f.ENTRY_TYPE ORDER BY f.SEQ DESC) FILTER (WHERE f.ENTRY_TYPE IN
                               ('CONTRIBUTION_CONFIRMED', 'CONTRIBUTION_DISPUTED')))[1] AS validation,
                          (array_agg(f.q ORDER BY f.SEQ DESC) FILTER (WHERE f.correction = 'AMENDMENT'))[1] AS aq,
                          (array_agg(f.v ORDER BY f.SEQ DESC) FILTER (WHERE f.correction = 'AMENDMENT' AND f.v IS NOT NULL))[1] AS av,
                          bool_or(f.correction = 'AMENDMENT') AS amended
                   FROM fol f LEFT JOIN rev r ON r.ref = f.ref WHERE r.rseq IS NULL OR f.SEQ < r.rseq GROUP BY f.ref),
            c AS (SELECT rec.*, rev.ref IS NOT NULL AS reversed, st.validation, COALESCE(st.aq, rec.q0) AS q,
                         COALESCE(st.av, rec.v0) AS v, COALESCE(st.amended, false) AS amended
                  FROM rec LEFT JOIN rev ON rev.ref = rec.SEQ LEFT JOIN st ON st.ref = rec.SEQ),
            pg AS (SELECT SPO_REF, string_agg(PROVIDER_ID, ' ' ORDER BY PROVIDER_ID COLLATE "C") AS providers
                   FROM SPO_PROVIDER GROUP BY SPO_REF),
            facts AS (
              SELECT period, territory, AGREEMENT_REF AS agreement, measure, unit, 0::numeric AS cq, 0::numeric AS cv,
                     CASE WHEN reversed THEN 0 ELSE q END AS rq, CASE WHEN reversed THEN 0 ELSE v END AS rv,
                     CASE WHEN NOT reversed AND validation = 'CONTRIBUTION_CONFIRMED' THEN q ELSE 0 END AS fq,
                     CASE WHEN NOT reversed AND validation = 'CONTRIBUTION_CONFIRMED' THEN v ELSE 0 END AS fv,
                     CASE WHEN NOT reversed AND validation = 'CONTRIBUTION_DISPUTED' THEN q ELSE 0 END AS dq,
                     CASE WHEN NOT reversed AND validation = 'CONTRIBUTION_DISPUTED' THEN v ELSE 0 END AS dv,
                     CASE WHEN reversed THEN -q0 WHEN amended THEN q - q0 ELSE 0 END AS xq,
                     CASE WHEN reversed THEN -v0 WHEN amended THEN v - v0 ELSE 0 END AS xv,
                     CASE WHEN reversed THEN 0 ELSE 1 END AS n
              FROM c
              UNION ALL
              SELECT to_char(sc.START_DATE, 'YYYY-MM'), sc.TERRITORY_CODE, sc.SPO_REF, sc.MEASURE_CODE, sc.UNIT, sc.QUANTITY,
                     COALESCE(sc.AMOUNT, 0), 0, 0, 0, 0, 0, 0, 0, 0, 0
              FROM SPO_COMMITMENT sc JOIN SPO s ON s.REFERENCE = sc.SPO_REF
              WHERE s.STAGE IN ('AWAITING_SIGNATURES', 'SIGNED', 'CONTRACTED', 'REVIEWED'))
            SELECT f.period AS PERIOD, f.territory AS TERRITORY_CODE, t.REGION_CODE, s.BUYER_ID, s.SUPPLIER_ID,
                   pg.providers AS PROVIDER_GROUP, f.measure AS MEASURE_CODE, f.unit AS UNIT,
                   SUM(cq) AS COMMITTED_QUANTITY, SUM(cv) AS COMMITTED_VALUE, SUM(rq) AS RECORDED_QUANTITY,
                   SUM(rv) AS RECORDED_VALUE, SUM(fq) AS CONFIRMED_QUANTITY, SUM(fv) AS CONFIRMED_VALUE,
                   SUM(dq) AS DISPUTED_QUANTITY, SUM(dv) AS DISPUTED_VALUE, SUM(xq) AS CORRECTED_QUANTITY,
                   SUM(xv) AS CORRECTED_VALUE, SUM(n) AS CONTRIBUTIONS
            FROM facts f JOIN SPO s ON s.REFERENCE = f.agreement JOIN pg ON pg.SPO_REF = f.agreement
                 JOIN TERRITORY t ON t.CODE = f.territory
            GROUP BY f.period, f.territory, t.REGION_CODE, s.BUYER_ID, s.SUPPLIER_ID, pg.providers, f.measure, f.unit
            """;

    /**
     * Reference data, organisations and agreements (first call), and ledger entries {@code from <= seq < to}:
     * blocks of 20 entries of one agreement — 12 recordings (money, laptops, hours in turn), 5 confirmations,
     * 2 disputes (one after a confirmation), 1 correction (a reversal or an amendment) — delivered over 24 months.
     */
    private static void generate(DataSource db, long agreements, long from, long to) throws Exception {
        if (from == 0) {
            try (Connection c = db.getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement r = c.prepareStatement("INSERT INTO REGION (CODE, NAME, NATION) VALUES (?, ?, ?)");
                     PreparedStatement t = c.prepareStatement("INSERT INTO TERRITORY (CODE, NAME, REGION_CODE, KIND, ABBREV) "
                             + "VALUES (?, ?, ?, ?, ?)")) {
                    for (Region region : REFERENCE.regions()) {
                        r.setString(1, region.code());
                        r.setString(2, region.name());
                        r.setString(3, region.nation());
                        r.executeUpdate();
                    }
                    for (Territory territory : REFERENCE.territories()) {
                        t.setString(1, territory.code());
                        t.setString(2, territory.name());
                        t.setString(3, territory.regionCode());
                        t.setString(4, territory.kind().name());
                        t.setString(5, territory.abbrev());
                        t.executeUpdate();
                    }
                }
                c.commit();
            }
            sql(db, "CREATE TABLE BENCH_TERRITORY AS SELECT CODE, (ROW_NUMBER() OVER (ORDER BY CODE) - 1)::int AS N FROM TERRITORY");
            sql(db, "INSERT INTO ORGANISATION (ID, KIND, NAME) SELECT 'GB-COH-' || lpad(i::text, 8, '0'), 'SUPPLIER', 'Supplier ' || i "
                    + "FROM generate_series(0, 199) i");
            sql(db, "INSERT INTO ORGANISATION (ID, KIND, NAME) SELECT 'GB-CHC-' || (1000000 + i), 'PROVIDER', 'Provider ' || i "
                    + "FROM generate_series(0, 299) i");
            sql(db, "INSERT INTO ORGANISATION (ID, KIND, NAME) SELECT 'GB-PFA-' || CODE, 'BUYER', 'Buyer ' || CODE FROM TERRITORY");
            sql(db, "INSERT INTO SPO (REFERENCE, SUPPLIER_ID, CREATED_AT, CREATED_BY, STAGE, TITLE, TERRITORY_CODE, BUYER_ID, VERSION) "
                    + "SELECT 'SPO-B-' || lpad(a::text, 7, '0'), 'GB-COH-' || lpad((a % 200)::text, 8, '0'), now(), 'bench', "
                    + "'CONTRACTED', 'Bench ' || a, t.CODE, 'GB-PFA-' || t.CODE, 0 FROM generate_series(0, " + (agreements - 1)
                    + ") a JOIN BENCH_TERRITORY t ON t.N = (a * 7) % 45");
            sql(db, "INSERT INTO SPO_PROVIDER (SPO_REF, PROVIDER_ID) SELECT 'SPO-B-' || lpad(a::text, 7, '0'), "
                    + "'GB-CHC-' || (1000000 + a % 300) FROM generate_series(0, " + (agreements - 1) + ") a");
            sql(db, "INSERT INTO SPO_PROVIDER (SPO_REF, PROVIDER_ID) SELECT 'SPO-B-' || lpad(a::text, 7, '0'), "
                    + "'GB-CHC-' || (1000000 + (a + 17) % 300) FROM generate_series(0, " + (agreements - 1) + ") a WHERE a % 4 = 0");
            String start = "(date '2024-11-01' + ((a % 24) || ' months')::interval)::date";
            sql(db, "INSERT INTO SPO_COMMITMENT (SPO_REF, LINE_NO, CONTRIBUTION_TYPE, QUANTITY, UNIT, AMOUNT, SKILL_LEVEL, "
                    + "MEASURE_CODE, TERRITORY_CODE, START_DATE, END_DATE, FREQUENCY) "
                    + "SELECT s.REFERENCE, l.n, l.type, l.q, l.unit, l.amount, l.skill, l.measure, s.TERRITORY_CODE, " + start + ", "
                    + start + " + 365, 'ONE_OFF' FROM generate_series(0, " + (agreements - 1) + ") a "
                    + "JOIN SPO s ON s.REFERENCE = 'SPO-B-' || lpad(a::text, 7, '0') CROSS JOIN (VALUES "
                    + "(1, 'FINANCIAL', 1500.000, 'GBP', 1500.00, NULL, 'NT1'), (2, 'IN_KIND', 12.000, 'laptops', 3600.00, NULL, 'NT18'), "
                    + "(3, 'VOLUNTEERING', 40.000, 'hours', NULL, 'SKILLED', 'NT7')) AS l(n, type, q, unit, amount, skill, measure)");
        }
        String recorded = "CASE x.p % 3 "
                + "WHEN 0 THEN '{\"contributionType\":\"FINANCIAL\",\"deliveryDate\":\"' || x.d || '\",\"measureCode\":\"NT1\","
                + "\"quantity\":\"' || (10 + x.s % 90) || '\",\"territory\":\"' || t.CODE || '\",\"unit\":\"GBP\",\"value\":\"' "
                + "|| (10 + x.s % 90) || '.00\"}' "
                + "WHEN 1 THEN '{\"contributionType\":\"IN_KIND\",\"deliveryDate\":\"' || x.d || '\",\"measureCode\":\"NT18\","
                + "\"quantity\":\"' || (1 + x.s % 5) || '\",\"territory\":\"' || t.CODE || '\",\"unit\":\"laptops\",\"value\":\"' "
                + "|| ((1 + x.s % 5) * 300) || '.00\"}' "
                + "ELSE '{\"contributionType\":\"VOLUNTEERING\",\"deliveryDate\":\"' || x.d || '\",\"measureCode\":\"NT7\","
                + "\"quantity\":\"' || (1 + x.s % 8) || '\",\"territory\":\"' || t.CODE || '\",\"unit\":\"hours\"}' END";
        String payload = "CASE WHEN x.p < 12 THEN " + recorded
                + " WHEN x.p < 17 THEN '{\"ref\":\"' || (x.base + x.p - 12) || '\"}'"
                + " WHEN x.p = 17 THEN '{\"ref\":\"' || (x.base + 5) || '\"}'"
                + " WHEN x.p = 18 THEN '{\"ref\":\"' || (x.base + 4) || '\"}'"
                + " WHEN x.b % 2 = 0 THEN '{\"correction\":\"REVERSAL\",\"ref\":\"' || (x.base + 7) || '\"}'"
                + " ELSE '{\"correction\":\"AMENDMENT\",\"quantity\":\"1\",\"ref\":\"' || (x.base + 7) || '\",\"value\":\"1.00\"}' END";
        String type = "CASE WHEN x.p < 12 THEN 'CONTRIBUTION_RECORDED' WHEN x.p < 17 THEN 'CONTRIBUTION_CONFIRMED' "
                + "WHEN x.p < 19 THEN 'CONTRIBUTION_DISPUTED' ELSE 'CONTRIBUTION_CORRECTED' END";
        for (long chunk = from; chunk < to; chunk += 1_000_000) {
            long end = Math.min(chunk + 1_000_000, to);
            sql(db, "INSERT INTO LEDGER_ENTRY (SEQ, RECORDED_AT, ENTRY_TYPE, AGREEMENT_REF, ORGANISATION_ID, ACTOR_COMMITMENT, "
                    + "PAYLOAD, LEAF_HASH) SELECT x.s, timestamp '2026-01-01' + x.s * interval '1 millisecond', " + type + ", "
                    + "'SPO-B-' || lpad(x.ag::text, 7, '0'), 'GB-COH-00000000', repeat('a', 64), " + payload + ", "
                    + "md5(x.s::text) || md5((x.s + 1)::text) FROM (SELECT s, s / 20 AS b, s % 20 AS p, (s / 20) * 20 AS base, "
                    + "(s / 20) % " + agreements + " AS ag, to_char(date '2024-11-01' + ((s * 7919) % 730)::int, 'YYYY-MM-DD') AS d "
                    + "FROM generate_series(" + chunk + "::bigint, " + (end - 1) + "::bigint) s) x JOIN BENCH_TERRITORY t ON t.N = (x.ag * 7) % 45");
        }
        sql(db, "UPDATE LEDGER_HEAD SET TREE_SIZE = " + to + " WHERE ID = 1");
        sql(db, "VACUUM ANALYZE");
    }

    private static void sql(DataSource db, String sql) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(DataSource db, String sql) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * CPU seconds used so far by the PostgreSQL servers on this machine (Linux: each postmaster with the
     * processes it reaped, plus the live ones — backends and background processes alike), or NaN when none
     * is local. A backend reaped during the scan would be counted nowhere: the scan is repeated then.
     */
    static double postgresCpuSeconds() {
        for (int attempt = 0; attempt < 5; attempt++) {
            Map<Long, long[]> stat = new java.util.HashMap<>(); // pid -> ppid, own ticks, reaped children's ticks
            try (var procs = Files.list(Path.of("/proc"))) {
                procs.filter(d -> d.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(d -> {
                    long[] f = stat(Long.parseLong(d.getFileName().toString()));
                    if (f != null) {
                        stat.put(Long.parseLong(d.getFileName().toString()), f);
                    }
                });
            } catch (Exception e) {
                return Double.NaN;
            }
            long ticks = 0;
            boolean reaped = false;
            for (Map.Entry<Long, long[]> e : stat.entrySet()) {
                boolean postmaster = !stat.containsKey(e.getValue()[0]);
                ticks += e.getValue()[1] + (postmaster ? e.getValue()[2] : 0);
                long[] again = postmaster ? stat(e.getKey()) : null;
                reaped |= again != null && again[2] != e.getValue()[2];
            }
            if (!reaped) {
                return stat.isEmpty() ? Double.NaN : ticks / TICKS_PER_SECOND;
            }
        }
        return Double.NaN;
    }

    /** CPU seconds used so far by one local process, or NaN. */
    static double processCpuSeconds(long pid) {
        long[] f = stat(pid);
        return f == null ? Double.NaN : f[1] / TICKS_PER_SECOND;
    }

    /** Linux's USER_HZ, the unit of /proc/PID/stat's times. */
    static final double TICKS_PER_SECOND = 100.0;

    /** A postgres process's parent, own CPU ticks and reaped children's ticks from /proc/PID/stat; null if not one. */
    private static long[] stat(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            if (!line.substring(line.indexOf('(') + 1, line.lastIndexOf(')')).equals("postgres")) {
                return null;
            }
            String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(f[1]), Long.parseLong(f[11]) + Long.parseLong(f[12]),
                    Long.parseLong(f[13]) + Long.parseLong(f[14])};
        } catch (Exception gone) {
            return null; // not there (any more), or not readable
        }
    }

    private static long backendPid(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT pg_backend_pid()")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** A figure, or a dash when it could not be measured. */
    private static String cpu(double seconds) {
        return Double.isNaN(seconds) ? "–" : String.format("%.1f", seconds);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static final ReferenceData REFERENCE = ShippedFiles.referenceData();

    /** The shipped territories, read-only. */
    static final TerritoryRepository TERRITORIES = new TerritoryRepository() {
        final Map<String, Territory> byCode = new TreeMap<>();
        {
            REFERENCE.territories().forEach(t -> byCode.put(t.code(), t));
        }

        @Override
        public List<Region> regions() {
            return REFERENCE.regions();
        }

        @Override
        public Optional<Region> region(String code) {
            return REFERENCE.regions().stream().filter(r -> r.code().equals(code)).findFirst();
        }

        @Override
        public List<Territory> territories() {
            return List.copyOf(byCode.values());
        }

        @Override
        public Optional<Territory> territory(String code) {
            return Optional.ofNullable(byCode.get(code));
        }

        @Override
        public void save(Region region) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void save(Territory territory) {
            throw new UnsupportedOperationException();
        }
    };
}
