/**
 * Tenders: what suppliers submit proposals to. A buyer opens a tender in one of its territories with
 * a closing date; it is {@code OPEN}, then {@code CLOSED} (by the buyer, or implicitly once the
 * closing date has passed), then {@code AWARDED} to one supplier. Awarding runs the
 * {@link AwardFollowUp}, which the SPO area implements: that supplier's proposals submitted to the
 * tender become agreements awaiting signatures. This package knows nothing of SPOs or scoring;
 * both depend on it.
 */
package org.dualimpact.kernel.tender;
