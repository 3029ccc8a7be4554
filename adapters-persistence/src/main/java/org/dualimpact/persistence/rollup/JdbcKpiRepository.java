package org.dualimpact.persistence.rollup;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.dualimpact.kernel.rollup.AgreementParties;
import org.dualimpact.kernel.rollup.KpiFigures;
import org.dualimpact.kernel.rollup.KpiFilter;
import org.dualimpact.kernel.rollup.KpiKey;
import org.dualimpact.kernel.rollup.KpiRepository;
import org.dualimpact.kernel.rollup.KpiScope;
import org.dualimpact.kernel.rollup.SdgFigures;
import org.dualimpact.kernel.rollup.SdgKey;

/** Reads the roll-up tables with the filter and the reader's scope turned into one WHERE clause. */
@ApplicationScoped
public class JdbcKpiRepository implements KpiRepository {

    private static final String ORDER = " ORDER BY PERIOD, TERRITORY_CODE, BUYER_ID, SUPPLIER_ID, PROVIDER_GROUP";

    @Resource(lookup = "jdbc/dualimpact")
    DataSource dataSource;

    public JdbcKpiRepository() {
    }

    public JdbcKpiRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A WHERE clause and its parameters. */
    private static final class Where {
        final StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        final List<Object> parameters = new ArrayList<>();

        Where and(String condition, Object... values) {
            sql.append(" AND ").append(condition);
            parameters.addAll(Arrays.asList(values));
            return this;
        }
    }

    private static String inGroup() {
        return "(' ' || PROVIDER_GROUP || ' ') LIKE ? ESCAPE '\\'";
    }

    private static String groupPattern(String provider) {
        return "% " + provider.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + " %";
    }

    private static Where where(KpiFilter f, KpiScope scope, boolean withMeasureAndProvider) {
        Where w = new Where();
        f.territory().ifPresent(v -> w.and("TERRITORY_CODE = ?", v));
        f.region().ifPresent(v -> w.and("REGION_CODE = ?", v));
        f.buyer().ifPresent(v -> w.and("BUYER_ID = ?", v));
        f.supplier().ifPresent(v -> w.and("SUPPLIER_ID = ?", v));
        if (withMeasureAndProvider) {
            f.provider().ifPresent(v -> w.and(inGroup(), groupPattern(v)));
            f.measure().ifPresent(v -> w.and("MEASURE_CODE = ?", v));
        }
        f.from().ifPresent(v -> w.and("PERIOD >= ?", v.toString()));
        f.to().ifPresent(v -> w.and("PERIOD <= ?", v.toString()));
        if (scope != null && !scope.everything()) {
            List<String> any = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            for (KpiScope.Grant g : scope.grants()) {
                if (g instanceof KpiScope.Territories t) {
                    if (!t.codes().isEmpty()) {
                        any.add("TERRITORY_CODE IN (" + Jdbc.marks(t.codes().size()) + ")");
                        values.addAll(new TreeSet<>(t.codes()));
                    }
                } else if (g instanceof KpiScope.Buyer b) {
                    any.add("BUYER_ID = ?");
                    values.add(b.organisation());
                } else if (g instanceof KpiScope.Supplier s) {
                    any.add("SUPPLIER_ID = ?");
                    values.add(s.organisation());
                } else if (g instanceof KpiScope.Provider p) {
                    any.add(inGroup());
                    values.add(groupPattern(p.organisation()));
                }
            }
            w.and(any.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", any) + ")", values.toArray());
        }
        return w;
    }

    @Override
    public List<KpiFigures> find(KpiFilter filter, KpiScope scope, int offset, int limit) {
        Where w = where(filter, scope, true);
        w.parameters.add(offset);
        w.parameters.add(limit);
        return Jdbc.query(dataSource, "SELECT " + JdbcRollupStore.KPI + " FROM KPI_ROLLUP" + w.sql + ORDER
                + ", MEASURE_CODE, UNIT OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", r -> new KpiFigures(new KpiKey(
                        YearMonth.parse(r.getString(1).strip()), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getString(7), r.getString(8)), r.getBigDecimal(9), r.getBigDecimal(10),
                        r.getBigDecimal(11), r.getBigDecimal(12), r.getBigDecimal(13), r.getBigDecimal(14), r.getBigDecimal(15),
                        r.getBigDecimal(16), r.getBigDecimal(17), r.getBigDecimal(18), r.getLong(19), r.getBigDecimal(20),
                        r.getBigDecimal(21)), w.parameters.toArray());
    }

    @Override
    public long count(KpiFilter filter, KpiScope scope) {
        Where w = where(filter, scope, true);
        return Jdbc.query(dataSource, "SELECT COUNT(*) FROM KPI_ROLLUP" + w.sql, r -> r.getLong(1), w.parameters.toArray()).get(0);
    }

    @Override
    public List<SdgFigures> findSdg(KpiFilter filter, KpiScope scope) {
        Where w = where(filter, scope, false);
        return Jdbc.query(dataSource, "SELECT PERIOD, TERRITORY_CODE, REGION_CODE, BUYER_ID, SUPPLIER_ID, PROVIDER_GROUP, "
                + "SDG_TARGET, COMMITTED_VALUE, RECORDED_VALUE, CONFIRMED_VALUE, DISPUTED_VALUE, GROSS_SOCIAL_VALUE, "
                + "NET_SOCIAL_VALUE FROM KPI_SDG_ROLLUP" + w.sql + ORDER + ", SDG_TARGET", r -> new SdgFigures(new SdgKey(
                        YearMonth.parse(r.getString(1).strip()), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getString(7)), r.getBigDecimal(8), r.getBigDecimal(9), r.getBigDecimal(10),
                        r.getBigDecimal(11), r.getBigDecimal(12), r.getBigDecimal(13)), w.parameters.toArray());
    }

    @Override
    public List<AgreementParties> agreements(KpiFilter filter) {
        Where w = where(filter, null, false);
        return Jdbc.query(dataSource, "SELECT DISTINCT AGREEMENT_REF, BUYER_ID, SUPPLIER_ID, PROVIDER_GROUP FROM KPI_ROLLUP_AGREEMENT"
                + w.sql, r -> new AgreementParties(r.getString(1), r.getString(2), r.getString(3),
                        new TreeSet<>(Arrays.asList(r.getString(4).split(" ")))), w.parameters.toArray());
    }
}
