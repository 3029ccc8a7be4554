package org.dualimpact.persistence.rollup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.dualimpact.kernel.rollup.AgreementParties;
import org.dualimpact.kernel.rollup.AgreementSource;
import org.dualimpact.kernel.rollup.CommittedLine;

/**
 * Agreements for the roll-up, read with plain SQL from the SPO tables and the audit journal: an agreement
 * is an SPO in stage 2 or later ({@link #AGREEMENT_STAGES}); it is formed by the journal entry that moves
 * it to {@code AWAITING_SIGNATURES} (award, or submission of an existing relationship; see
 * {@link JdbcRollupStore#agreements}).
 */
@ApplicationScoped
public class JdbcAgreementSource implements AgreementSource {

    static final String AGREEMENT_STAGES = "('AWAITING_SIGNATURES', 'SIGNED', 'CONTRACTED', 'REVIEWED')";

    @Resource(lookup = "jdbc/dualimpact")
    DataSource dataSource;

    public JdbcAgreementSource() {
    }

    public JdbcAgreementSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Map<String, AgreementParties> parties(Collection<String> agreements) {
        Map<String, String[]> spos = new HashMap<>();
        Map<String, TreeSet<String>> providers = new HashMap<>();
        for (List<String> part : Jdbc.parts(agreements)) {
            String marks = Jdbc.marks(part.size());
            Jdbc.query(dataSource, "SELECT REFERENCE, BUYER_ID, SUPPLIER_ID FROM SPO WHERE STAGE IN " + AGREEMENT_STAGES
                    + " AND REFERENCE IN (" + marks + ")", r -> spos.put(r.getString(1), new String[] {r.getString(2), r.getString(3)}),
                    part.toArray());
            Jdbc.query(dataSource, "SELECT SPO_REF, PROVIDER_ID FROM SPO_PROVIDER WHERE SPO_REF IN (" + marks + ")",
                    r -> providers.computeIfAbsent(r.getString(1), k -> new TreeSet<>()).add(r.getString(2)), part.toArray());
        }
        Map<String, AgreementParties> result = new HashMap<>();
        spos.forEach((ref, p) -> result.put(ref, new AgreementParties(ref, p[0], p[1], providers.get(ref))));
        return result;
    }

    @Override
    public List<CommittedLine> committed(Collection<String> agreements) {
        List<CommittedLine> lines = new ArrayList<>();
        for (List<String> part : Jdbc.parts(agreements)) {
            lines.addAll(Jdbc.query(dataSource, "SELECT c.SPO_REF, c.LINE_NO, c.TERRITORY_CODE, c.START_DATE, c.MEASURE_CODE, c.UNIT, "
                    + "c.QUANTITY, c.AMOUNT FROM SPO_COMMITMENT c JOIN SPO s ON s.REFERENCE = c.SPO_REF WHERE s.STAGE IN " + AGREEMENT_STAGES
                    + " AND c.SPO_REF IN (" + Jdbc.marks(part.size()) + ") ORDER BY c.SPO_REF, c.LINE_NO", r -> new CommittedLine(
                            r.getString(1), r.getInt(2), r.getString(3), r.getDate(4).toLocalDate(), r.getString(5), r.getString(6),
                            r.getBigDecimal(7), r.getBigDecimal(8)), part.toArray()));
        }
        return lines;
    }

    @Override
    public long journalPosition() {
        return Jdbc.query(dataSource, "SELECT LAST_SEQ FROM JOURNAL_HEAD WHERE ID = 1", r -> r.getLong(1) + 1).stream()
                .findFirst().orElse(0L);
    }
}
