/**
 * Social return on investment: {@link org.dualimpact.kernel.sroi.Sroi} computes present value, net
 * present value and the SROI ratio of valued outcomes — impact = quantity × proxy × (1 − deadweight)
 * × (1 − displacement) × (1 − attribution), declining by the drop-off each year, discounted at a
 * configurable rate (default 3.5 %, the Green Book rate) — always gross and net side by side.
 * {@link org.dualimpact.kernel.sroi.SroiService} applies it to a commitment, an agreement and a bid;
 * {@link org.dualimpact.kernel.rollup.KpiSroiService#sroi} to any KPI roll-up (over its stored gross and net
 * social value, {@link org.dualimpact.kernel.sroi.Sroi#computeOutcomes}).
 */
package org.dualimpact.kernel.sroi;
