/**
 * Impact evidence of the research hubs: what a hub found about community providers and territories
 * (summary, method, period, outcomes and measures, documents named by their SHA-256), reviewed by a
 * second member of the hub before it is published for everyone ({@link org.dualimpact.kernel.evidence.EvidenceStage}).
 * Use cases: {@link org.dualimpact.kernel.evidence.EvidenceDrafting},
 * {@link org.dualimpact.kernel.evidence.EvidenceReview}, {@link org.dualimpact.kernel.evidence.EvidenceQueries}.
 */
package org.dualimpact.kernel.evidence;
