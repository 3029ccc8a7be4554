/**
 * Social Purchase Orders: a supplier's referenced commitment of social value to audited provisions,
 * from proposal (stage 1) to Dual Impact Agreement (stage 2), contracted (3) and reviewed (4).
 *
 * <p>The state machine is {@link org.dualimpact.kernel.spo.SpoStage}; the aggregate and its rules are
 * {@link org.dualimpact.kernel.spo.Spo}; who may see what is {@link org.dualimpact.kernel.spo.SpoVisibility};
 * the use cases are {@link org.dualimpact.kernel.spo.SpoService}. References carry an ISO 7064 check
 * character ({@link org.dualimpact.kernel.spo.SpoReference}); content is hashed over a documented
 * {@link org.dualimpact.kernel.spo.CanonicalForm}.
 */
package org.dualimpact.kernel.spo;
