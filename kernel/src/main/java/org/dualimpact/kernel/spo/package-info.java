/**
 * Social Purchase Orders: a supplier's referenced commitment of social value to audited provisions,
 * from proposal (stage 1) to Dual Impact Agreement (stage 2), contracted (3) and reviewed (4).
 *
 * <p>The state machine is {@link SpoStage}; the aggregate and its rules are {@link Spo}; who may see
 * what is {@link SpoVisibility}. The use cases are {@link SpoDrafting}, {@link SpoSubmission},
 * {@link SpoAgreement}, {@link SpoQueries}, {@link SpoDocuments}, {@link ProposalExpiry} and, when a
 * tender is awarded, {@link AwardedProposals}. References carry an ISO 7064 check character
 * ({@link SpoReference}); content is hashed over a documented {@link CanonicalForm}.
 *
 * <p>Dependencies point one way: SPOs know tenders (they are submitted to one), tenders know nothing
 * of SPOs and reach them only through the tender package's {@code AwardFollowUp} port.
 */
package org.dualimpact.kernel.spo;
