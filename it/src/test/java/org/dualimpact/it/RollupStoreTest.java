package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.dualimpact.kernel.rollup.KpiFigures;
import org.dualimpact.kernel.rollup.KpiFilter;
import org.dualimpact.kernel.rollup.KpiKey;
import org.dualimpact.kernel.rollup.KpiScope;
import org.dualimpact.kernel.rollup.RollupRequest;
import org.dualimpact.kernel.rollup.RollupRun;
import org.dualimpact.kernel.rollup.SdgFigures;
import org.dualimpact.kernel.rollup.SdgKey;
import org.dualimpact.persistence.rollup.JdbcKpiRepository;
import org.dualimpact.persistence.rollup.JdbcRollupStore;
import org.dualimpact.persistence.schema.SchemaMigrations;
import org.junit.jupiter.api.Test;

/**
 * The roll-up's tables (V025) on Derby and PostgreSQL: agreements' figures replaced whole, and the KPI,
 * SDG and agreement rows the SQL groups from them — every figure by hand; social value unknown when a
 * row counting contributions has none; a full rebuild, a repair of one month, an incremental run that
 * regroups the slices an agreement's figures left; writes repeated change nothing. (Large loads run in
 * the KpiRollupBenchmark.)
 */
class RollupStoreTest {

    static final String TV = "E23000029";
    static final String SOUTH_EAST = "E12000008";
    static final YearMonth MARCH = YearMonth.of(2026, 3);
    static final YearMonth APRIL = YearMonth.of(2026, 4);
    static final KpiScope EVERYTHING = new KpiScope(List.of(new KpiScope.Everything()));
    static final Map<String, Set<String>> TARGETS = Map.of("NT1", Set.of("8.3"), "NT18", Set.of("4.4", "8.3"), "NT7", Set.of());

    @Test
    void derby() throws Exception {
        StoreTestDatabases.derby("rollup-store", RollupStoreTest::exercise);
    }

    @Test
    void postgresql() throws Exception {
        StoreTestDatabases.postgresql("rollup_store", RollupStoreTest::exercise);
    }

    static BigDecimal q(String v) {
        return new BigDecimal(v).setScale(3);
    }

    static BigDecimal m(String v) {
        return new BigDecimal(v).setScale(2);
    }

    static KpiKey key(YearMonth month, String providers, String measure, String unit) {
        return new KpiKey(month, TV, SOUTH_EAST, "BUYER", "SUPPLIER", providers, measure, unit);
    }

    /** Committed, recorded, confirmed, disputed, corrected (quantity and value each), contributions, gross, net. */
    static KpiFigures row(KpiKey key, String cq, String cv, String rq, String rv, String fq, String fv, String dq, String dv,
            String xq, String xv, long n, String gross, String net) {
        return new KpiFigures(key, q(cq), m(cv), q(rq), m(rv), q(fq), m(fv), q(dq), m(dv), q(xq), m(xv), n,
                gross == null ? null : m(gross), net == null ? null : m(net));
    }

    // A1 and A3 share their parties (provider P1), A2 has providers P1 and P2 (RollupCalculatorTest's figures)
    static final KpiFigures A1_MONEY = row(key(MARCH, "P1", "NT1", "GBP"), "1500", "1500", "100", "100", "100", "100", "0", "0",
            "-50", "-50", 1, "100", "80");
    static final KpiFigures A1_LAPTOPS = row(key(MARCH, "P1", "NT18", "laptops"), "12", "3600", "3", "1200", "0", "0", "3",
            "1200", "-1", "0", 1, "750", "375");
    static final KpiFigures A3_MONEY = row(key(MARCH, "P1", "NT1", "GBP"), "0", "0", "20", "20", "0", "0", "20", "20", "0", "0",
            1, "20", "16");
    static final KpiFigures A2_HOURS = row(key(MARCH, "P1 P2", "NT7", "hours"), "0", "0", "10", "0", "10", "0", "0", "0", "0",
            "0", 1, null, null);

    static RollupRun run(long instance, RollupRequest request, long ledgerFrom, long ledgerTo) {
        return new RollupRun(instance, request, ledgerFrom, ledgerTo, 0, 0, Instant.parse("2026-06-01T01:30:00Z"));
    }

    private static void exercise(DataSource db) throws Exception {
        new SchemaMigrations(db).migrate();
        JdbcRollupStore store = new JdbcRollupStore(db);
        JdbcKpiRepository kpis = new JdbcKpiRepository(db);
        RollupRequest full = new RollupRequest(true, Optional.empty(), Optional.empty());

        RollupRun rebuild = run(1, full, 0, 0);
        store.saveRun(rebuild);
        store.replace(Map.of("A1", List.of(A1_MONEY, A1_LAPTOPS), "A2", List.of(A2_HOURS), "A3", List.of(A3_MONEY)));
        Set<String> asked = new TreeSet<>();
        assertEquals(1, store.regroup(rebuild, m -> {
            asked.add(m);
            return TARGETS.get(m);
        }), "one slice");
        assertEquals(Set.of("NT1", "NT18", "NT7"), asked, "the SDG targets of every measure of the figures");

        KpiFigures money = row(key(MARCH, "P1", "NT1", "GBP"), "1500", "1500", "120", "120", "100", "100", "20", "20", "-50",
                "-50", 2, "120", "96");
        List<KpiFigures> expected = sorted(List.of(money, A1_LAPTOPS, A2_HOURS));
        assertEquals(expected, sorted(kpis.find(KpiFilter.all(), EVERYTHING, 0, 100)));
        SdgKey sdg44 = new SdgKey(MARCH, TV, SOUTH_EAST, "BUYER", "SUPPLIER", "P1", "4.4");
        SdgKey sdg83 = new SdgKey(MARCH, TV, SOUTH_EAST, "BUYER", "SUPPLIER", "P1", "8.3");
        assertEquals(List.of(new SdgFigures(sdg44, m("3600"), m("1200"), m("0"), m("1200"), m("750"), m("375")),
                new SdgFigures(sdg83, m("5100"), m("1320"), m("100"), m("1220"), m("870"), m("471"))),
                kpis.findSdg(KpiFilter.all(), EVERYTHING).stream().sorted(Comparator.comparing(SdgFigures::key)).toList());
        assertEquals(List.of("A1", "A2", "A3"), agreements(kpis));

        // the same writes again change nothing
        store.replace(Map.of("A1", List.of(A1_MONEY, A1_LAPTOPS)));
        store.regroup(rebuild, TARGETS::get);
        assertEquals(expected, sorted(kpis.find(KpiFilter.all(), EVERYTHING, 0, 100)));

        // a row of a counted contribution without social value makes its KPI row's unknown
        store.replace(Map.of("A3", List.of(row(key(MARCH, "P1", "NT1", "GBP"), "0", "0", "20", "20", "0", "0", "20", "20", "0",
                "0", 1, null, null))));
        store.regroup(rebuild, TARGETS::get);
        KpiFigures unknown = kpis.find(new KpiFilter(null, null, null, null, null, Optional.of("NT1"), null, null), EVERYTHING, 0, 10)
                .get(0);
        assertNull(unknown.grossSocialValue());
        assertNull(unknown.netSocialValue());
        store.replace(Map.of("A3", List.of(A3_MONEY)));
        store.regroup(rebuild, TARGETS::get);

        // a repair of March regroups March only, and leaves the watermark
        assertEquals(0, store.state().ledgerWatermark());
        sql(db, "DELETE FROM KPI_ROLLUP");
        RollupRun repair = run(2, new RollupRequest(false, Optional.of(MARCH), Optional.of(TV)), 0, 7);
        store.saveRun(repair);
        assertEquals(List.of("A1", "A2", "A3"), store.agreements(repair));
        store.regroup(repair, TARGETS::get);
        assertEquals(expected, sorted(kpis.find(KpiFilter.all(), EVERYTHING, 0, 100)));
        assertEquals(0, store.state().ledgerWatermark());

        // an incremental run over a ledger entry of A2, whose figures move from March to April: both regrouped
        sql(db, "INSERT INTO LEDGER_ENTRY (SEQ, RECORDED_AT, ENTRY_TYPE, AGREEMENT_REF, ORGANISATION_ID, ACTOR_COMMITMENT, "
                + "PAYLOAD, LEAF_HASH) VALUES (0, CURRENT_TIMESTAMP, 'CONTRIBUTION_CONFIRMED', 'A2', 'P1', 'x', '{}', 'h')");
        RollupRun incremental = run(3, RollupRequest.incremental(), 0, 1);
        store.saveRun(incremental);
        assertEquals(List.of("A2"), store.agreements(incremental));
        KpiFigures april = row(key(APRIL, "P1 P2", "NT7", "hours"), "0", "0", "10", "0", "10", "0", "0", "0", "0", "0", 1, null,
                null);
        store.replace(Map.of("A2", List.of(april)));
        assertEquals(2, store.regroup(incremental, TARGETS::get));
        assertEquals(sorted(List.of(money, A1_LAPTOPS, april)), sorted(kpis.find(KpiFilter.all(), EVERYTHING, 0, 100)));
        assertEquals(1, store.state().ledgerWatermark());
        assertEquals(List.of("A1", "A3"), agreements(kpis, MARCH), "A2 counted in March no more");
        assertEquals(List.of("A2"), agreements(kpis, APRIL));
    }

    static List<String> agreements(JdbcKpiRepository kpis, YearMonth month) {
        return kpis.agreements(new KpiFilter(null, null, null, null, null, null, Optional.of(month), Optional.of(month))).stream()
                .map(a -> a.agreement()).sorted().toList();
    }

    static List<KpiFigures> sorted(List<KpiFigures> rows) {
        return rows.stream().sorted(Comparator.comparing(KpiFigures::key)).toList();
    }

    static List<String> agreements(JdbcKpiRepository kpis) {
        return kpis.agreements(KpiFilter.all()).stream().map(a -> a.agreement()).sorted().toList();
    }

    static void sql(DataSource db, String sql) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
