/**
 * KPI roll-ups: what was committed, recorded, confirmed, disputed and corrected, and the social value
 * it represents, per month × territory × region × buyer × supplier × provider group × measure, and per
 * SDG target through the measures catalogue.
 *
 * <p>The roll-up is derived entirely from two sources that never change behind its back: the
 * append-only contribution ledger and the frozen commitment lines of agreements. Each agreement touched
 * since the last run is folded whole ({@link org.dualimpact.kernel.rollup.RollupCalculator}, through the
 * ledger's one fold of contributions) into its figures per month × territory × measure, which replace its
 * previous ones; the KPI rows of the slices ({@link org.dualimpact.kernel.rollup.Slice}: one territory in
 * one month) those figures lie in are then grouped from them ({@link org.dualimpact.kernel.rollup.RollupStore#regroup}).
 * Runs are incremental from a ledger sequence watermark ({@link org.dualimpact.kernel.rollup.RollupService}).
 *
 * <p>Social value needs proxy values and SDG links from the measures catalogue, reached through the
 * {@link org.dualimpact.kernel.rollup.MeasureReference} port, implemented over the stored catalogues by
 * {@link org.dualimpact.kernel.rollup.CatalogueMeasureReference} (which catalogue applies to a measure
 * code is documented there); a measure no catalogue defines stays empty (null), never zero.
 * Reading: {@link org.dualimpact.kernel.rollup.KpiService} (rows within what
 * {@link org.dualimpact.kernel.rollup.KpiAccess} lets a reader see),
 * {@link org.dualimpact.kernel.rollup.KpiSroiService} (SROI over any roll-up) and
 * {@link org.dualimpact.kernel.rollup.PublicImpactService} (the unauthenticated summary of an area).
 */
package org.dualimpact.kernel.rollup;
