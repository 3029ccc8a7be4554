package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
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
 * The roll-up's fact index on Derby and PostgreSQL: a bulk load (at least 100,000 new entries and at least
 * as many as already indexed) drops the slice index and {@code indexed} rebuilds it; smaller loads keep
 * it; pages replace themselves; the index position never moves back; stored recordings are found by
 * sequence number. (Large loads themselves run in the KpiRollupBenchmark.)
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
        assertTrue(sliceIndex(db), "created by the migration");
        List<String> migrated = sliceIndexColumns(db);
        boolean postgres = db instanceof PGSimpleDataSource;
        assertEquals(postgres ? List.of("TERRITORY_CODE", "PERIOD") : List.of("TERRITORY_CODE", "PERIOD", "SEQ"), migrated,
                "PostgreSQL's (V022) without SEQ: its B-tree stores each slice's key once");

        store.beginIndexing(0, 99_999);
        assertTrue(sliceIndex(db), "below 100,000 entries the index is maintained row by row");
        store.beginIndexing(0, 100_000);
        assertFalse(sliceIndex(db), "a bulk load drops it");
        store.beginIndexing(0, 100_000);  // a restarted plan: nothing left to drop, no error

        LocalDate may = LocalDate.of(2026, 5, 20);
        ContributionFact recorded = new ContributionFact(0, 0, FactKind.RECORDED, "SPO-2026-000001", TERRITORY, may, "NT1", "GBP",
                new BigDecimal("500.000"), new BigDecimal("500.00"));
        ContributionFact other = new ContributionFact(1, 1, FactKind.RECORDED, "SPO-2026-000001", TERRITORY, may, "NT18", "laptops",
                new BigDecimal("4.000"), new BigDecimal("1200.00"));
        ContributionFact confirmed = new ContributionFact(2, 0, FactKind.CONFIRMED, "SPO-2026-000001", null, null, null, null, null, null)
                .about(recorded);
        store.index(0, 2, List.of(recorded, other));
        store.index(2, 3, List.of(confirmed));
        store.index(0, 2, List.of(recorded, other)); // a page redone after a crash replaces itself
        assertEquals(3, store.factCount());
        store.index(0, 3, List.of(recorded, other, confirmed)); // pages redone as one chunk's write replace themselves too
        assertEquals(3, store.factCount());
        assertEquals(List.of(0L, 1L), store.recordings(List.of(0L, 1L, 2L, 7L)).keySet().stream().sorted().toList(),
                "recordings only, of those indexed");

        store.indexed(100_000);
        assertFalse(sliceIndex(db), "moving the position leaves the index to restoreIndexes");
        store.restoreIndexes();
        assertTrue(sliceIndex(db), "rebuilt after the load");
        assertEquals(migrated, sliceIndexColumns(db), "rebuilt as the migrations define it");
        store.restoreIndexes(); // nothing missing: nothing to do
        assertEquals(100_000, store.state().indexedTo());
        store.indexed(50);
        assertEquals(100_000, store.state().indexedTo(), "never moves back");
        assertEquals(List.of(recorded, other, confirmed), store.facts(new Slice(TERRITORY, YearMonth.of(2026, 5)), 3));
        assertEquals(List.of(recorded, other), store.facts(new Slice(TERRITORY, YearMonth.of(2026, 5)), 2));

        store.beginIndexing(100_000, 199_999);
        assertTrue(sliceIndex(db), "fewer new entries than already indexed: maintained row by row");
        store.beginIndexing(100_000, 200_000);
        assertFalse(sliceIndex(db), "as many new entries as already indexed: a bulk load");
        store.indexed(200_000);
        store.indexed(200_000);
        store.restoreIndexes();
        assertTrue(sliceIndex(db));
        assertEquals(200_000, store.state().indexedTo());
    }

    private static boolean sliceIndex(DataSource db) throws Exception {
        return !sliceIndexColumns(db).isEmpty();
    }

    /** The slice index's columns in order (upper case), none when it does not exist. */
    private static List<String> sliceIndexColumns(DataSource db) throws Exception {
        java.util.SortedMap<Integer, String> columns = new java.util.TreeMap<>();
        try (Connection c = db.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String table = meta.storesLowerCaseIdentifiers() ? "rollup_fact" : "ROLLUP_FACT";
            try (ResultSet indexes = meta.getIndexInfo(null, c.getSchema(), table, false, true)) {
                while (indexes.next()) {
                    if ("ROLLUP_FACT_SLICE".equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
                        columns.put((int) indexes.getShort("ORDINAL_POSITION"), indexes.getString("COLUMN_NAME").toUpperCase());
                    }
                }
            }
        }
        return List.copyOf(columns.values());
    }
}
