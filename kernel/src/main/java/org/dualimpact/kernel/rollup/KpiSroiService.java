package org.dualimpact.kernel.rollup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.sroi.Sroi;
import org.dualimpact.kernel.sroi.SroiResult;
import org.dualimpact.kernel.sroi.SroiService;

/** SROI of any roll-up: the rows a reader may see matching a filter, valued by the roll-up's own social value. */
public final class KpiSroiService {

    private final KpiRepository kpis;
    private final KpiAccess access;
    private final MeasureReference measures;
    private final BigDecimal defaultRate;

    /**
     * @param measures the SROI terms (benefit period, drop-off) of measures
     * @param defaultRate the SROI discount rate when a request names none (0 to 0.25; the Green Book's 0.035)
     */
    public KpiSroiService(KpiRepository kpis, KpiAccess access, MeasureReference measures, BigDecimal defaultRate) {
        this.kpis = Objects.requireNonNull(kpis);
        this.access = Objects.requireNonNull(access);
        this.measures = Objects.requireNonNull(measures);
        this.defaultRate = SroiService.rate(defaultRate);
    }

    /**
     * SROI of the rows {@link KpiService#kpis} would give the reader, gross and net: one line per measure and
     * unit counting contributions, its first-year value the rows' stored social value (never revalued here), its
     * investment their recorded GBP value, its benefit period and drop-off the measure's terms (unknown: 1 year,
     * no drop-off). Rows without social value are left out, investment too, and listed in {@code notValued}.
     * At {@code rate}, else the configured rate.
     */
    public SroiResult sroi(Actor actor, KpiFilter filter, Optional<BigDecimal> rate) {
        BigDecimal discountRate = rate.map(SroiService::rate).orElse(defaultRate);
        KpiScope scope = access.permitted(actor, filter);
        Map<String, SroiLine> lines = new TreeMap<>();
        kpis.each(filter, scope, row -> {
            if (row.contributions() > 0) {
                lines.computeIfAbsent(row.key().measure() + "\u0000" + row.key().unit(),
                        k -> new SroiLine(row.key().measure(), row.key().unit())).add(row);
            }
        });
        List<Sroi.Outcome> outcomes = new ArrayList<>();
        List<String> notValued = new ArrayList<>();
        for (SroiLine line : lines.values()) {
            String label = line.measure + " (" + line.unit + ")";
            if (line.unvaluedRows > 0) {
                notValued.add(label + ": " + line.unvaluedRows + (line.unvaluedRows == 1 ? " roll-up row" : " roll-up rows")
                        + " without a proxy value (recorded GBP " + line.unvaluedInvestment.toPlainString() + " not counted)");
            }
            if (line.valuedRows == 0) {
                continue;
            }
            Optional<MeasureReference.Terms> terms = measures.terms(line.measure);
            outcomes.add(new Sroi.Outcome(label + terms.map(t -> ", terms from " + t.source()).orElse(
                    ", no catalogue terms: 1 year, no drop-off"), line.gross, line.net,
                    terms.map(MeasureReference.Terms::dropOff).orElse(BigDecimal.ZERO),
                    terms.map(MeasureReference.Terms::benefitYears).orElse(1), line.investment));
        }
        return Sroi.computeOutcomes(outcomes, discountRate, notValued);
    }

    /** The rows of one measure and unit, added up for SROI. */
    private static final class SroiLine {
        final String measure;
        final String unit;
        long valuedRows;
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal investment = BigDecimal.ZERO;
        long unvaluedRows;
        BigDecimal unvaluedInvestment = BigDecimal.ZERO;

        SroiLine(String measure, String unit) {
            this.measure = measure;
            this.unit = unit;
        }

        void add(KpiFigures row) {
            if (row.grossSocialValue() == null) {
                unvaluedRows++;
                unvaluedInvestment = unvaluedInvestment.add(row.investment());
            } else {
                valuedRows++;
                gross = gross.add(row.grossSocialValue());
                net = net.add(row.netSocialValue());
                investment = investment.add(row.investment());
            }
        }
    }
}
