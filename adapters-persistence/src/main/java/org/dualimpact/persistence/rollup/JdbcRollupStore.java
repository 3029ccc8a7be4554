package org.dualimpact.persistence.rollup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
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
 * The roll-up's tables (migrations V020, V023) in plain JDBC, in the caller's JTA transaction. Every write is
 * "delete what is there for these keys, insert the new rows" in one transaction, so repeating it after a
 * stop or a crash leaves the same rows; primary keys refuse a doubled row outright.
 */
@ApplicationScoped
public class JdbcRollupStore implements RollupStore {

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

    /**
     * Replaces the facts of entries {@code from <= seq < to}: a row per slice the facts touch, for the range
     * {@code [from, to)}. Rows of earlier writes never overlap one another; a write that overlaps them in
     * part keeps the facts they hold outside {@code [from, to)}, as rows of the ranges left over. That
     * happens when rows left beyond the index position by a stopped run are rewritten along other
     * boundaries (a new run over a longer ledger, another number of partitions) — possibly by two
     * partitions at once, each keeping the other's part of one old write: on PostgreSQL the rows read to
     * be split are locked ({@code FOR UPDATE}), so the second partition waits, finds them gone and
     * deletes what the first kept in its range; Derby's row locks make it wait likewise.
     */
    @Override
    public void index(long from, long to, List<ContributionFact> facts) {
        if (to <= from) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            String locked = SchemaMigrations.Database.of(c) == SchemaMigrations.Database.POSTGRESQL ? " FOR UPDATE" : "";
            List<Block> kept = new ArrayList<>();
            Set<Long> startingBefore = new TreeSet<>();
            for (Block b : overEdges(c, from, to, locked)) {
                kept.addAll(b.outside(from, to));
                if (b.from() < from) {
                    startingBefore.add(b.from());
                }
            }
            for (long start : startingBefore) {
                Jdbc.update(c, "DELETE FROM ROLLUP_FACT_BLOCK WHERE RANGE_FROM = ?", start);
            }
            Jdbc.update(c, "DELETE FROM ROLLUP_FACT_BLOCK WHERE RANGE_FROM >= ? AND RANGE_FROM < ?", from, to);
            // RollupService.index checked that every fact is placed and lies in from..to
            Map<Slice, List<ContributionFact>> bySlice = new LinkedHashMap<>();
            for (ContributionFact f : facts) {
                bySlice.computeIfAbsent(f.slice(), s -> new ArrayList<>()).add(f);
            }
            for (Map.Entry<Slice, List<ContributionFact>> e : bySlice.entrySet()) {
                List<ContributionFact> own = e.getValue();
                own.sort(Comparator.comparingLong(ContributionFact::sequence));
                kept.add(new Block(e.getKey(), from, to, own));
            }
            Jdbc.insert(c, "ROLLUP_FACT_BLOCK", "TERRITORY_CODE, PERIOD, RANGE_FROM, RANGE_TO, FACT_COUNT, FACTS", kept, (v, b) -> {
                v.text(b.slice().territory());
                v.text(b.slice().month().toString());
                v.integer(b.from());
                v.integer(b.to());
                v.integer(b.facts().size());
                v.text(FactBlock.encode(b.facts()));
            });
        } catch (SQLException e) {
            throw new IllegalStateException("cannot index ledger entries " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    /** A row of ROLLUP_FACT_BLOCK: the facts (in sequence order) of a slice among the entries {@code from <= seq < to}. */
    record Block(Slice slice, long from, long to, List<ContributionFact> facts) {

        /** The facts outside {@code [lo, hi)}, as blocks of the ranges left on either side (none when empty). */
        List<Block> outside(long lo, long hi) {
            List<Block> left = new ArrayList<>();
            List<ContributionFact> below = facts.stream().filter(f -> f.sequence() < lo).toList();
            List<ContributionFact> above = facts.stream().filter(f -> f.sequence() >= hi).toList();
            if (!below.isEmpty()) {
                left.add(new Block(slice, from, lo, below));
            }
            if (!above.isEmpty()) {
                left.add(new Block(slice, hi, to, above));
            }
            return left;
        }
    }

    private static List<Block> blocks(Connection c, String where, Object... parameters) throws SQLException {
        List<Block> found = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT TERRITORY_CODE, PERIOD, RANGE_FROM, RANGE_TO, FACT_COUNT, FACTS "
                + "FROM ROLLUP_FACT_BLOCK WHERE " + where)) {
            Jdbc.bind(select, parameters);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    Slice slice = new Slice(r.getString(1), YearMonth.parse(r.getString(2).strip()));
                    found.add(new Block(slice, r.getLong(3), r.getLong(4),
                            FactBlock.decode(slice.territory(), r.getString(6), r.getInt(5))));
                }
            }
        }
        return found;
    }

    /**
     * The rows reaching over either end of {@code [from, to)}: those of the write that starts before
     * {@code from} and reaches into the range (rows never overlap, so only the write starting last before
     * it can), and those starting inside the range that reach past {@code to}. {@code lock}: a clause
     * locking them, or empty.
     */
    private static List<Block> overEdges(Connection c, long from, long to, String lock) throws SQLException {
        List<Block> edges = new ArrayList<>();
        Long before = Jdbc.firstLong(c, "SELECT MAX(RANGE_FROM) FROM ROLLUP_FACT_BLOCK WHERE RANGE_FROM < ?", from);
        if (before != null) {
            edges.addAll(blocks(c, "RANGE_FROM = ? AND RANGE_TO > ?" + lock, before, from));
        }
        edges.addAll(blocks(c, "RANGE_FROM >= ? AND RANGE_FROM < ? AND RANGE_TO > ?" + lock, from, to, to));
        return edges;
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

    /**
     * Each sequence number is looked up in the write that holds it (the rows whose range starts at the
     * greatest {@code RANGE_FROM} not above it), whose rows are read once for all the numbers in it, and of
     * which only the recordings asked for are decoded; a number in no write's range marks the gap up to
     * the next write as not indexed.
     */
    @Override
    public Map<Long, ContributionFact> recordings(Collection<Long> sequences) {
        Map<Long, ContributionFact> found = new HashMap<>();
        TreeSet<Long> wanted = new TreeSet<>(sequences);
        try (Connection c = dataSource.getConnection()) {
            long coveredFrom = -1;
            long coveredTo = -1; // the numbers in [coveredFrom, coveredTo) are answered by what was read
            for (long sequence : wanted) {
                if (sequence < coveredFrom || sequence >= coveredTo) {
                    Long start = Jdbc.firstLong(c, "SELECT MAX(RANGE_FROM) FROM ROLLUP_FACT_BLOCK WHERE RANGE_FROM <= ?", sequence);
                    Long end = start == null ? null
                            : Jdbc.firstLong(c, "SELECT MAX(RANGE_TO) FROM ROLLUP_FACT_BLOCK WHERE RANGE_FROM = ?", start);
                    if (end != null && sequence < end) {
                        coveredFrom = start;
                        coveredTo = end;
                        NavigableSet<Long> inWrite = wanted.subSet(start, true, end, false);
                        try (PreparedStatement select = c.prepareStatement("SELECT TERRITORY_CODE, FACTS FROM ROLLUP_FACT_BLOCK "
                                + "WHERE RANGE_FROM = ?")) {
                            select.setLong(1, start);
                            try (ResultSet r = select.executeQuery()) {
                                while (r.next()) {
                                    for (ContributionFact f : FactBlock.decode(r.getString(1), r.getString(2), inWrite::contains)) {
                                        if (f.kind() == FactKind.RECORDED) {
                                            found.put(f.sequence(), f);
                                        }
                                    }
                                }
                            }
                        }
                    } else {
                        Long next = Jdbc.firstLong(c, "SELECT MIN(RANGE_FROM) FROM ROLLUP_FACT_BLOCK WHERE RANGE_FROM > ?", sequence);
                        coveredFrom = sequence;
                        coveredTo = next == null ? Long.MAX_VALUE : next;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read indexed recordings: " + e.getMessage(), e);
        }
        return found;
    }

    /**
     * The slices of the rows wholly inside the range, and those of the facts inside it of the rows that
     * reach over either end.
     */
    @Override
    public Set<Slice> slicesOfFacts(long from, long to) {
        Set<Slice> slices = new TreeSet<>();
        if (to <= from) {
            return slices;
        }
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement select = c.prepareStatement("SELECT DISTINCT TERRITORY_CODE, PERIOD FROM ROLLUP_FACT_BLOCK "
                    + "WHERE RANGE_FROM >= ? AND RANGE_FROM < ? AND RANGE_TO <= ?")) {
                Jdbc.bind(select, from, to, to);
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        slices.add(new Slice(r.getString(1), YearMonth.parse(r.getString(2).strip())));
                    }
                }
            }
            for (Block b : overEdges(c, from, to, "")) {
                if (b.facts().stream().anyMatch(f -> f.sequence() >= from && f.sequence() < to)) {
                    slices.add(b.slice());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the slices of ledger entries " + from + " to " + to + ": " + e.getMessage(), e);
        }
        return slices;
    }

    @Override
    public List<ContributionFact> facts(Slice slice, long before) {
        List<ContributionFact> facts = new ArrayList<>();
        for (List<ContributionFact> block : Jdbc.query(dataSource, "SELECT FACT_COUNT, FACTS FROM ROLLUP_FACT_BLOCK WHERE "
                + "TERRITORY_CODE = ? AND PERIOD = ? AND RANGE_FROM < ?", r -> FactBlock.decode(slice.territory(), r.getString(2), r.getInt(1)),
                slice.territory(), slice.month().toString(), before)) {
            for (ContributionFact f : block) {
                if (f.sequence() < before) {
                    facts.add(f);
                }
            }
        }
        facts.sort(Comparator.comparingLong(ContributionFact::sequence));
        return facts;
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
        return Optional.of(rows.stream().filter(Objects::nonNull).toList());
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
            Map<String, AgreementParties> distinct = new LinkedHashMap<>();
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
        return Jdbc.query(dataSource, "SELECT COALESCE(SUM(FACT_COUNT), 0) FROM ROLLUP_FACT_BLOCK", r -> r.getLong(1)).get(0);
    }
}
