/**
 * KPI roll-ups: what was committed, recorded, confirmed, disputed and corrected, and its social value, per
 * month × territory × region × buyer × supplier × provider group × measure, and per SDG target.
 *
 * <p>Built by {@link org.dualimpact.kernel.rollup.RollupService} from the append-only ledger and the frozen
 * commitment lines: each agreement touched since the last run is folded whole
 * ({@link org.dualimpact.kernel.rollup.RollupCalculator}), then the KPI rows of the slices its figures lie in
 * are grouped again ({@link org.dualimpact.kernel.rollup.RollupStore}). Read through
 * {@link org.dualimpact.kernel.rollup.KpiService}, {@link org.dualimpact.kernel.rollup.KpiSroiService} and
 * {@link org.dualimpact.kernel.rollup.PublicImpactService}; valued through
 * {@link org.dualimpact.kernel.rollup.MeasureReference} (docs/kpi-rollup.md).
 */
package org.dualimpact.kernel.rollup;
