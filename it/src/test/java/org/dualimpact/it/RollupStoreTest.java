package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.dualimpact.kernel.rollup.ContributionFact;
import org.dualimpact.kernel.rollup.FactKind;
import org.dualimpact.kernel.rollup.Slice;
import org.dualimpact.persistence.rollup.JdbcRollupStore;
import org.dualimpact.persistence.schema.SchemaMigrations;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The roll-up's fact index (rows of facts per write and slice, V023) on Derby and PostgreSQL: a write
 * replaces the facts of its range, whole or in part, and keeps those of earlier writes outside it; pages
 * redone replace themselves; facts read back as written; slices and recordings are found across writes;
 * the index position never moves back. (Large loads themselves run in the KpiRollupBenchmark.)
 */
class RollupStoreTest {

    static final String TERRITORY = "E23000029";

    @Test
    void derbyFactIndex() throws Exception {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("target/rollup-store-" + UUID.randomUUID());
        derby.setCreateDatabase("create");
        derby.setUser("dualimpact");
        exercise(derby);
    }

    @Test
    void postgresqlFactIndex() throws Exception {
        String url = System.getenv("DI_IT_PG_URL");
        if (url == null) {
            System.out.println("RollupStoreTest: DI_IT_PG_URL not set, PostgreSQL part not run (.ci/run sets it)");
            return;
        }
        String schema = "rollup_store_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PGSimpleDataSource admin = LedgerStoreTest.pg(url, null);
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        try {
            exercise(LedgerStoreTest.pg(url, schema));
        } finally {
            try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void exercise(DataSource db) throws Exception {
        new SchemaMigrations(db).migrate();
        JdbcRollupStore store = new JdbcRollupStore(db);

        LocalDate may = LocalDate.of(2026, 5, 20);
        Slice mayHere = new Slice(TERRITORY, YearMonth.of(2026, 5));
        ContributionFact recorded = new ContributionFact(0, 0, FactKind.RECORDED, "SPO-2026-000001", TERRITORY, may, "NT1", "GBP",
                new BigDecimal("500.000"), new BigDecimal("500.00"));
        ContributionFact other = new ContributionFact(1, 1, FactKind.RECORDED, "SPO-2026-000001", TERRITORY, may, "NT18", "laptops",
                new BigDecimal("4.000"), new BigDecimal("1200.00"));
        ContributionFact confirmed = new ContributionFact(2, 0, FactKind.CONFIRMED, "SPO-2026-000001", null, null, null, null, null, null)
                .about(recorded);
        store.index(0, 2, List.of(recorded, other));
        store.index(2, 3, List.of(confirmed));
        store.index(0, 2, List.of(other, recorded)); // a page redone after a crash replaces itself (in any order)
        assertEquals(3, store.factCount());
        store.index(0, 3, List.of(recorded, other, confirmed)); // pages redone as one chunk's write replace themselves too
        assertEquals(3, store.factCount());
        assertEquals(List.of(0L, 1L), store.recordings(List.of(0L, 1L, 2L, 7L)).keySet().stream().sorted().toList(),
                "recordings only, of those indexed");
        assertEquals(other, store.recordings(List.of(1L)).get(1L), "read back as written, scale and all");

        store.indexed(100_000);
        assertEquals(100_000, store.state().indexedTo());
        store.indexed(50);
        assertEquals(100_000, store.state().indexedTo(), "never moves back");
        assertEquals(List.of(recorded, other, confirmed), store.facts(mayHere, 3));
        assertEquals(List.of(recorded, other), store.facts(mayHere, 2));
        assertEquals(java.util.Set.of(mayHere), store.slicesOfFacts(0, 3));
        assertEquals(java.util.Set.of(), store.slicesOfFacts(3, 10));

        // facts of several slices in one write, then writes that overlap it in part: what lies outside a
        // write's range stays, what lies inside is replaced
        LocalDate june = LocalDate.of(2026, 6, 2);
        Slice juneHere = new Slice(TERRITORY, YearMonth.of(2026, 6));
        Slice mayThere = new Slice("E23000001", YearMonth.of(2026, 5));
        List<ContributionFact> chunk = new java.util.ArrayList<>();
        for (long seq = 10; seq < 20; seq++) {
            String territory = seq % 3 == 0 ? "E23000001" : TERRITORY;
            LocalDate date = seq % 2 == 0 ? june : may;
            String unit = seq == 17 ? "a\\b\tc\u001Fd\u001E" : "GBP"; // escapes of the block and of COPY, through the database
            chunk.add(new ContributionFact(seq, seq, FactKind.RECORDED, "SPO-2026-000002", territory, date, "NT1", unit,
                    BigDecimal.valueOf(seq), null));
        }
        store.index(10, 20, chunk);
        assertEquals(13, store.factCount());
        assertEquals(List.of(11L, 19L), store.recordings(List.of(5L, 7L, 11L, 19L, 20L, 99L)).keySet().stream().sorted().toList(),
                "5 and 7 lie in the gap between the writes, 20 and 99 beyond the last");
        assertEquals(java.util.Set.of(mayHere, juneHere, mayThere, new Slice("E23000001", YearMonth.of(2026, 6))),
                store.slicesOfFacts(10, 20));
        assertEquals(java.util.Set.of(mayHere), store.slicesOfFacts(11, 12), "a part of a write: the slices of its facts only");
        ContributionFact amended = new ContributionFact(15, 11, FactKind.AMENDED, "SPO-2026-000002", null, null, null, null,
                BigDecimal.ONE, null).about(chunk.get(1));
        store.index(14, 16, List.of(chunk.get(4), amended)); // 15 now amends 11 instead of recording
        assertEquals(13, store.factCount());
        assertEquals(List.of(chunk.get(1), chunk.get(3), amended), store.facts(mayHere, 20).subList(3, 6),
                "entry 15 replaced, 11 and 13 around it kept");
        assertEquals(List.of(10L, 11L, 12L, 13L, 14L, 16L, 17L, 18L, 19L),
                store.recordings(java.util.stream.LongStream.range(10, 20).boxed().toList()).keySet().stream().sorted().toList(),
                "every slice of the writes left, and 15 no longer a recording");
        assertEquals(java.util.Set.of(mayHere, juneHere, new Slice("E23000001", YearMonth.of(2026, 6))), store.slicesOfFacts(10, 20),
                "E23000001's May held only entry 15");
        assertEquals(chunk.get(7), store.recordings(List.of(17L)).get(17L));
        store.index(12, 30, List.of()); // nothing from 12 on any more
        assertEquals(5, store.factCount());
        assertEquals(List.of(chunk.get(0)), store.facts(juneHere, 30));
        assertEquals(List.of(recorded, other, confirmed, chunk.get(1)), store.facts(mayHere, 30));
        assertEquals(java.util.Set.of(mayHere, juneHere), store.slicesOfFacts(0, 30));
        assertEquals(java.util.Set.of(), store.slicesOfFacts(12, 30));
        twoPartitionsSplittingOneOldWrite(db);
    }

    /**
     * A write left beyond the index position by a stopped run ([1000, 1010)) is rewritten by two partitions
     * of a later run along another boundary (1004), at the same time: each would keep the other's part of
     * it. The first locks the old rows; the second waits, finds them gone, and replaces what the first kept
     * in its range — every fact once, none lost, no key clash.
     */
    private static void twoPartitionsSplittingOneOldWrite(DataSource db) throws Exception {
        JdbcRollupStore plain = new JdbcRollupStore(db);
        List<ContributionFact> facts = new java.util.ArrayList<>();
        for (long seq = 1000; seq < 1010; seq++) {
            facts.add(new ContributionFact(seq, seq, FactKind.RECORDED, "SPO-2026-000003", seq % 2 == 0 ? TERRITORY : "E23000001",
                    LocalDate.of(2025, 3, 3), "NT1", "GBP", BigDecimal.valueOf(seq), null));
        }
        long before = plain.factCount();
        plain.index(1000, 1010, facts);
        TransactionPerAppend first = new TransactionPerAppend(db);
        TransactionPerAppend second = new TransactionPerAppend(db);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch written = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch commit = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.Future<?> low = threads.submit(() -> {
                first.begin();
                try {
                    new JdbcRollupStore(first.dataSource()).index(1000, 1004, facts.subList(0, 4));
                    written.countDown();
                    commit.await();
                    first.commit();
                } finally {
                    first.close();
                }
                return null;
            });
            written.await();
            java.util.concurrent.Future<?> high = threads.submit(() -> {
                second.begin();
                try {
                    new JdbcRollupStore(second.dataSource()).index(1004, 1010, facts.subList(4, 10));
                    second.commit();
                } finally {
                    second.close();
                }
                return null;
            });
            Thread.sleep(500); // the second partition meets the first's locks
            commit.countDown();
            low.get(60, java.util.concurrent.TimeUnit.SECONDS);
            high.get(60, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        assertEquals(before + 10, plain.factCount(), "every fact once");
        Slice here = new Slice(TERRITORY, YearMonth.of(2025, 3));
        Slice there = new Slice("E23000001", YearMonth.of(2025, 3));
        assertEquals(facts.stream().filter(f -> f.territory().equals(TERRITORY)).toList(), plain.facts(here, 2000));
        assertEquals(facts.stream().filter(f -> f.territory().equals("E23000001")).toList(), plain.facts(there, 2000));
    }
}
