package org.dualimpact.persistence.rollup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.dualimpact.kernel.rollup.AgreementParties;
import org.dualimpact.kernel.rollup.ContributionFact;
import org.dualimpact.kernel.rollup.FactKind;
import org.dualimpact.kernel.rollup.KpiFigures;
import org.dualimpact.kernel.rollup.RollupRequest;
import org.dualimpact.kernel.rollup.RollupRun;
import org.dualimpact.kernel.rollup.RollupState;
import org.dualimpact.kernel.rollup.RollupStore;
import org.dualimpact.kernel.rollup.SdgFigures;
import org.dualimpact.kernel.rollup.Slice;
import org.dualimpact.kernel.rollup.SliceFigures;
import org.dualimpact.persistence.schema.SchemaMigrations;

/**
 * The roll-up's tables (migration V020) in plain JDBC, in the caller's JTA transaction. Every write is
 * "delete what is there for these keys, insert the new rows" in one transaction, so repeating it after a
 * stop or a crash leaves the same rows; primary keys refuse a doubled row outright.
 */
@ApplicationScoped
public class JdbcRollupStore implements RollupStore {

    static final String FACT_COLUMNS = "SEQ, CONTRIBUTION_SEQ, KIND, AGREEMENT_REF, TERRITORY_CODE, PERIOD, DELIVERY_DATE, "
            + "MEASURE_CODE, UNIT, QUANTITY, AMOUNT";

    @Resource(lookup = "jdbc/dualimpact")
    DataSource dataSource;

    /** For CDI. */
    public JdbcRollupStore() {
    }

    /** Outside a container (tools, benchmarks). */
    public JdbcRollupStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public RollupState state() {
        return Jdbc.query(dataSource, "SELECT INDEXED_TO, LEDGER_WATERMARK, JOURNAL_WATERMARK FROM ROLLUP_STATE WHERE ID = 1",
                r -> new RollupState(r.getLong(1), r.getLong(2), r.getLong(3))).stream().findFirst()
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

    @Override
    public void saveRun(RollupRun run) {
        Jdbc.update(dataSource, "INSERT INTO ROLLUP_RUN (INSTANCE_ID, FULL_REBUILD, ONLY_PERIOD, ONLY_TERRITORY, LEDGER_FROM, "
                + "LEDGER_TO, JOURNAL_FROM, JOURNAL_TO, PLANNED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", run.instance(),
                run.request().fullRebuild() ? 1 : 0, run.request().month().map(YearMonth::toString).orElse(null),
                run.request().territory().orElse(null), run.ledgerFrom(), run.ledgerTo(), run.journalFrom(), run.journalTo(),
                Timestamp.from(run.plannedAt()));
    }

    /** Below this many entries, indexing maintains the slice index row by row. */
    static final long BULK_MIN_ENTRIES = 100_000;

    /**
     * A load at least as large as the facts already indexed (and at least {@link #BULK_MIN_ENTRIES}) — the
     * first run of an installation, or a catch-up — drops the slice index {@code ROLLUP_FACT_SLICE}:
     * maintaining it row by row in random order costs several times more than building it once after the
     * load ({@link #restoreIndexes}). Only the roll-up reads facts, after its index step, so nothing else notices.
     */
    @Override
    public void beginIndexing(long from, long to) {
        long entries = to - from;
        if (entries < BULK_MIN_ENTRIES || entries < from) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            if (sliceIndexExists(c)) {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP INDEX " + SLICE_INDEX);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare indexing of ledger entries " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void index(long from, long to, List<ContributionFact> facts) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM ROLLUP_FACT WHERE SEQ >= ? AND SEQ < ?")) {
                delete.setLong(1, from);
                delete.setLong(2, to);
                delete.executeUpdate();
            }
            // RollupService.index checked that every fact is placed and lies in from..to
            Jdbc.insert(c, "ROLLUP_FACT", FACT_COLUMNS, facts, (v, f) -> {
                v.integer(f.sequence());
                v.integer(f.contribution());
                v.text(f.kind().name());
                v.text(f.agreement());
                v.text(f.territory());
                v.text(f.month().toString());
                v.date(f.deliveryDate());
                v.text(f.measure());
                v.text(f.unit());
                v.number(f.quantity());
                v.number(f.value());
            });
        } catch (SQLException e) {
            throw new IllegalStateException("cannot index ledger entries " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    /** Serialises rebuilds of the slice index in this JVM: one may run on a thread of its own while slices are computed from memory. */
    private static final Object REBUILDING = new Object();

    /**
     * Rebuilds the slice index if {@link #beginIndexing} dropped it; a caller in this JVM arriving during a
     * rebuild waits for it. One on another server building it at the same moment fails to create it; the
     * index then exists, and that is all this promises.
     */
    @Override
    public void restoreIndexes() {
        synchronized (REBUILDING) {
            try (Connection c = dataSource.getConnection()) {
                if (!sliceIndexExists(c)) {
                    try (Statement s = c.createStatement()) {
                        s.execute("CREATE INDEX " + SLICE_INDEX + " ON ROLLUP_FACT " + sliceIndexColumns(c));
                    } catch (SQLException e) {
                        // another server built it meanwhile (a rebuild left running by a stopped run): it is there
                        if (!sliceIndexExists(c)) {
                            throw e;
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot rebuild the slice index " + SLICE_INDEX + ": " + e.getMessage(), e);
            }
        }
    }

    /** Moves {@code INDEXED_TO} (never back). */
    @Override
    public void indexed(long to) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement state = c.prepareStatement(
                    "UPDATE ROLLUP_STATE SET INDEXED_TO = CASE WHEN INDEXED_TO < ? THEN ? ELSE INDEXED_TO END WHERE ID = 1")) {
                state.setLong(1, to);
                state.setLong(2, to);
                state.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot finish indexing to ledger entry " + to + ": " + e.getMessage(), e);
        }
    }

    /** The index of facts by slice (migrations V020, V022). */
    static final String SLICE_INDEX = "ROLLUP_FACT_SLICE";

    /**
     * The slice index's columns as the migrations define them: without SEQ on PostgreSQL, whose B-tree
     * stores each slice's key once (V022); with SEQ on Derby (V020).
     */
    static String sliceIndexColumns(Connection c) throws SQLException {
        return SchemaMigrations.Database.of(c) == SchemaMigrations.Database.POSTGRESQL
                ? "(TERRITORY_CODE, PERIOD)" : "(TERRITORY_CODE, PERIOD, SEQ)";
    }

    private static boolean sliceIndexExists(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        boolean lower = meta.storesLowerCaseIdentifiers();
        String table = lower ? "rollup_fact" : "ROLLUP_FACT";
        try (ResultSet indexes = meta.getIndexInfo(null, c.getSchema(), table, false, true)) {
            while (indexes.next()) {
                if (SLICE_INDEX.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public Map<Long, ContributionFact> recordings(Collection<Long> sequences) {
        try (Connection c = dataSource.getConnection()) {
            return recordings(c, new TreeSet<>(sequences));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read indexed recordings: " + e.getMessage(), e);
        }
    }

    /** Stored recordings by sequence number, read 500 at a time. */
    private static Map<Long, ContributionFact> recordings(Connection c, Set<Long> sequences) throws SQLException {
        Map<Long, ContributionFact> found = new HashMap<>();
        List<Long> all = new ArrayList<>(sequences);
        for (int start = 0; start < all.size(); start += 500) {
            List<Long> part = all.subList(start, Math.min(start + 500, all.size()));
            try (PreparedStatement select = c.prepareStatement("SELECT " + FACT_COLUMNS + " FROM ROLLUP_FACT WHERE KIND = "
                    + "'RECORDED' AND SEQ IN (" + Jdbc.marks(part.size()) + ")")) {
                for (int i = 0; i < part.size(); i++) {
                    select.setLong(i + 1, part.get(i));
                }
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        ContributionFact f = fact(r);
                        found.put(f.sequence(), f);
                    }
                }
            }
        }
        return found;
    }

    static ContributionFact fact(ResultSet r) throws SQLException {
        return new ContributionFact(r.getLong(1), r.getLong(2), FactKind.valueOf(r.getString(3)), r.getString(4),
                r.getString(5), ContributionFact.date(r.getString(7).strip()), r.getString(8), r.getString(9), r.getBigDecimal(10),
                r.getBigDecimal(11));
    }

    @Override
    public Set<Slice> slicesOfFacts(long from, long to) {
        return new TreeSet<>(Jdbc.query(dataSource, "SELECT DISTINCT TERRITORY_CODE, PERIOD FROM ROLLUP_FACT WHERE SEQ >= ? AND SEQ < ?",
                r -> new Slice(r.getString(1), YearMonth.parse(r.getString(2).strip())), from, to));
    }

    @Override
    public List<ContributionFact> facts(Slice slice, long before) {
        return Jdbc.query(dataSource, "SELECT " + FACT_COLUMNS + " FROM ROLLUP_FACT WHERE TERRITORY_CODE = ? AND PERIOD = ? "
                + "AND SEQ < ? ORDER BY SEQ", JdbcRollupStore::fact,
                slice.territory(), slice.month().toString(), before);
    }

    @Override
    public Set<Slice> storedSlices() {
        Set<Slice> slices = new TreeSet<>();
        for (String table : List.of("KPI_ROLLUP", "KPI_SDG_ROLLUP", "KPI_ROLLUP_AGREEMENT")) {
            slices.addAll(Jdbc.query(dataSource, "SELECT DISTINCT TERRITORY_CODE, PERIOD FROM " + table,
                    r -> new Slice(r.getString(1), YearMonth.parse(r.getString(2).strip()))));
        }
        return slices;
    }

    @Override
    public Optional<List<Slice>> plannedSlices(long instance) {
        List<Slice> rows = Jdbc.query(dataSource, "SELECT SLICE_NO, TERRITORY_CODE, PERIOD FROM ROLLUP_RUN_SLICE "
                + "WHERE INSTANCE_ID = ? ORDER BY SLICE_NO", r -> r.getInt(1) < 0 ? null
                        : new Slice(r.getString(2), YearMonth.parse(r.getString(3).strip())), instance);
        if (rows.isEmpty()) {
            return Optional.empty(); // not planned: a planned run has at least its marker row -1
        }
        return Optional.of(rows.stream().filter(java.util.Objects::nonNull).toList());
    }

    @Override
    public void planSlices(long instance, List<Slice> slices) {
        if (plannedSlices(instance).isPresent()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO ROLLUP_RUN_SLICE (INSTANCE_ID, SLICE_NO, TERRITORY_CODE, PERIOD) VALUES (?, ?, ?, ?)")) {
            // row -1 marks "planned" even when there is nothing to recompute
            insert.setLong(1, instance);
            insert.setInt(2, -1);
            insert.setString(3, "-");
            insert.setString(4, "-------");
            insert.addBatch();
            int n = 0;
            for (Slice s : slices) {
                insert.setLong(1, instance);
                insert.setInt(2, n++);
                insert.setString(3, s.territory());
                insert.setString(4, s.month().toString());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot save the slices of run " + instance + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void replace(SliceFigures figures) {
        replace(List.of(figures));
    }

    /** One delete per table for all the slices, then one bulk write per table (a COPY each on PostgreSQL). */
    @Override
    public void replace(List<SliceFigures> figures) {
        if (figures.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            delete(c, figures.stream().map(SliceFigures::slice).toList());
            insertKpis(c, figures.stream().flatMap(f -> f.kpis().stream()).toList());
            insertSdgs(c, figures.stream().flatMap(f -> f.sdgs().stream()).toList());
            insertAgreements(c, figures);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store slices " + figures.stream().map(SliceFigures::slice).toList() + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void remove(Collection<Slice> slices) {
        try (Connection c = dataSource.getConnection()) {
            delete(c, slices);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot remove slices: " + e.getMessage(), e);
        }
    }

    @Override
    public void advance(long ledgerWatermark, long journalWatermark) {
        Jdbc.update(dataSource, "UPDATE ROLLUP_STATE SET LEDGER_WATERMARK = ?, JOURNAL_WATERMARK = ? WHERE ID = 1",
                ledgerWatermark, journalWatermark);
    }

    private static void delete(Connection c, Collection<Slice> slices) throws SQLException {
        for (String table : List.of("KPI_ROLLUP", "KPI_SDG_ROLLUP", "KPI_ROLLUP_AGREEMENT")) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE TERRITORY_CODE = ? AND PERIOD = ?")) {
                // a first run fills these tables from empty: a plan made then (a scan) must not stay
                PostgresCopy.planEachExecution(delete);
                for (Slice s : slices) {
                    delete.setString(1, s.territory());
                    delete.setString(2, s.month().toString());
                    delete.addBatch();
                }
                delete.executeBatch();
            }
        }
    }

    private static void insertKpis(Connection c, List<KpiFigures> rows) throws SQLException {
        Jdbc.insert(c, "KPI_ROLLUP", "PERIOD, TERRITORY_CODE, REGION_CODE, BUYER_ID, SUPPLIER_ID, PROVIDER_GROUP, MEASURE_CODE, "
                + "UNIT, COMMITTED_QUANTITY, COMMITTED_VALUE, RECORDED_QUANTITY, RECORDED_VALUE, CONFIRMED_QUANTITY, CONFIRMED_VALUE, "
                + "DISPUTED_QUANTITY, DISPUTED_VALUE, CORRECTED_QUANTITY, CORRECTED_VALUE, CONTRIBUTIONS, GROSS_SOCIAL_VALUE, "
                + "NET_SOCIAL_VALUE", rows, (v, r) -> {
                    group(v, r.key().month(), r.key().territory(), r.key().region(), r.key().buyer(), r.key().supplier(),
                            r.key().providers());
                    v.text(r.key().measure());
                    v.text(r.key().unit());
                    v.number(r.committedQuantity());
                    v.number(r.committedValue());
                    v.number(r.recordedQuantity());
                    v.number(r.recordedValue());
                    v.number(r.confirmedQuantity());
                    v.number(r.confirmedValue());
                    v.number(r.disputedQuantity());
                    v.number(r.disputedValue());
                    v.number(r.correctedQuantity());
                    v.number(r.correctedValue());
                    v.integer(r.contributions());
                    v.number(r.grossSocialValue());
                    v.number(r.netSocialValue());
                });
    }

    private static void insertSdgs(Connection c, List<SdgFigures> rows) throws SQLException {
        Jdbc.insert(c, "KPI_SDG_ROLLUP", "PERIOD, TERRITORY_CODE, REGION_CODE, BUYER_ID, SUPPLIER_ID, PROVIDER_GROUP, SDG_TARGET, "
                + "COMMITTED_VALUE, RECORDED_VALUE, CONFIRMED_VALUE, DISPUTED_VALUE, GROSS_SOCIAL_VALUE, NET_SOCIAL_VALUE", rows,
                (v, r) -> {
                    group(v, r.key().month(), r.key().territory(), r.key().region(), r.key().buyer(), r.key().supplier(),
                            r.key().providers());
                    v.text(r.key().sdgTarget());
                    v.number(r.committedValue());
                    v.number(r.recordedValue());
                    v.number(r.confirmedValue());
                    v.number(r.disputedValue());
                    v.number(r.grossSocialValue());
                    v.number(r.netSocialValue());
                });
    }

    /** The group columns KPI and SDG rows share: PERIOD … PROVIDER_GROUP. */
    private static void group(Jdbc.Values v, YearMonth month, String territory, String region, String buyer, String supplier,
            String providers) throws SQLException {
        v.text(month.toString());
        v.text(territory);
        v.text(region);
        v.text(buyer);
        v.text(supplier);
        v.text(providers);
    }

    private static void insertAgreements(Connection c, List<SliceFigures> figures) throws SQLException {
        record Row(Slice slice, String region, AgreementParties parties) {
        }
        List<Row> rows = new ArrayList<>();
        for (SliceFigures f : figures) {
            String region = f.kpis().isEmpty() ? Slice.UNKNOWN_TERRITORY : f.kpis().get(0).key().region();
            Map<String, AgreementParties> distinct = new java.util.LinkedHashMap<>();
            for (AgreementParties a : f.agreements()) {
                distinct.putIfAbsent(a.agreement(), a);
            }
            distinct.values().forEach(a -> rows.add(new Row(f.slice(), region, a)));
        }
        Jdbc.insert(c, "KPI_ROLLUP_AGREEMENT", "TERRITORY_CODE, PERIOD, AGREEMENT_REF, REGION_CODE, BUYER_ID, SUPPLIER_ID, "
                + "PROVIDER_GROUP", rows, (v, r) -> {
                    v.text(r.slice().territory());
                    v.text(r.slice().month().toString());
                    v.text(r.parties().agreement());
                    v.text(r.region());
                    v.text(r.parties().buyer());
                    v.text(r.parties().supplier());
                    v.text(r.parties().providerGroup());
                });
    }

    /** Used by the benchmark and tests: how many facts are indexed. */
    public long factCount() {
        return Jdbc.query(dataSource, "SELECT COUNT(*) FROM ROLLUP_FACT", r -> r.getLong(1)).get(0);
    }
}
