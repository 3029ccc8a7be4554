package org.dualimpact.persistence.rollup;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.dualimpact.kernel.rollup.KpiFigures;
import org.dualimpact.kernel.rollup.KpiKey;
import org.dualimpact.kernel.rollup.RollupRequest;
import org.dualimpact.kernel.rollup.RollupRun;
import org.dualimpact.kernel.rollup.RollupState;
import org.dualimpact.kernel.rollup.RollupStore;
import org.dualimpact.persistence.schema.SchemaMigrations;

/**
 * The roll-up's tables (V020, V025) in plain JDBC, in the caller's JTA transaction: each agreement's figures
 * replaced whole, the KPI, SDG and agreement rows grouped from them by SQL. Every write replaces what is there
 * for its keys (agreement rows: those that differ), so repeating it leaves the same rows; primary keys refuse a doubled row.
 */
@ApplicationScoped
public class JdbcRollupStore implements RollupStore {

    static final String GROUP = "PERIOD, TERRITORY_CODE, REGION_CODE, BUYER_ID, SUPPLIER_ID, PROVIDER_GROUP";
    static final String KPI = GROUP + ", MEASURE_CODE, UNIT, COMMITTED_QUANTITY, COMMITTED_VALUE, RECORDED_QUANTITY, RECORDED_VALUE, "
            + "CONFIRMED_QUANTITY, CONFIRMED_VALUE, DISPUTED_QUANTITY, DISPUTED_VALUE, CORRECTED_QUANTITY, CORRECTED_VALUE, "
            + "CONTRIBUTIONS, GROSS_SOCIAL_VALUE, NET_SOCIAL_VALUE";
    /** Social value is unknown (null) when a row counting contributions has none, or when no row has any. */
    static final String SOCIAL_VALUE = "CASE WHEN COUNT(CASE WHEN CONTRIBUTIONS > 0 AND GROSS_SOCIAL_VALUE IS NULL THEN 1 END) = 0 "
            + "THEN SUM(GROSS_SOCIAL_VALUE) END, CASE WHEN COUNT(CASE WHEN CONTRIBUTIONS > 0 AND GROSS_SOCIAL_VALUE IS NULL THEN 1 END) "
            + "= 0 THEN SUM(NET_SOCIAL_VALUE) END";

    @Resource(lookup = "jdbc/dualimpact")
    DataSource dataSource;

    public JdbcRollupStore() {
    }

    public JdbcRollupStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public RollupState state() {
        return Jdbc.query(dataSource, "SELECT LEDGER_WATERMARK, JOURNAL_WATERMARK FROM ROLLUP_STATE WHERE ID = 1",
                r -> new RollupState(r.getLong(1), r.getLong(2))).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("ROLLUP_STATE row missing: the schema migrations did not run"));
    }

    @Override
    public Optional<RollupRun> run(long instance) {
        return Jdbc.query(dataSource, "SELECT FULL_REBUILD, ONLY_PERIOD, ONLY_TERRITORY, LEDGER_FROM, LEDGER_TO, JOURNAL_FROM, "
                + "JOURNAL_TO, PLANNED_AT FROM ROLLUP_RUN WHERE INSTANCE_ID = ?", r -> new RollupRun(instance,
                        new RollupRequest(r.getInt(1) == 1, Optional.ofNullable(r.getString(2)).map(String::strip).map(YearMonth::parse),
                                Optional.ofNullable(r.getString(3))),
                        r.getLong(4), r.getLong(5), r.getLong(6), r.getLong(7), r.getTimestamp(8).toInstant()), instance)
                .stream().findFirst();
    }

    /** An incremental run notes the slices of its agreements' figures; a full rebuild empties them (TRUNCATE on PostgreSQL). */
    @Override
    public void saveRun(RollupRun run) {
        RollupRequest request = run.request();
        try (Connection c = dataSource.getConnection()) {
            if (request.fullRebuild()) {
                Jdbc.update(c, SchemaMigrations.Database.of(c) == SchemaMigrations.Database.POSTGRESQL
                        ? "TRUNCATE TABLE ROLLUP_AGREEMENT_FIGURES" : "DELETE FROM ROLLUP_AGREEMENT_FIGURES");
                Jdbc.update(c, "UPDATE ROLLUP_STATE SET LEDGER_WATERMARK = 0, JOURNAL_WATERMARK = 0 WHERE ID = 1");
            }
            Jdbc.update(c, "INSERT INTO ROLLUP_RUN (INSTANCE_ID, FULL_REBUILD, ONLY_PERIOD, ONLY_TERRITORY, LEDGER_FROM, LEDGER_TO, "
                    + "JOURNAL_FROM, JOURNAL_TO, PLANNED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", run.instance(), request.fullRebuild() ? 1 : 0,
                    request.month().map(YearMonth::toString).orElse(null), request.territory().orElse(null), run.ledgerFrom(),
                    run.ledgerTo(), run.journalFrom(), run.journalTo(), Timestamp.from(run.plannedAt()));
            if (!request.fullRebuild() && !request.restricted()) {
                noteSlices(c, run);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot save run " + run.instance() + ": " + e.getMessage(), e);
        }
    }

    /** Notes (once) the slices the figures of the run's agreements lie in, in ROLLUP_RUN_SLICE. */
    private static void noteSlices(Connection c, RollupRun run) throws SQLException {
        List<Object> parameters = new ArrayList<>(List.of(run.instance()));
        String touched = touched(run, parameters);
        parameters.add(run.instance());
        Jdbc.update(c, "INSERT INTO ROLLUP_RUN_SLICE (INSTANCE_ID, TERRITORY_CODE, PERIOD) SELECT DISTINCT CAST(? AS BIGINT), "
                + "f.TERRITORY_CODE, f.PERIOD FROM ROLLUP_AGREEMENT_FIGURES f WHERE f.AGREEMENT_REF IN (" + touched + ") AND NOT EXISTS "
                + "(SELECT 1 FROM ROLLUP_RUN_SLICE s WHERE s.INSTANCE_ID = ? AND s.TERRITORY_CODE = f.TERRITORY_CODE "
                + "AND s.PERIOD = f.PERIOD)", parameters.toArray());
    }

    /** The agreements of an incremental run: with ledger entries, or formed by journal entries, within its bounds. */
    private static String touched(RollupRun run, List<Object> parameters) {
        parameters.addAll(List.of(run.ledgerFrom(), run.ledgerTo(), run.journalFrom(), run.journalTo()));
        return "SELECT AGREEMENT_REF FROM LEDGER_ENTRY WHERE SEQ >= ? AND SEQ < ? UNION SELECT SUBJECT FROM AUDIT_JOURNAL "
                + "WHERE SEQ >= ? AND SEQ < ? AND TO_STATE = 'AWAITING_SIGNATURES'";
    }

    /** The condition of a restricted run's slices on table alias {@code t}, or "1 = 1". */
    private static String covered(RollupRequest request, String t, List<Object> parameters) {
        request.month().ifPresent(m -> parameters.add(m.toString()));
        request.territory().ifPresent(parameters::add);
        return "1 = 1" + request.month().map(m -> " AND " + t + ".PERIOD = ?").orElse("")
                + request.territory().map(x -> " AND " + t + ".TERRITORY_CODE = ?").orElse("");
    }

    @Override
    public List<String> agreements(RollupRun run) {
        List<Object> parameters = new ArrayList<>();
        String sql;
        if (run.request().fullRebuild()) {
            sql = "SELECT REFERENCE FROM SPO WHERE STAGE IN " + JdbcAgreementSource.AGREEMENT_STAGES;
        } else if (run.request().restricted()) {
            sql = "SELECT AGREEMENT_REF FROM ROLLUP_AGREEMENT_FIGURES f WHERE " + covered(run.request(), "f", parameters)
                    + " UNION SELECT c.SPO_REF FROM SPO_COMMITMENT c JOIN SPO s ON s.REFERENCE = c.SPO_REF WHERE s.STAGE IN "
                    + JdbcAgreementSource.AGREEMENT_STAGES + run.request().month().map(m -> " AND c.START_DATE >= ? AND c.START_DATE < ?")
                    .orElse("") + run.request().territory().map(t -> " AND c.TERRITORY_CODE = ?").orElse("");
            run.request().month().ifPresent(m -> parameters.addAll(List.of(Date.valueOf(m.atDay(1)), Date.valueOf(m.plusMonths(1).atDay(1)))));
            run.request().territory().ifPresent(parameters::add);
        } else {
            sql = touched(run, parameters);
        }
        return Jdbc.query(dataSource, sql + " ORDER BY 1", r -> r.getString(1), parameters.toArray());
    }

    @Override
    public void replace(Map<String, List<KpiFigures>> figures) {
        Set<String> refs = figures.keySet();
        List<Object[]> rows = new ArrayList<>();
        figures.forEach((agreement, list) -> list.forEach(f -> rows.add(row(agreement, f))));
        try (Connection c = dataSource.getConnection()) {
            // a plan made while the table was small (a scan) must not stay: a first run fills it from empty
            Jdbc.onPostgresql(c, "SET LOCAL plan_cache_mode = force_custom_plan");
            for (List<String> part : Jdbc.parts(refs)) {
                Jdbc.update(c, "DELETE FROM ROLLUP_AGREEMENT_FIGURES WHERE AGREEMENT_REF IN (" + Jdbc.marks(part.size()) + ")",
                        part.toArray());
            }
            Jdbc.insert(c, "ROLLUP_AGREEMENT_FIGURES (AGREEMENT_REF, " + KPI + ")", rows);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the figures of agreements " + refs + ": " + e.getMessage(), e);
        }
    }

    private static Object[] row(String agreement, KpiFigures f) {
        KpiKey k = f.key();
        return new Object[] {agreement, k.month().toString(), k.territory(), k.region(), k.buyer(), k.supplier(), k.providers(),
            k.measure(), k.unit(), f.committedQuantity(), f.committedValue(), f.recordedQuantity(), f.recordedValue(),
            f.confirmedQuantity(), f.confirmedValue(), f.disputedQuantity(), f.disputedValue(), f.correctedQuantity(),
            f.correctedValue(), f.contributions(), f.grossSocialValue(), f.netSocialValue()};
    }

    @Override
    public int regroup(RollupRun run, Function<String, Set<String>> sdgTargets) {
        List<Object> parameters = new ArrayList<>();
        boolean incremental = !run.request().restricted() && !run.request().fullRebuild();
        String slices = run.request().restricted() ? covered(run.request(), "x", parameters) : run.request().fullRebuild() ? "1 = 1"
                : "EXISTS (SELECT 1 FROM ROLLUP_RUN_SLICE s WHERE s.INSTANCE_ID = ? AND s.TERRITORY_CODE = x.TERRITORY_CODE "
                        + "AND s.PERIOD = x.PERIOD)";
        if (incremental) {
            parameters.add(run.instance());
        }
        Object[] p = parameters.toArray();
        List<Object[]> links = new ArrayList<>();
        for (String measure : Jdbc.query(dataSource, "SELECT DISTINCT MEASURE_CODE FROM ROLLUP_AGREEMENT_FIGURES", r -> r.getString(1))) {
            sdgTargets.apply(measure).forEach(t -> links.add(new Object[] {measure, t}));
        }
        try (Connection c = dataSource.getConnection()) {
            if (incremental) {
                noteSlices(c, run); // and those the run's agreements lie in now
            }
            // PostgreSQL would sort millions of rows on disk, by collation, for the grouping and the anti-joins below (it
            // overestimates the groups, and likes merge joins and index probes here); hashing is 2-6 times faster (decision 0015)
            for (String setting : List.of("work_mem = '256MB'", "enable_sort = off", "enable_mergejoin = off", "enable_nestloop = off")) {
                Jdbc.onPostgresql(c, "SET LOCAL " + setting);
            }
            Jdbc.update(c, "DELETE FROM ROLLUP_MEASURE_SDG");
            Jdbc.insert(c, "ROLLUP_MEASURE_SDG (MEASURE_CODE, SDG_TARGET)", links);
            for (String table : List.of("KPI_ROLLUP", "KPI_SDG_ROLLUP")) {
                Jdbc.update(c, "DELETE FROM " + table + " x WHERE " + slices, p);
            }
            Jdbc.update(c, "INSERT INTO KPI_ROLLUP (" + KPI + ") SELECT " + GROUP + ", MEASURE_CODE, UNIT, SUM(COMMITTED_QUANTITY), "
                    + "SUM(COMMITTED_VALUE), SUM(RECORDED_QUANTITY), SUM(RECORDED_VALUE), SUM(CONFIRMED_QUANTITY), SUM(CONFIRMED_VALUE), "
                    + "SUM(DISPUTED_QUANTITY), SUM(DISPUTED_VALUE), SUM(CORRECTED_QUANTITY), SUM(CORRECTED_VALUE), SUM(CONTRIBUTIONS), "
                    + SOCIAL_VALUE + " FROM ROLLUP_AGREEMENT_FIGURES x WHERE " + slices + " GROUP BY " + GROUP + ", MEASURE_CODE, UNIT", p);
            Jdbc.update(c, "INSERT INTO KPI_SDG_ROLLUP (" + GROUP + ", SDG_TARGET, COMMITTED_VALUE, RECORDED_VALUE, CONFIRMED_VALUE, "
                    + "DISPUTED_VALUE, GROSS_SOCIAL_VALUE, NET_SOCIAL_VALUE) SELECT " + GROUP + ", m.SDG_TARGET, SUM(COMMITTED_VALUE), "
                    + "SUM(RECORDED_VALUE), SUM(CONFIRMED_VALUE), SUM(DISPUTED_VALUE), CASE WHEN COUNT(*) = COUNT(GROSS_SOCIAL_VALUE) "
                    + "THEN SUM(GROSS_SOCIAL_VALUE) END, CASE WHEN COUNT(*) = COUNT(GROSS_SOCIAL_VALUE) THEN SUM(NET_SOCIAL_VALUE) END "
                    + "FROM KPI_ROLLUP x JOIN ROLLUP_MEASURE_SDG m ON m.MEASURE_CODE = x.MEASURE_CODE WHERE " + slices
                    + " GROUP BY " + GROUP + ", m.SDG_TARGET", p);
            // agreement rows: only those that differ (few do on a full rebuild), not all deleted and inserted again
            Jdbc.update(c, "DELETE FROM KPI_ROLLUP_AGREEMENT x WHERE " + slices + " AND NOT EXISTS (SELECT 1 FROM ROLLUP_AGREEMENT_FIGURES f "
                    + "WHERE f.AGREEMENT_REF = x.AGREEMENT_REF AND f.TERRITORY_CODE = x.TERRITORY_CODE AND f.PERIOD = x.PERIOD AND f.REGION_CODE "
                    + "= x.REGION_CODE AND f.BUYER_ID = x.BUYER_ID AND f.SUPPLIER_ID = x.SUPPLIER_ID AND f.PROVIDER_GROUP = x.PROVIDER_GROUP)", p);
            Jdbc.update(c, "INSERT INTO KPI_ROLLUP_AGREEMENT (TERRITORY_CODE, PERIOD, AGREEMENT_REF, REGION_CODE, BUYER_ID, SUPPLIER_ID, "
                    + "PROVIDER_GROUP) SELECT DISTINCT TERRITORY_CODE, PERIOD, AGREEMENT_REF, REGION_CODE, BUYER_ID, SUPPLIER_ID, "
                    + "PROVIDER_GROUP FROM ROLLUP_AGREEMENT_FIGURES x WHERE " + slices + " AND NOT EXISTS (SELECT 1 FROM KPI_ROLLUP_AGREEMENT a "
                    + "WHERE a.TERRITORY_CODE = x.TERRITORY_CODE AND a.PERIOD = x.PERIOD AND a.AGREEMENT_REF = x.AGREEMENT_REF) "
                    + "ORDER BY TERRITORY_CODE, PERIOD, AGREEMENT_REF", p);
            if (!run.request().restricted()) {
                Jdbc.update(c, "UPDATE ROLLUP_STATE SET LEDGER_WATERMARK = ?, JOURNAL_WATERMARK = ? WHERE ID = 1", run.ledgerTo(),
                        run.journalTo());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot group the KPI rows of run " + run.instance() + ": " + e.getMessage(), e);
        }
        return Jdbc.query(dataSource, "SELECT COUNT(*) FROM (SELECT DISTINCT TERRITORY_CODE, PERIOD FROM KPI_ROLLUP x WHERE "
                + slices + ") d", r -> r.getInt(1), p).get(0);
    }
}
