/**
 * Tenders: what suppliers submit proposals to. A buyer opens a tender in one of its territories with
 * a closing date; it is {@code OPEN}, then {@code CLOSED} (by the buyer, or implicitly once the
 * closing date has passed), then {@code AWARDED} to one supplier. Awarding turns that supplier's
 * proposals submitted to the tender into agreements awaiting signatures. The scoring area enriches
 * tenders with weights, criteria and evaluation.
 */
package org.dualimpact.kernel.tender;
