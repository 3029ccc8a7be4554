package org.dualimpact.kernel.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dualimpact.kernel.catalogue.Adjustments;
import org.dualimpact.kernel.catalogue.Catalogue;
import org.dualimpact.kernel.catalogue.Measure;
import org.dualimpact.kernel.catalogue.ProxyValue;
import org.dualimpact.kernel.spo.Commitment;
import org.dualimpact.kernel.spo.ContributionType;
import org.dualimpact.kernel.spo.SpoReference;

/**
 * Values commitment lines with a catalogue's proxies, as of their date of commitment. Adjustments:
 * the tender's where it sets them, else the measure's, else the catalogue's defaults, else 0. Benefit
 * period: the tender's, else the measure's, else 1 year.
 */
public final class Valuation {

    private Valuation() {
    }

    public static List<ValuedCommitment> value(SpoReference spo, List<Commitment> commitments, LocalDate commitmentDate,
            Optional<Catalogue> catalogue, Adjustments tenderAdjustments, Integer tenderYears, String tenderTerritory) {
        List<ValuedCommitment> valued = new ArrayList<>();
        for (int i = 0; i < commitments.size(); i++) {
            valued.add(value(spo, i + 1, commitments.get(i), commitmentDate, catalogue, tenderAdjustments, tenderYears,
                    tenderTerritory));
        }
        return valued;
    }

    public static ValuedCommitment value(SpoReference spo, int line, Commitment c, LocalDate commitmentDate,
            Optional<Catalogue> catalogue, Adjustments tenderAdjustments, Integer tenderYears, String tenderTerritory) {
        Optional<Measure> measure = catalogue.flatMap(cat -> cat.measure(c.measureCode()));
        BigDecimal basis = basis(c, measure.map(Measure::isMonetary).orElse(false));
        Adjustments adjustments = (tenderAdjustments == null ? Adjustments.NONE : tenderAdjustments).orElse(
                measure.map(Measure::adjustments).orElse(null), catalogue.map(Catalogue::defaults).orElse(null));
        int years = tenderYears != null ? tenderYears : measure.map(Measure::benefitYears).filter(y -> y != null).orElse(1);
        Optional<ProxyValue> proxy = measure.flatMap(m -> m.proxyFor(commitmentDate.getYear()));
        ValuedCommitment.Proxy used = null;
        BigDecimal gross = null;
        BigDecimal net = null;
        if (proxy.isPresent()) {
            Catalogue cat = catalogue.orElseThrow();
            used = new ValuedCommitment.Proxy(cat.id(), cat.label(), measure.get().title(), proxy.get().year(),
                    proxy.get().gbpPerUnit(), proxy.get().source());
            gross = basis.multiply(proxy.get().gbpPerUnit()).setScale(2, RoundingMode.HALF_EVEN);
            net = gross.multiply(adjustments.netFactor()).setScale(2, RoundingMode.HALF_EVEN);
        }
        return new ValuedCommitment(spo, line, c.type(), c.measureCode(), c.quantity(), c.unit(), c.value(), c.territory(),
                c.postcodeDistrict(), commitmentDate, used, adjustments, years,
                measure.map(Measure::localWeight).orElse(BigDecimal.ONE), basis, gross, net,
                c.territory().equals(tenderTerritory));
    }

    /** What the proxy multiplies (see {@link ValuedCommitment}). */
    static BigDecimal basis(Commitment c, boolean monetaryMeasure) {
        if (c.type() == ContributionType.FINANCIAL) {
            return c.value().amount();
        }
        if (monetaryMeasure && c.value() != null) {
            return c.value().amount();
        }
        return c.quantity();
    }
}
