package org.dualimpact.persistence.rollup;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.dualimpact.kernel.rollup.AgreementParties;
import org.dualimpact.kernel.rollup.AgreementSource;
import org.dualimpact.kernel.rollup.CommittedLine;
import org.dualimpact.kernel.rollup.Slice;

/**
 * Agreements for the roll-up, read with plain SQL from the SPO tables and the audit journal: an agreement
 * is an SPO in stage 2 or later ({@link #AGREEMENT_STAGES}); it is formed by the journal entry that moves
 * it to {@code AWAITING_SIGNATURES} (award, or submission of an existing relationship).
 */
@ApplicationScoped
public class JdbcAgreementSource implements AgreementSource {

    static final String AGREEMENT_STAGES = "('AWAITING_SIGNATURES', 'SIGNED', 'CONTRACTED', 'REVIEWED')";
    private static final String LINE_COLUMNS = "c.SPO_REF, c.LINE_NO, c.TERRITORY_CODE, c.START_DATE, c.MEASURE_CODE, c.UNIT, "
            + "c.QUANTITY, c.AMOUNT";

    @Resource(lookup = "jdbc/dualimpact")
    DataSource dataSource;

    public JdbcAgreementSource() {
    }

    public JdbcAgreementSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Map<String, AgreementParties> parties(Set<String> agreements) {
        Map<String, String[]> spos = new HashMap<>();
        Map<String, TreeSet<String>> providers = new HashMap<>();
        List<String> all = new ArrayList<>(agreements);
        for (int start = 0; start < all.size(); start += 500) {
            List<String> part = all.subList(start, Math.min(start + 500, all.size()));
            Object[] refs = part.toArray();
            Jdbc.query(dataSource, "SELECT REFERENCE, BUYER_ID, SUPPLIER_ID FROM SPO WHERE STAGE IN " + AGREEMENT_STAGES
                    + " AND REFERENCE IN (" + Jdbc.marks(part.size()) + ")", r -> spos.put(r.getString(1),
                            new String[] {r.getString(2), r.getString(3)}), refs);
            Jdbc.query(dataSource, "SELECT SPO_REF, PROVIDER_ID FROM SPO_PROVIDER WHERE SPO_REF IN (" + Jdbc.marks(part.size()) + ")",
                    r -> providers.computeIfAbsent(r.getString(1), k -> new TreeSet<>()).add(r.getString(2)), refs);
        }
        Map<String, AgreementParties> result = new HashMap<>();
        spos.forEach((ref, p) -> result.put(ref, new AgreementParties(ref, p[0], p[1], providers.get(ref))));
        return result;
    }

    @Override
    public List<CommittedLine> committed(Slice slice) {
        LocalDate first = slice.month().atDay(1);
        return Jdbc.query(dataSource, "SELECT " + LINE_COLUMNS + " FROM SPO_COMMITMENT c JOIN SPO s ON s.REFERENCE = c.SPO_REF "
                + "WHERE c.TERRITORY_CODE = ? AND c.START_DATE >= ? AND c.START_DATE < ? AND s.STAGE IN " + AGREEMENT_STAGES
                + " ORDER BY c.SPO_REF, c.LINE_NO", r -> new CommittedLine(r.getString(1), r.getInt(2), r.getString(3),
                        r.getDate(4).toLocalDate(), r.getString(5), r.getString(6), r.getBigDecimal(7), r.getBigDecimal(8)),
                slice.territory(), Date.valueOf(first), Date.valueOf(first.plusMonths(1)));
    }

    @Override
    public Set<Slice> committedSlices() {
        return slices("SELECT DISTINCT c.TERRITORY_CODE, c.START_DATE FROM SPO_COMMITMENT c JOIN SPO s ON s.REFERENCE = c.SPO_REF "
                + "WHERE s.STAGE IN " + AGREEMENT_STAGES);
    }

    @Override
    public Set<Slice> committedSlicesFormed(long journalFrom, long journalTo) {
        return slices("SELECT DISTINCT c.TERRITORY_CODE, c.START_DATE FROM SPO_COMMITMENT c JOIN AUDIT_JOURNAL j "
                + "ON j.SUBJECT = c.SPO_REF WHERE j.SEQ >= ? AND j.SEQ < ? AND j.TO_STATE = 'AWAITING_SIGNATURES'",
                journalFrom, journalTo);
    }

    private Set<Slice> slices(String sql, Object... parameters) {
        return new TreeSet<>(Jdbc.query(dataSource, sql, r -> new Slice(Slice.territoryOf(r.getString(1)),
                YearMonth.from(r.getDate(2).toLocalDate())), parameters));
    }

    @Override
    public long journalPosition() {
        return Jdbc.query(dataSource, "SELECT LAST_SEQ FROM JOURNAL_HEAD WHERE ID = 1", r -> r.getLong(1) + 1).stream()
                .findFirst().orElse(0L);
    }
}
